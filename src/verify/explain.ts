// Puts an analysis into words a KubeVirt developer understands: the summary of what matched or
// did not, with the known causes (causes.ts) and the caveats that weaken a match (caveats.ts:
// polls, Event counts, watch gaps).
import type { Timeline } from '../observe/types.ts';
import { formatDuration, formatOffset } from '../util/duration.ts';
import type { Instruction } from './program.ts';
import type { Analysis, Compiled } from './analysis.ts';
import type {
  BoundCheck,
  Diagnosis,
  ForbiddenSeen,
  StepMatch,
  Verdict,
  WitnessChoice,
} from './types.ts';
import { SUBJECT, NOUN, orList, capitalize } from './wording.ts';
import { diagnose } from './causes.ts';
import { caveatsOf } from './caveats.ts';

export interface Words {
  explanation: string;
  causes: string[];
  caveats: string[];
  diagnosis: Diagnosis[];
  mismatch?: Verdict['mismatch'];
}

export function explain(input: {
  compiled: Compiled;
  timeline: Timeline;
  analysis: Analysis;
  timedOut: boolean;
}): Words {
  const { compiled, timeline, analysis } = input;
  const { options } = compiled;
  const caveats = caveatsOf(compiled, timeline, analysis);
  const mismatch = analysis.stuckAt.length > 0 ? mismatchOf(compiled.code, analysis) : undefined;
  const summary =
    analysis.result === 'passed'
      ? compiled.hasSteps
        ? passedSummary(compiled, analysis) + boundsUsed(analysis)
        : neverSummary(compiled, analysis)
      : analysis.forbidden
        ? forbiddenSummary(analysis.forbidden, compiled)
        : analysis.boundFailure && analysis.result === 'failed'
          ? `The path failed its bound: ${boundSummary(analysis, analysis.boundFailure)}`
          : analysis.contradiction
            ? contradictionSummary(analysis, mismatch)
            : !mismatch
              ? messageSummary(compiled, analysis)
              : openSummary(analysis, mismatch, input.timedOut) +
                (analysis.boundFailure
                  ? ` It was held up by a bound: ${boundSummary(analysis, analysis.boundFailure)}`
                  : '');
  const { causes, diagnosis } =
    analysis.result === 'passed'
      ? { causes: [], diagnosis: [] }
      : diagnose(compiled, timeline, analysis, mismatch, input.timedOut);
  return {
    explanation: [summary, ...caveats].join(' '),
    causes,
    caveats,
    diagnosis,
    ...(mismatch && { mismatch }),
  };

  function passedSummary(compiled: Compiled, analysis: Analysis): string {
    const steps = analysis.matched.map((step) => describeStep(step, options.witness)).join(', ');
    const message = analysis.message.matched
      ? ` The image pull error message matches /${analysis.message.pattern}/: '${analysis.message.matched.text}' (${NOUN[analysis.message.matched.witness]}).`
      : '';
    return `${SUBJECT[options.witness]} went through ${options.expectedPath} as expected: ${steps}.${compiled.expectsPullErrors ? message : ''}`;
  }

  function messageSummary(compiled: Compiled, analysis: Analysis): string {
    const seen = analysis.message.seen.map((text) => `'${text}'`).join(', ');
    return `${SUBJECT[options.witness]} went through ${options.expectedPath}, but no image pull error message matches /${analysis.message.pattern}/; messages seen: ${seen}.${compiled.expectsPullErrors ? ' The pull that failed may be of another image than the one under test.' : ''}`;
  }
}

function neverSummary(compiled: Compiled, analysis: Analysis): string {
  const states = orList([...compiled.forbidden.keys()]);
  return `No witness showed ${states} in the ${formatDuration(analysis.nowMs)} the attempt lasted, as ${compiled.options.expectedPath} asks.`;
}

function forbiddenSummary(forbidden: ForbiddenSeen, compiled: Compiled): string {
  const how = [
    forbidden.seenBy,
    forbidden.resourceVersion !== undefined && `resourceVersion ${forbidden.resourceVersion}`,
  ].filter(Boolean);
  const message = forbidden.message ? `: '${forbidden.message}'` : '';
  const decided = forbidden.witness === 'event' ? 'An Event' : capitalize(NOUN[forbidden.witness]);
  return `${decided} showed ${forbidden.state} at ${formatOffset(forbidden.atMs)} (${how.join(', ')})${message}, which ${compiled.options.expectedPath} forbids (never ${forbidden.state}).`;
}

function boundSummary(analysis: Analysis, bound: BoundCheck): string {
  const from =
    bound.fromState !== undefined
      ? `${bound.fromState} at ${formatOffset(bound.fromMs)}`
      : "the VM's creation";
  const what = `${bound.expected ?? 'the step'} ${bound.bound} of ${from}`;
  const clock = "Bounds are measured on the observer's clock.";
  if (bound.result === 'not-yet') {
    const deadline = bound.fromMs + (bound.withinMs ?? 0);
    const after = analysis.evidence.candidates
      .filter(
        (candidate) =>
          !candidate.byEventCount &&
          candidate.entry.atMs > bound.fromMs &&
          candidate.entry.atMs <= deadline,
      )
      .map((candidate) => candidate.entry.state)
      .filter((state, i, all) => all[i - 1] !== state);
    const seen = after.length > 0 ? `seen instead: ${after.join(' -> ')}` : 'nothing else was seen';
    return `${what} did not happen; the bound passed at ${formatOffset(deadline)} (${seen}). ${clock}`;
  }
  const came =
    bound.toState !== undefined && bound.toMs !== undefined
      ? `${bound.toState} came at ${formatOffset(bound.toMs)}`
      : 'it came';
  const by = `${formatDuration(bound.elapsedMs ?? 0)} after its start`;
  return `${what} did not hold; ${came}, ${by}, ${bound.result === 'too-late' ? 'too late' : 'too early'}. ${clock}`;
}

/** How much of each bound the match used: ` Bounds: within 30s used 1.2 s (4%).` */
function boundsUsed(analysis: Analysis): string {
  const used = (analysis.bounds ?? []).map((bound) => {
    const elapsed = formatDuration(bound.elapsedMs ?? 0);
    const share =
      bound.withinMs !== undefined
        ? ` (${Math.round((100 * (bound.elapsedMs ?? 0)) / bound.withinMs)}%)`
        : '';
    return `${bound.bound}: ${elapsed}${share}`;
  });
  return used.length > 0 ? ` Bounds met on the observer's clock: ${used.join('; ')}.` : '';
}

function describeStep(step: StepMatch, choice: WitnessChoice): string {
  if (step.byEventCount)
    return `${step.state} at ${formatOffset(step.atMs)} (Event count x${step.count ?? 1})`;
  const how: string[] = [];
  if (choice === 'any') how.push(NOUN[step.witness].replace(/^the /, ''));
  if (step.seenBy === 'poll') how.push('polled');
  if (step.seenBy === 'list') how.push('listed');
  return `${step.state} at ${formatOffset(step.atMs)}${how.length > 0 ? ` (${how.join(', ')})` : ''}`;
}

function mismatchOf(
  code: readonly Instruction[],
  analysis: Analysis,
): NonNullable<Verdict['mismatch']> {
  const names: string[] = [];
  let column: number | undefined;
  for (const pc of analysis.stuckAt) {
    const instruction = code[pc];
    if (instruction?.op !== 'step') continue;
    if (!names.includes(instruction.name)) names.push(instruction.name);
    column ??= instruction.column;
  }
  const last = analysis.matched.at(-1);
  const seenInstead: string[] = [];
  for (const { entry, byEventCount } of analysis.evidence.candidates) {
    if (byEventCount || (last && entry.atMs <= last.atMs)) continue;
    if (seenInstead.at(-1) !== entry.state) seenInstead.push(entry.state);
  }
  return {
    step: analysis.matched.length,
    expected: names.join(' | '),
    seenInstead,
    ...(column !== undefined && { column }),
  };
}

function progressOf(analysis: Analysis, mismatch: NonNullable<Verdict['mismatch']>): string {
  const last = analysis.matched.at(-1);
  const wanted = `step ${mismatch.step + 1} (${mismatch.expected})`;
  return last ? `${wanted} after ${last.state} at ${formatOffset(last.atMs)}` : wanted;
}

function contradictionSummary(analysis: Analysis, mismatch: Verdict['mismatch']): string {
  const contradiction = analysis.contradiction!;
  const still = mismatch ? `${progressOf(analysis, mismatch)} was still expected, but ` : '';
  const instead =
    mismatch && mismatch.seenInstead.length > 0
      ? ` Seen instead: ${mismatch.seenInstead.join(' -> ')}.`
      : '';
  return `The path can no longer complete: ${still}${NOUN[contradiction.witness]} reached ${contradiction.state} at ${formatOffset(contradiction.atMs)}, after which ${orList(contradiction.rulesOut)} cannot come.${instead}`;
}

function openSummary(
  analysis: Analysis,
  mismatch: NonNullable<Verdict['mismatch']>,
  timedOut: boolean,
): string {
  const ended = timedOut
    ? `Timed out after ${formatDuration(analysis.nowMs)}`
    : `Observation ended after ${formatDuration(analysis.nowMs)}`;
  const sofar =
    analysis.matched.length > 0
      ? ` Matched so far: ${analysis.matched.map((step) => `${step.state} at ${formatOffset(step.atMs)}`).join(', ')}.`
      : '';
  const instead =
    mismatch.seenInstead.length > 0
      ? ` Reported ${analysis.matched.length > 0 ? 'after that' : 'instead'}: ${mismatch.seenInstead.join(' -> ')}.`
      : ' Nothing was reported after that.';
  return `${ended} waiting for ${progressOf(analysis, mismatch)}.${sofar}${instead}`;
}
