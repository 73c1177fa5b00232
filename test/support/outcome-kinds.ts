// Every kind of outcome a check can have, by name: what a report format must carry whatever
// happened (JUnit XML against its schema, the timeline JSON read back as a baseline).
import type { CheckOutcome } from '../../src/outcome.ts';
import {
  HOSTILE_ERROR,
  boundMissedOutcome,
  flakyOutcome,
  forbiddenOutcome,
  hostileOutcome,
  longOutcome,
  midRunErrorOutcome,
  passedOutcome,
  preflightErrorOutcome,
  unschedulableOutcome,
} from './outcomes.ts';

export const OUTCOME_KINDS: Record<string, () => CheckOutcome> = {
  passed: passedOutcome,
  flaky: flakyOutcome,
  failed: unschedulableOutcome,
  'failed on every retry': () => {
    const outcome = flakyOutcome();
    outcome.result = 'failed';
    outcome.attempts[1]!.verdict = outcome.attempts[0]!.verdict;
    return outcome;
  },
  'could not run': () => preflightErrorOutcome(HOSTILE_ERROR),
  'stopped mid-run': midRunErrorOutcome,
  'no attempt': () => ({ result: 'inconclusive', attempts: [], durationMs: 5 }),
  hostile: hostileOutcome,
  long: () => longOutcome(40, 1000),
  'bound missed': boundMissedOutcome,
  forbidden: forbiddenOutcome,
};
