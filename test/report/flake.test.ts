// Flake evidence in the rendered report: repeat mode's rate and causes on the first screen, and
// the 1 s poller's miss chance in the path table.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckOutcome } from '../../src/outcome.ts';
import { renderSummary } from '../../src/report/render/markdown.ts';
import { renderTerminal } from '../../src/report/render/terminal.ts';
import { summarizeRepeats } from '../../src/verify/repeats.ts';
import { flakyOutcome, passedOutcome, testContext } from '../support/outcomes.ts';

/** 20 runs: the flaky fixture's failed attempt twice, passes otherwise. */
function repeated(): CheckOutcome {
  const [failed, passed] = flakyOutcome().attempts;
  const attempts = Array.from({ length: 20 }, (_, i) => ({
    ...(i === 4 || i === 11 ? failed! : passed!),
    number: i + 1,
  }));
  return {
    result: 'flaky',
    attempts,
    durationMs: 61_000,
    repeat: summarizeRepeats(attempts.map((attempt) => attempt.verdict)),
  };
}

describe('repeat mode in the summary', () => {
  const summary = renderSummary(repeated(), testContext());
  const firstScreen = summary.slice(0, summary.indexOf('<details>'));

  it('leads with the failure rate and its interval', () => {
    assert.match(
      firstScreen,
      /\*\*20 runs, 2 failures: failure rate 10 %, between 2\.8 % and 30 % \(95 %\)\*\* in 1m 01s/,
    );
  });

  it('groups the failures by cause with their run numbers', () => {
    assert.match(firstScreen, /\| `other` \| 2 \| .* \| 5, 12 \|/);
    assert.match(firstScreen, /more clean runs would put the upper end below 0\.1 %/);
  });

  it('folds the failed runs, not the passed ones', () => {
    const folded = summary.match(/<summary>Attempt \d+/g) ?? [];
    assert.equal(folded.length, 2, folded.join());
  });
});

describe('repeat mode in the terminal', () => {
  it('counts runs in the header, not attempts of the attempts input', () => {
    const header = renderTerminal(repeated(), testContext()).split('\n')[0];
    assert.equal(
      header,
      'KubeVirt transition check "pr-check": FLAKY (20 runs in repeat mode, 1m 01s)',
    );
  });
});

describe('polling miss', () => {
  it('says in the path table how often a 1 s poller misses each state', () => {
    const summary = renderSummary(passedOutcome(), testContext());
    assert.match(summary, /\| lasted \| 1 s polling misses it \|/);
    assert.match(summary, /\| \*\*1 ms\*\* ⚡ \| 99\.9 % \|/);
  });

  it('gives the whole path per poller in the verdict section and the terminal', () => {
    const outcome = passedOutcome();
    assert.match(
      renderSummary(outcome, testContext()),
      /\*\*Polling would miss this path\*\*.*1\.0 s \(KubeVirt's old test_id:6869/,
    );
    assert.match(renderTerminal(outcome, testContext()), /polling would miss this path\n.*50 ms/);
  });
});
