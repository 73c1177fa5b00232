import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyAttempts, mayBeTiming } from '../../src/verify/check-result.ts';
import type { CheckResult, VerdictResult } from '../../src/verify/types.ts';
import { verify } from '../../src/verify/verify.ts';
import { event, options, pod, states, timeline, vm } from '../support/timelines.ts';

describe('classifyAttempts', () => {
  const cases: [VerdictResult[], CheckResult][] = [
    [['passed'], 'passed'],
    [['passed', 'passed'], 'passed'],
    [['failed', 'passed'], 'flaky'],
    [['inconclusive', 'passed'], 'flaky'],
    [['failed', 'inconclusive', 'passed'], 'flaky'],
    [['passed', 'failed'], 'flaky'],
    [['failed'], 'failed'],
    [['inconclusive', 'failed'], 'failed'],
    [['failed', 'inconclusive'], 'failed'],
    [['inconclusive'], 'inconclusive'],
    [['inconclusive', 'inconclusive'], 'inconclusive'],
    [[], 'inconclusive'],
  ];
  for (const [results, expected] of cases) {
    it(`calls [${results.join(', ')}] ${expected}`, () => {
      assert.equal(classifyAttempts(results.map((result) => ({ result }))), expected);
    });
  }
});

describe('mayBeTiming', () => {
  const cases: [string, ReturnType<typeof verify>, boolean][] = [
    [
      'an ErrImagePull the VM missed but the pod saw',
      verify(
        timeline(
          [
            vm('ErrImagePull', 1100),
            vm('ImagePullBackOff', 11_100),
            pod('ErrImagePull', 31_000),
            event('ErrImagePull', 31_000, 1),
          ],
          600_000,
        ),
        options(),
      ),
      true,
    ],
    [
      'ErrorUnschedulable',
      verify(timeline(states('vm', ['Starting', 'ErrorUnschedulable']), 600_000), options()),
      false,
    ],
    ['Running', verify(timeline(states('vm', ['Starting', 'Running']), 600_000), options()), false],
    [
      'a VM stuck in Starting',
      verify(timeline(states('vm', ['Starting']), 600_000), options()),
      false,
    ],
    [
      'a plain timeout in the back-off',
      verify(timeline(states('vm', ['ErrImagePull', 'ImagePullBackOff']), 600_000), options()),
      false,
    ],
    [
      'a pass',
      verify(
        timeline(
          states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']),
        ),
        options(),
      ),
      false,
    ],
  ];
  for (const [what, verdict, expected] of cases) {
    it(`${expected ? 'retries' : 'does not retry'} after ${what}`, () => {
      assert.equal(mayBeTiming(verdict), expected, verdict.explanation);
    });
  }
});
