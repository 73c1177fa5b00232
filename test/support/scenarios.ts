// Every scenario the reporting tests render, by name: an outcome and, where it needs its own, a
// report context (the default: testContext(), a pull request run of acme/kubevirt). The browser
// test draws the first ones; the golden reports (test/golden/) are rendered from all of them.
import type { CheckInSuite, CheckOutcome } from '../../src/outcome.ts';
import type { ReportContext } from '../../src/report/render/context.ts';
import { OUTCOME_KINDS } from './outcome-kinds.ts';
import {
  EXPECTED,
  HOSTILE,
  IMAGE,
  boundMissedOutcome,
  cleanPassOutcome,
  flakyOutcome,
  forbiddenOutcome,
  gapOutcome,
  hostileOutcome,
  longOutcome,
  passedOutcome,
  polledOutcome,
  preflightErrorOutcome,
  runningOutcome,
  testContext,
  unschedulableOutcome,
} from './outcomes.ts';
import { comparedWith, retimed } from './trend.ts';

export interface Scenario {
  outcome: () => CheckOutcome;
  context: () => ReportContext;
}

/** A passing run 50 % slower than five steady nightlies: the trend section with its charts. */
export const regressedOutcome = () => retimed(passedOutcome(), 1.5);

/**
 * A suite (the `checks` input) of three checks, in the list's order: a pass from its preset's
 * path, a flaky check, and one that failed as its VM was never scheduled.
 */
export function suiteOutcome(): CheckOutcome {
  const check = (
    name: string,
    outcome: CheckOutcome,
    extra: Partial<CheckInSuite> = {},
  ): CheckInSuite => ({
    name,
    expectedPath: EXPECTED,
    pathSource: 'expected-path',
    witness: 'vm',
    image: IMAGE,
    attemptsAllowed: 2,
    outcome,
    ...extra,
  });
  return {
    result: 'failed',
    attempts: [],
    durationMs: 601_800,
    checks: [
      check('missing image', cleanPassOutcome(), {
        preset: 'missing-image',
        pathSource: 'preset missing-image, for every KubeVirt release, KubeVirt v1.8.4 found',
      }),
      check('pull error on a slow registry', flakyOutcome()),
      check('no KVM', unschedulableOutcome(), { attemptsAllowed: 1 }),
    ],
  };
}

const scenario = (
  outcome: () => CheckOutcome,
  context: () => ReportContext = () => testContext(),
): Scenario => ({ outcome, context });

/** The scenarios drawn in headless Chromium (test/report/browser.test.ts). */
export const DRAWN_SCENARIOS: Record<string, Scenario> = {
  pass: scenario(cleanPassOutcome),
  flaky: scenario(flakyOutcome),
  running: scenario(runningOutcome),
  unschedulable: scenario(unschedulableOutcome),
  'could-not-run': scenario(preflightErrorOutcome),
  gap: scenario(gapOutcome),
  polled: scenario(polledOutcome),
  '1ms-state': scenario(passedOutcome),
  hostile: scenario(hostileOutcome, () =>
    testContext({ checkName: HOSTILE.checkName, image: HOSTILE.image }),
  ),
  'timeline-1000': scenario(() => longOutcome(40, 1000)),
  'timing-regressed': scenario(regressedOutcome, () =>
    testContext({ trend: comparedWith(regressedOutcome()) }),
  ),
  'bound-missed': scenario(boundMissedOutcome),
  forbidden: scenario(forbiddenOutcome),
};

/** Every scenario: the drawn ones, and the outcome kinds of the format tests they do not cover. */
export const SCENARIOS: Record<string, Scenario> = {
  ...DRAWN_SCENARIOS,
  'failed-on-every-retry': scenario(OUTCOME_KINDS['failed on every retry']!),
  'could-not-run-hostile-error': scenario(OUTCOME_KINDS['could not run']!),
  'stopped-mid-run': scenario(OUTCOME_KINDS['stopped mid-run']!),
  'no-attempt': scenario(OUTCOME_KINDS['no attempt']!),
  suite: scenario(suiteOutcome, () => testContext({ checkName: 'presets' })),
};
