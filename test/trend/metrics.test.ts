import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { TimelineEntry, Witness } from '../../src/observe/types.ts';
import type { Attempt } from '../../src/outcome.ts';
import { timelineDocument, type TimelineDocument } from '../../src/report/render/timeline-json.ts';
import { episodes, pullAttempts, runMetrics, type Metric } from '../../src/trend/metrics.ts';
import { longOutcome, passedOutcome, state, testContext } from '../support/outcomes.ts';
import { retimed } from '../support/trend.ts';

const VM = 'ktc-7f3a/transition-check-1-q9x';

function document(outcome = passedOutcome()): TimelineDocument {
  return structuredClone(timelineDocument(outcome, testContext()));
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

/** Timelines the verifier never saw: random states of random witnesses, gaps and polling. */
const arbitraryAttempt = fc
  .record({
    states: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 5_000 }),
        witness: fc.constantFrom<Witness>('vm', 'vmi', 'pod', 'event'),
        state: fc.constantFrom('Starting', 'ErrImagePull', 'ImagePullBackOff'),
        count: fc.integer({ min: 1, max: 6 }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
    stretches: fc.array(
      fc.record({
        kind: fc.constantFrom('gap', 'polling'),
        atMs: fc.integer({ min: 0, max: 50_000 }),
        lengthMs: fc.integer({ min: 0, max: 5_000 }),
      }),
      { maxLength: 4 },
    ),
    requests: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ states, stretches, requests }): Attempt => {
    let at = 0;
    const entries: TimelineEntry[] = states.map((item) => {
      at += item.gap;
      return state(
        at,
        item.witness,
        item.state,
        VM,
        item.witness === 'event' ? { count: item.count } : {},
      );
    });
    for (const stretch of stretches) {
      entries.push(
        stretch.kind === 'gap'
          ? {
              kind: 'gap',
              resource: 'pods',
              atMs: stretch.atMs,
              untilMs: stretch.atMs + stretch.lengthMs,
              cause: 'disconnected',
              detail: 'reset',
            }
          : {
              kind: 'polling',
              resource: 'pods',
              atMs: stretch.atMs,
              untilMs: stretch.atMs + stretch.lengthMs,
              intervalMs: 100,
              reason: 'reset',
            },
      );
    }
    entries.sort((a, b) => a.atMs - b.atMs);
    const timeline = { vm: VM, startedAt: '2026-03-01T03:17:00.000Z', endedAtMs: at + 1, entries };
    const vmStates = episodes(timeline, 'vm');
    const matched = vmStates.slice(0, 4).map((episode, step) => ({
      step,
      state: episode.state,
      atMs: episode.startMs,
      witness: 'vm' as const,
      seenBy: 'watch' as const,
    }));
    const base = passedOutcome().attempts[0]!;
    return {
      ...base,
      timeline,
      verdict: { ...base.verdict, matched, decidedAtMs: matched.at(-1)?.atMs },
      apiRequests: requests,
    };
  });

const arbitraryDocument = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((toggles) => document(longOutcome(toggles))),
  arbitraryAttempt.map((attempt) => {
    const base = document();
    return {
      ...base,
      attempts: [attempt],
      setup: { clusterMs: 41_000, kubevirtMs: 95_000 },
    } satisfies TimelineDocument;
  }),
);

describe('run metrics', () => {
  it('a timeline shifted in time gives equal metrics', () => {
    fc.assert(
      fc.property(arbitraryDocument, fc.integer({ min: 0, max: 3_600_000 }), (source, shift) => {
        const before = runMetrics(source).metrics;
        const after = runMetrics(retimed(source, 1, shift)).metrics;
        assert.deepEqual(
          after.map((metric) => metric.name),
          before.map((metric) => metric.name),
        );
        for (const [index, metric] of after.entries())
          assert.ok(close(metric.value, before[index]!.value), `${metric.name}`);
      }),
    );
  });

  it('a stretched timeline gives proportionally larger durations and the same counts', () => {
    fc.assert(
      fc.property(
        arbitraryDocument,
        fc.double({ min: 1.01, max: 20, noNaN: true }),
        (source, factor) => {
          const before = runMetrics(source).metrics;
          const after = runMetrics(retimed(source, factor)).metrics;
          assert.deepEqual(
            after.map((metric) => metric.name),
            before.map((metric) => metric.name),
          );
          for (const [index, metric] of after.entries()) {
            const original: Metric = before[index]!;
            const expected = metric.unit === 'ms' ? original.value * factor : original.value;
            assert.ok(
              close(metric.value, expected),
              `${metric.name}: ${metric.value} vs ${expected}`,
            );
          }
        },
      ),
    );
  });

  it('measures each matched step per witness, its mirror lag and the pull back-off', () => {
    const metrics = new Map(
      runMetrics(document(longOutcome(3))).metrics.map((metric) => [metric.name, metric.value]),
    );
    // pullFailureTimeline: pod at t, VMI at t+3, VM at t+4, the first pull at 412 ms; the VM
    // is first seen (created) at 0 ms; back-off 10 s, then 20 s.
    assert.equal(metrics.get('step 1 ErrImagePull since creation (pod)'), 412);
    assert.equal(metrics.get('step 1 ErrImagePull mirror pod→vmi'), 3);
    assert.equal(metrics.get('step 1 ErrImagePull mirror vmi→vm'), 1);
    assert.equal(metrics.get('step 1 ErrImagePull lasted (vm)'), 1);
    assert.equal(metrics.get('pull attempt 1→2 interval'), 10_005);
    assert.equal(metrics.get('pull attempt 2→3 interval'), 20_005);
    assert.equal(metrics.has('pull attempt 3→4 interval'), false);
  });

  it('leaves out a pull interval across a count that jumped (a gap hid an attempt)', () => {
    const timeline = {
      vm: VM,
      startedAt: '2026-03-01T03:17:00.000Z',
      endedAtMs: 1000,
      entries: [1, 2, 4].map((count) => state(count * 100, 'event', 'ErrImagePull', VM, { count })),
    };
    const attempts = pullAttempts(timeline);
    assert.equal(attempts[0], 100);
    assert.equal(attempts[1], 200);
    assert.equal(attempts[2], undefined);
    assert.equal(attempts[3], 400);
  });

  it("takes no Event count beyond a check's pulls as a pull, however large the cluster says", () => {
    const timeline = {
      vm: VM,
      startedAt: '2026-01-01T00:00:00.000Z',
      endedAtMs: 1000,
      entries: [1, 2, 2 ** 31 - 1, 0, -3, 1.5].map((count, i) =>
        state(100 + i, 'event', 'ErrImagePull', VM, { count }),
      ),
    };
    assert.deepEqual(pullAttempts(timeline), [100, 101]);
  });

  it('counts watch gaps, gap time, polled time (open polling to the end) and API requests', () => {
    const source = document();
    const attempt = source.attempts[0]!;
    attempt.apiRequests = 17;
    attempt.timeline.endedAtMs = 10_000;
    attempt.timeline.entries = [
      { kind: 'gap', resource: 'pods', atMs: 100, untilMs: 400, cause: 'expired', detail: '410' },
      { kind: 'gap', resource: 'events', atMs: 500, untilMs: 600, cause: 'expired', detail: '410' },
      { kind: 'polling', resource: 'pods', atMs: 9_000, intervalMs: 100, reason: 'down' },
    ];
    attempt.verdict.matched = [];
    const metrics = new Map(
      runMetrics(source).metrics.map((metric) => [metric.name, metric.value]),
    );
    assert.equal(metrics.get('watch gaps'), 2);
    assert.equal(metrics.get('watch gap time'), 400);
    assert.equal(metrics.get('polled time'), 1000);
    assert.equal(metrics.get('API requests'), 17);
    assert.equal(metrics.has('decision latency'), false);
  });

  it('adds the kind setup and names the environment', () => {
    const source: TimelineDocument = {
      ...document(),
      environment: { kubevirtVersion: 'v1.8.4', kubernetesVersion: 'v1.34.0' },
      setup: { clusterMs: 41_000, kubevirtMs: 95_000, nodeImage: 'kindest/node:v1.34.0' },
    };
    const run = runMetrics(source);
    assert.deepEqual(run.environment, {
      kubevirtVersion: 'v1.8.4',
      kubernetesVersion: 'v1.34.0',
      nodeImage: 'kindest/node:v1.34.0',
    });
    const names = run.metrics.map((metric) => metric.name);
    assert.ok(names.includes('kind cluster creation') && names.includes('KubeVirt install'));
  });

  it('has only check-wide metrics for a check that could not run', () => {
    const run = runMetrics({ ...document(), attempts: [], result: 'failed' });
    assert.deepEqual(run.metrics, []);
    assert.equal(run.startedAt, undefined);
  });
});
