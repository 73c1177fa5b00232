// What weakens a match, in sentences: steps seen only by polling, Event counts standing for
// states, and `=>` steps matched across a watch gap.
import { RESOURCE_OF, type GapEntry, type PollingEntry, type Timeline } from '../observe/types.ts';
import { formatOffset } from '../util/duration.ts';
import type { Analysis, Compiled } from './analysis.ts';
import type { StepMatch } from './types.ts';
import { NOUN, andList } from './wording.ts';

/** Sentences on what weakens the match: polled steps, Event counts, `=>` across gaps. */
export function caveatsOf(compiled: Compiled, timeline: Timeline, analysis: Analysis): string[] {
  const caveats: string[] = [];
  const { witness } = compiled.options;
  const stretches = timeline.entries.filter(
    (entry): entry is GapEntry | PollingEntry => entry.kind !== 'state',
  );
  const steps = (matched: { step: StepMatch; i: number }[]) => {
    const names = matched.map(
      ({ step, i }) => `${i + 1} (${step.state} at ${formatOffset(step.atMs)})`,
    );
    return matched.length === 1 ? `Step ${names[0]} is` : `Steps ${andList(names)} are`;
  };
  const numbered = analysis.matched.map((step, i) => ({ step, i }));
  const counted = numbered.filter(({ step }) => step.byEventCount);
  const them = counted.length === 1 ? 'it' : 'them';
  const silentWatch = stretches.some((entry) => entry.kind === 'gap' && entry.cause === 'silent');
  if (counted.length > 0) {
    caveats.push(
      `${steps(counted)} proven only by Event counts (${counted.map(({ step }) => `x${step.count ?? 1}`).join(', ')}), not by ${witness === 'any' ? 'an object witness' : NOUN[witness]}, which had not shown ${them} when the check decided at ${formatOffset(analysis.nowMs)}: ${silentWatch ? `a watch that stayed silent (the transport, not virt-controller) hid ${them}, or` : `virt-controller may have coalesced ${them}, a watch gap hidden ${them}, or`} ${witness === 'any' ? 'the objects' : NOUN[witness]} not caught up yet. A count tells how often the kubelet entered a state, not exactly when.`,
    );
  }
  const polled = numbered.filter(({ step }) => !step.byEventCount && step.seenBy === 'poll');
  if (polled.length > 0) {
    caveats.push(
      `${steps(polled)} seen only by polling, not by a watch: a poll proves a state was there, not that nothing came between two polls.`,
    );
  }
  analysis.matched.forEach((step, i) => {
    const previous = analysis.matched[i - 1];
    if (step.join !== 'next' || !previous) return;
    const blind = stretches.find(
      (entry) =>
        entry.resource === RESOURCE_OF[step.witness] &&
        entry.atMs < step.atMs &&
        (entry.untilMs ?? Infinity) > previous.atMs,
    );
    if (blind) {
      caveats.push(
        `Steps ${i} => ${i + 1}: ${NOUN[step.witness]} was ${blind.kind === 'gap' ? 'not watched (a watch gap)' : 'only polled'} from ${formatOffset(blind.atMs)}${blind.untilMs !== undefined ? ` to ${formatOffset(blind.untilMs)}` : ''}, so "immediately next" cannot be guaranteed there.`,
      );
    }
  });
  if (
    analysis.result === 'passed' &&
    compiled.expectsPullErrors &&
    analysis.message.result === 'unseen'
  ) {
    caveats.push(
      'No image pull error message was observed (the VMI condition, the pod and Events carry it), so expected-message was not checked.',
    );
  }
  return caveats;
}
