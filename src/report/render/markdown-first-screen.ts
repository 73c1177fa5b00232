// The first screen of the summary, the comment and the issue: what was expected, what happened,
// should I worry. A heading with the result, one sentence, the path table and, for a failure,
// why; for a check that could not run, where it stopped and the command that fixes it.
import type { Timeline, Witness } from '../../observe/types.ts';
import type { CheckResult, StepMatch, Verdict, WitnessChoice } from '../../verify/types.ts';
import type { Attempt, CheckError, CheckOutcome, Leftovers } from '../../outcome.ts';
import type { ReportContext } from './context.ts';
import { escapeHtml, mdCode, mdLine, mdText } from './escape.ts';
import { oneSecondMiss, repeatSentence } from './flake.ts';
import { headAndTail, howMatched, isShort } from './spans.ts';
import {
  boundUsage,
  boundsOf,
  formatDuration,
  formatLasted,
  formatOffset,
  plural,
  printableLines,
  shortLine,
  stageWords,
  weakerEvidence,
} from './words.ts';
import type { Detail } from './markdown-sizing.ts';

export const RESULT_ICON: Record<CheckResult, string> = {
  passed: '✅',
  flaky: '⚠️',
  failed: '❌',
  inconclusive: '❔',
};

export const WITNESS_NOUN: Record<Witness | WitnessChoice, string> = {
  vm: 'the VM',
  vmi: 'the VMI',
  pod: 'the launcher pod',
  event: 'Events',
  any: 'the VM, VMI or pod',
};

/** `✅ KubeVirt transition check `name`: passed (polled)`: weaker evidence shows here. */
export function heading(outcome: CheckOutcome, context: ReportContext): string {
  return `${RESULT_ICON[outcome.result]} KubeVirt transition check ${mdCode(context.checkName, 100)}: ${resultWords(outcome)}`;
}

function resultWords(outcome: CheckOutcome): string {
  if (outcome.error) return 'could not run';
  const last = outcome.attempts.at(-1);
  if (!last || (outcome.result !== 'passed' && outcome.result !== 'flaky')) return outcome.result;
  const weaker = weakerEvidence(last.verdict);
  return weaker.length > 0 ? `${outcome.result} (${weaker.join(', ')})` : outcome.result;
}

/** Cleanup left something behind: what, why, and the command that removes it. */
export function leftoversNote(left: Leftovers, step: 'main' | 'post'): string {
  const next =
    step === 'main'
      ? 'The post step tries again; if it cannot either, remove it with'
      : 'The post step could not either; remove it with';
  return `> [!WARNING]\n> Cleanup could not remove ${mdText(left.what, 300)}: ${mdText(left.why, 600)}. ${next} ${mdCode(left.command, 400)}`;
}

/**
 * One sentence: which steps, on which witness, seen how, how long, which attempt of how many,
 * the commit and the run.
 */
export function verdictSentence(outcome: CheckOutcome, context: ReportContext): string {
  const last = outcome.attempts.at(-1);
  const where = [commitLink(context), runLink(context)].filter(Boolean).join(' · ');
  const tail = where ? ` · ${where}` : '';
  if (outcome.error) {
    const before =
      outcome.attempts.length > 0
        ? `after ${outcome.attempts.map((a) => `attempt ${a.number} ${a.verdict.result}`).join(', ')}`
        : 'before any attempt ran';
    return `**Stopped in ${stageWords(outcome.error.stage)}** after ${formatDuration(outcome.durationMs)}, ${before}${tail}`;
  }
  if (!last) return `**No attempt ran**${tail}`;
  if (outcome.repeat)
    return `${repeatSentence(outcome.repeat)} in ${formatDuration(outcome.durationMs)}${tail}`;
  const which = `(attempt ${last.number} of ${context.attemptsAllowed}${earlierResults(outcome)})`;
  return `${whatHappened(last.verdict)} in ${formatDuration(last.durationMs)} ${which}${tail}`;
}

function earlierResults(outcome: CheckOutcome): string {
  const earlier = outcome.attempts.slice(0, -1);
  if (earlier.length === 0) return '';
  const failed = earlier.map((attempt) => `${attempt.number} ${attempt.verdict.result}`);
  return `, after attempt ${failed.join(', ')}`;
}

/** The verdict of one attempt as the bold start of the sentence. */
function whatHappened(verdict: Verdict): string {
  const path = mdCode(verdict.expectedPath, 200);
  const matched = verdict.matched;
  const seen = matched.length > 0 ? ` on ${seenOn(matched)} by ${seenHow(matched)}` : '';
  const mismatch = verdict.mismatch;
  if (verdict.result === 'passed') {
    if (matched.length === 0) return `**None of the forbidden states of** ${path} **seen**`;
    return `**All ${plural(matched.length, 'step')} of** ${path} **seen${seen}**`;
  }
  const forbidden = verdict.forbidden;
  if (forbidden) {
    return `**Forbidden state ${mdCode(forbidden.state, 80)} seen on ${WITNESS_NOUN[forbidden.witness]}** at ${formatOffset(forbidden.atMs)} (${path})`;
  }
  const bound = verdict.boundFailure;
  if (bound && verdict.result === 'failed') {
    return `**${mdCode(bound.expected ?? 'a step', 80)} missed its bound ${mdCode(bound.bound, 60)}** in ${path}${matched.length > 0 ? ` after ${plural(matched.length, 'step')} seen by ${seenHow(matched)}` : ''}`;
  }
  if (!mismatch) {
    return `**All steps of** ${path} **seen${seen}, but the pull error message did not match**`;
  }
  const step = `step ${mismatch.step + 1} (${mdCode(mismatch.expected, 80)})`;
  const instead = headAndTail(mismatch.seenInstead, 3);
  const showed =
    instead.head.length > 0
      ? ` (it showed ${[...instead.head, ...instead.tail].map((s) => mdCode(s, 60)).join(', ')}${instead.omitted > 0 ? ' and more' : ''} instead)`
      : '';
  const before =
    matched.length > 0
      ? ` after ${plural(matched.length, 'step')} seen by ${seenHow(matched)}`
      : '';
  const noun = WITNESS_NOUN[verdict.witness];
  if (verdict.result === 'inconclusive') {
    return `**Timed out waiting for ${step} of** ${path} **on ${noun}**${before}${showed}`;
  }
  return `**${capitalize(step)} of** ${path} **never came on ${noun}**${before}${showed}`;
}

function seenOn(matched: StepMatch[]): string {
  const witnesses = [...new Set(matched.map((match) => match.witness))];
  return witnesses.map((witness) => WITNESS_NOUN[witness]).join(' and ');
}

function seenHow(matched: StepMatch[]): string {
  const how = new Set(
    matched.map((match) =>
      match.byEventCount ? 'Event count' : match.seenBy === 'poll' ? 'poll' : 'watch',
    ),
  );
  return [...how].join(' and ');
}

function commitLink(context: ReportContext): string {
  if (!context.commit) return '';
  return `commit <a href="${escapeHtml(context.commit.url)}">${mdCode(context.commit.sha.slice(0, 7), 7)}</a>`;
}

function runLink(context: ReportContext): string {
  return context.runUrl ? `<a href="${escapeHtml(context.runUrl)}">workflow run</a>` : '';
}

/**
 * The matched steps with when each state began, how long it lasted (⚡ when too short to see
 * at the attempt's scale) and who saw it; then the first step that did not match.
 */
export function pathTable(attempt: Attempt, detail: Detail): string {
  if (detail.pathSteps <= 0) return '';
  const verdict = attempt.verdict;
  const rows = verdict.matched.map((match, index) => {
    const state = `✅ ${mdCode(match.state, 80)}${match.join === 'next' ? ' (next)' : ''}`;
    return `| ${match.step + 1} | ${state} | ${formatOffset(match.atMs)} | ${lasted(verdict, index, attempt.timeline)} | ${oneSecondMiss(verdict, index)} | ${seenBy(match)} |`;
  });
  const { head, omitted, tail } = headAndTail(rows, detail.pathSteps);
  const lines = [
    '| # | state | at | lasted | 1 s polling misses it | seen by |',
    '| ---: | --- | ---: | ---: | ---: | --- |',
    ...head,
    ...(omitted > 0 ? [`| … | ${omitted} more matched steps | | | | |`] : []),
    ...tail,
  ];
  const mismatch = verdict.mismatch;
  if (mismatch) {
    const seen = headAndTail(mismatch.seenInstead, 6);
    const instead = [
      ...seen.head.map((state) => mdCode(state, 60)),
      ...(seen.omitted > 0 ? [`… ${seen.omitted} more`] : []),
      ...seen.tail.map((state) => mdCode(state, 60)),
    ];
    // Stuck on a bound: the state may well have come, only outside its window.
    const bound = verdict.boundFailure;
    lines.push(
      bound
        ? `| ${mismatch.step + 1} | ❌ ${mdCode(mismatch.expected, 80)} | missed its bound | | | ${mdText(boundUsage(bound), 200)} |`
        : `| ${mismatch.step + 1} | ❌ ${mdCode(mismatch.expected, 80)} | not seen | | | seen instead: ${instead.length > 0 ? instead.join(', ') : 'nothing'} |`,
    );
  } else if (verdict.matched.length === 0) {
    lines.push('| | no step matched | | | | |');
  }
  // The bound a mismatch row already shows is not listed again.
  const bounds = boundsOf(verdict).filter((bound) => !(mismatch && bound === verdict.boundFailure));
  if (bounds.length > 0) {
    const listed = bounds
      .slice(-10)
      .map(
        (bound) => `${bound.result === 'passed' ? '✅' : '❌'} ${mdText(boundUsage(bound), 200)}`,
      );
    lines.push('', `**Bounds** (observer's clock): ${listed.join('; ')}`);
  }
  return lines.join('\n');
}

/** How long the state of matched step `index` lasted: the dwell the polling-miss estimate used. */
function lasted(verdict: Verdict, index: number, timeline: Timeline) {
  // An Event is a moment, not a state with a duration.
  if (verdict.matched[index]?.byEventCount) return '(an Event)';
  const dwell = verdict.pollingMiss?.dwells[index];
  if (dwell?.dwellMs === undefined) return '';
  if (dwell.ongoing) return '(at end)';
  const ms = dwell.dwellMs;
  return isShort(ms, timeline) ? `**${formatLasted(ms)}** ⚡` : formatLasted(ms);
}

function seenBy(match: StepMatch): string {
  const parts: string[] = [match.witness, howMatched(match)];
  if (match.resourceVersion) parts.push(`rv ${mdText(match.resourceVersion, 30)}`);
  return parts.join(' · ');
}

/** Why an attempt did not pass, in two short lines: the explanation and the likeliest cause. */
export function whyBlock(verdict: Verdict, max = 600): string {
  const lines = [`**Why:** ${mdText(verdict.explanation, max)}`];
  const [cause, ...more] = verdict.causes;
  if (cause) {
    const others = more.length > 0 ? ` (${plural(more.length, 'more cause')} below)` : '';
    lines.push(`**Likely cause:** ${mdText(cause, max)}${others}`);
  }
  return lines.join('  \n');
}

/**
 * Why the check could not run, as wrapped prose, and the command that fixes it (a `kubectl …`
 * the message ends with) alone in a code block, so neither is cut off and the fix can be copied.
 */
export function stoppedBlock(error: CheckError, max = 1500): string {
  const { prose, command } = splitFix(error.message);
  const lines = printableLines(prose, max)
    .filter((line) => line.trim() !== '')
    .map((line) => mdLine(line, max));
  const parts = [lines.join('  \n')];
  if (command) parts.push(codeBlock(shortLine(command, 2000), 'sh'));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * One line of untrusted text as a fenced code block (GitHub gives it a copy button): nothing in
 * it is markup, and its fence is longer than any run of backticks in it, so it cannot close it.
 */
function codeBlock(line: string, language: string): string {
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${line}\n${fence}`;
}

/** A fix the message ends with: from the last `kubectl` / `virtctl` to the end of its line. */
function splitFix(message: string): { prose: string; command?: string } {
  const matches = [...message.matchAll(/(?<=^|[\s:])(?:kubectl|virtctl) [^\n]+/gm)];
  const last = matches.at(-1);
  if (!last || last.index === undefined) return { prose: message };
  const prose = `${message.slice(0, last.index)}${message.slice(last.index + last[0].length)}`;
  return { prose: prose.trim(), command: last[0].trim() };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
