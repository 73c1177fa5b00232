// Metrics of one run: pure functions over a timeline JSON document (docs/timeline-schema.md),
// so a run can be compared with the runs before it. Every duration is measured between two
// moments of the same monotonic clock, so a timeline shifted in time gives the same metrics and a
// stretched one proportionally larger durations. docs/trends.md names and explains each metric.
import { episodes, pullAttempts } from '../verify/index.ts';
import type { Timeline, Witness } from '../observe/types.ts';

export { episodes, pullAttempts, type Episode } from '../verify/index.ts';
import type { Attempt, CheckEnvironment, SetupTimings } from '../outcome.ts';
import type { StepMatch } from '../verify/types.ts';

/** The fields of a timeline JSON document (docs/timeline-schema.md) that the metrics read. */
export interface MeasuredDocument {
  check: string;
  result: string;
  run?: { url?: string; sha?: string };
  environment?: CheckEnvironment;
  setup?: SetupTimings;
  attempts: Attempt[];
}

export type MetricUnit = 'ms' | 'count';

export interface Metric {
  /** Stable name, the key by which runs are compared, e.g. `step 1 ErrImagePull lasted (pod)`. */
  name: string;
  value: number;
  unit: MetricUnit;
  /** One of the few metrics shown even when nothing changed, and drawn in the trend chart. */
  key?: boolean;
}

/** What a run ran on: a change here is named beside a delta, never mixed into it. */
export interface RunEnvironment {
  kubevirtVersion?: string;
  kubernetesVersion?: string;
  nodeImage?: string;
}

/** The metrics of one run, with what is needed to say which run it was. */
export interface RunMetrics {
  check: string;
  result: string;
  /** Wall-clock start of the measured attempt (ISO 8601), or undefined without attempts. */
  startedAt?: string;
  run?: { url?: string; sha?: string };
  environment: RunEnvironment;
  metrics: Metric[];
}

/** Witnesses whose states mirror each other, the kubelet's first: pod -> VMI -> VM. */
const MIRROR_ORDER: Witness[] = ['pod', 'vmi', 'vm'];
const MIRROR_PAIRS = [
  ['pod', 'vmi'],
  ['vmi', 'vm'],
] as const;

/**
 * The metrics of a run, taken from its last attempt (the one that decided the result), plus
 * the check-wide ones (setup). A document without attempts has only those.
 */
export function runMetrics(document: MeasuredDocument): RunMetrics {
  const attempt = document.attempts.at(-1);
  const metrics: Metric[] = [];
  if (attempt) {
    metrics.push(...stepMetrics(attempt.timeline, attempt.verdict.matched));
    metrics.push(...pullIntervals(attempt.timeline));
    const decision = decisionLatency(attempt.timeline, attempt.verdict.matched);
    if (decision !== undefined) metrics.push(ms('decision latency', decision));
    metrics.push(...watchMetrics(attempt.timeline));
    if (attempt.apiRequests !== undefined)
      metrics.push({ name: 'API requests', value: attempt.apiRequests, unit: 'count' });
  }
  if (document.setup) {
    metrics.push(ms('kind cluster creation', document.setup.clusterMs));
    metrics.push(ms('KubeVirt install', document.setup.kubevirtMs));
  }
  return {
    check: document.check,
    result: document.result,
    startedAt: attempt?.startedAt,
    run: document.run ? { url: document.run.url, sha: document.run.sha } : undefined,
    environment: { ...document.environment, nodeImage: document.setup?.nodeImage },
    metrics,
  };
}

function ms(name: string, value: number, key?: boolean): Metric {
  return { name, value, unit: 'ms', ...(key ? { key } : {}) };
}

/**
 * The moment the VM was created, as the observer saw it: its first version from the watch. The
 * observation starts just before the create call, so this is the creation plus one round trip.
 */
export function creationMs(timeline: Timeline): number {
  const first = episodes(timeline, 'vm')[0];
  return first?.startMs ?? 0;
}

/**
 * Per matched step and per witness: when its state began (since the VM's creation) and how long
 * it lasted, and the mirror lag pod -> VMI -> VM. The n-th step with state S is the n-th
 * episode of S on every witness.
 */
export function stepMetrics(timeline: Timeline, matched: StepMatch[]): Metric[] {
  const created = creationMs(timeline);
  const byWitness = new Map(MIRROR_ORDER.map((witness) => [witness, episodes(timeline, witness)]));
  const metrics: Metric[] = [];
  const seen = new Map<string, number>();
  for (const step of matched) {
    const occurrence = seen.get(step.state) ?? 0;
    seen.set(step.state, occurrence + 1);
    const label = `step ${step.step + 1} ${step.state}`;
    const starts = new Map<Witness, number>();
    for (const witness of MIRROR_ORDER) {
      const episode = byWitness.get(witness)!.filter((candidate) => candidate.state === step.state)[
        occurrence
      ];
      if (!episode) continue;
      starts.set(witness, episode.startMs);
      // Key: how long the first state lived (the upstream flake), and when the path completed.
      const completed = step === matched.at(-1) && witness === 'vm';
      metrics.push(
        ms(`${label} since creation (${witness})`, episode.startMs - created, completed),
      );
      if (episode.endMs !== undefined)
        metrics.push(
          ms(
            `${label} lasted (${witness})`,
            episode.endMs - episode.startMs,
            step.step === 0 && witness === 'pod',
          ),
        );
    }
    for (const [source, mirror] of MIRROR_PAIRS) {
      const from = starts.get(source);
      const to = starts.get(mirror);
      if (from !== undefined && to !== undefined)
        metrics.push(ms(`${label} mirror ${source}→${mirror}`, to - from));
    }
  }
  return metrics;
}

export function pullIntervals(timeline: Timeline): Metric[] {
  const attempts = pullAttempts(timeline);
  const metrics: Metric[] = [];
  for (let index = 1; index < attempts.length; index++) {
    const previous = attempts[index - 1];
    const current = attempts[index];
    if (previous === undefined || current === undefined) continue;
    metrics.push(ms(`pull attempt ${index}→${index + 1} interval`, current - previous, index <= 2));
  }
  return metrics;
}

/** From the last matched step to the end of the observation with the verdict. */
export function decisionLatency(timeline: Timeline, matched: StepMatch[]): number | undefined {
  const last = matched.at(-1);
  return last === undefined ? undefined : timeline.endedAtMs - last.atMs;
}

/** Watch gaps (how many, how long in all) and the time spent polling, over every resource. */
export function watchMetrics(timeline: Timeline): Metric[] {
  let gaps = 0;
  let gapMs = 0;
  let polledMs = 0;
  for (const entry of timeline.entries) {
    if (entry.kind === 'gap') {
      gaps++;
      gapMs += entry.untilMs - entry.atMs;
    } else if (entry.kind === 'polling') {
      polledMs += (entry.untilMs ?? timeline.endedAtMs) - entry.atMs;
    }
  }
  return [
    { name: 'watch gaps', value: gaps, unit: 'count' },
    ms('watch gap time', gapMs),
    ms('polled time', polledMs),
  ];
}
