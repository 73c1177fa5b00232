// Repeat mode on the simulator: many fresh VMs on the shared watches, a failure rate with its
// interval, failures grouped by cause, and the cluster's room respected.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConfig } from '../src/config/index.ts';
import type { InputName } from '../src/contract.ts';
import { demoTuning } from '../src/demo.ts';
import { CheckStoppedError } from '../src/outcome.ts';
import { runCheck, type RunHooks } from '../src/run.ts';
import { simulatorsClosedAfter, type Clients } from './sim/helpers.ts';
import { leftovers } from './support/leftovers.ts';

const TIME_SCALE = 0.02;
const tuning = demoTuning(TIME_SCALE);
const temp = mkdtempSync(join(tmpdir(), 'ktc-repeat-'));
const cluster = simulatorsClosedAfter({ timeScale: TIME_SCALE });

function configFor(clients: Clients, inputs: Partial<Record<InputName, string>>) {
  return readConfig(
    (name) => inputs[name] ?? (name === 'kubeconfig' ? clients.sim.kubeconfigPath : ''),
    { RUNNER_TEMP: temp },
  );
}

function hooks(
  onLog: () => void = () => undefined,
): RunHooks & { logs: string[]; warnings: string[] } {
  const logs: string[] = [];
  const warnings: string[] = [];
  return {
    logs,
    warnings,
    log: (line) => {
      logs.push(line);
      onLog();
    },
    warn: (line) => warnings.push(line),
    group: (_title, work) => work(),
  };
}

/** Every tenth run (3, 13, 23, …): virt-controller coalesces its VM's short states. */
const SABOTAGED = /-\d*3-[a-z0-9]+$/;

describe('repeat mode', { concurrency: true }, () => {
  it('finds the failure rate that a fault injects into 10 % of the VMs, with an interval around it', async () => {
    const clients = await cluster({
      errImagePullDwellMs: 1,
      vmStatusLagMs: 200,
      coalesceChance: (vm) => (SABOTAGED.test(vm) ? 1 : 0),
    });
    let openWatches = 0;
    const run = hooks(() => (openWatches = Math.max(openWatches, clients.sim.openWatches())));
    const outcome = await runCheck(
      // A sabotaged run waits out its timeout; a healthy one takes about a second, 6 s and more
      // when 25 share a loaded machine: 8 s, or they time out too and the rate is no longer 10 %.
      configFor(clients, { repeat: '50', parallel: '25', timeout: '8s' }),
      run,
      tuning,
    );
    const summary = outcome.repeat;
    assert.ok(summary, 'a repeat summary');
    assert.equal(outcome.attempts.length, 50);
    assert.deepEqual(
      outcome.attempts.map((a) => a.number),
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    const failedRuns = outcome.attempts
      .filter((a) => a.verdict.result !== 'passed')
      .map((a) => a.number);
    // A sabotaged VM never shows ErrImagePull (an Event count proves only re-entries), so it
    // fails unless a loaded machine fires its 1 ms dwell timer after the 200 ms mirror; an
    // untouched one may, rarely, time out. Either way the interval must hold the injected 10 %.
    assert.ok(failedRuns.length > 0);
    assert.equal(outcome.result, 'flaky');
    assert.equal(summary.rate.failures, failedRuns.length);
    assert.ok(summary.rate.low < 0.1 && 0.1 < summary.rate.high, JSON.stringify(summary.rate));
    // Grouped by the verifier's diagnosis: mostly the state the controller skipped (the pod had
    // it); a run whose pod had not shown it yet when the timeout came is filed under timeout.
    assert.deepEqual(
      summary.failures.flatMap((group) => group.runs).sort((a, b) => a - b),
      failedRuns,
    );
    assert.equal(summary.failures[0]!.cause, 'skipped-by-controller');
    assert.ok(summary.cleanRunsToDequarantine > 0);
    // The runs overlapped: at least two VMs were under way at one moment.
    const spans = outcome.attempts.map((a) => {
      const start = Date.parse(a.startedAt);
      return [start, start + a.durationMs] as const;
    });
    const overlapping = spans.some(([start, end], i) =>
      spans.some(([otherStart], j) => i !== j && start <= otherStart && otherStart < end),
    );
    assert.ok(overlapping, 'runs overlapped in time');
    assert.ok(openWatches <= 4, `at most one watch per resource kind, saw ${openWatches} open`);
    assert.equal(run.warnings.filter((w) => /^Run \d+/.test(w)).length, 0, 'no warning per run');
    // One line per run, a failure with its cause: a sabotaged run's (3, 13, …), whichever failed.
    const runLines = run.logs.filter((line) => /^Run \d+ of 50: /.test(line));
    assert.equal(runLines.length, 50);
    assert.ok(
      runLines.some((line) => /^Run \d*3 of 50: inconclusive \(skipped-by-controller\)/.test(line)),
      runLines.join('\n'),
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('refuses a parallel that the nodes have no room for, before creating anything', async () => {
    const clients = await cluster();
    const node = (await clients.core.listNode()).items[0]!;
    node.status!.allocatable = { ...node.status!.allocatable, memory: '1Gi' };
    await clients.core.replaceNodeStatus({ name: node.metadata!.name!, body: node });
    const run = hooks();
    await assert.rejects(
      runCheck(configFor(clients, { repeat: '20', parallel: '10' }), run, tuning),
      (error: unknown) =>
        error instanceof CheckStoppedError &&
        error.stage === 'pre-flight' &&
        /parallel: 10 VMs at once need about 3\.8 GiB .* 1 GiB allocatable .* Set parallel to 2 or less/.test(
          error.message,
        ),
    );
    assert.deepEqual(await leftovers(clients), []);
  });
});
