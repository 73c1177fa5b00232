// The known causes of a path that did not pass, and the diagnosis codes for them, as a KubeVirt
// developer would name them (kubevirt/kubevirt pkg/virt-controller/watch/vm/vm.go
// `setPrintableStatus`, pkg/virt-controller/watch/vmi/lifecycle.go `checkForContainerImageError`;
// kubernetes/kubernetes pkg/kubelet/images/image_manager.go `EnsureImageExists`).
import { RESOURCE_OF, type Timeline, type Witness } from '../observe/types.ts';
import { pullAttempts } from './episodes.ts';
import { formatDuration, formatOffset } from '../util/duration.ts';
import { setting, settingOf, type Audience } from '../util/setting.ts';
import { showInvisible, withoutInvisible } from '../util/text.ts';
import { stateEntries } from './match.ts';
import { lostVm, NOT_OURS } from './ownership.ts';
import { IMAGE_PULL_FAILURES } from './states.ts';
import type { Analysis, Compiled } from './analysis.ts';
import type { Diagnosis, Verdict } from './types.ts';
import { NOUN, GAP_CAUSE, describeOther, orList, capitalize } from './wording.ts';

type KnownCause = 'unschedulable' | 'image-pulled' | 'invalid-image-name' | 'stuck-starting';

/** The known causes in words, with the setting that helps as its reader sets it. */
export function knownCause(cause: KnownCause, audience: Audience = 'action'): string {
  switch (cause) {
    case 'unschedulable': {
      const input = setting('emulation', audience, 'true');
      return `ErrorUnschedulable: the virt-launcher pod cannot be scheduled, typically because no node offers devices.kubevirt.io/kvm (no /dev/kvm) and KubeVirt's useEmulation is off, so the image is never pulled. Set spec.configuration.developerConfiguration.useEmulation: true on the KubeVirt CR${input ? ` (${input})` : ''}, or run where /dev/kvm exists.`;
    }
    case 'image-pulled':
      return 'Running: the containerDisk image exists or could be pulled, so no pull error can follow. Use an image that cannot be pulled: a well-formed reference that does not exist, such as one under registry.invalid.';
    case 'invalid-image-name':
      return 'InvalidImageName on the pod: the kubelet cannot parse the image reference and never pulls it; KubeVirt up to 1.9 does not mirror this into the VM, which stays Starting. Use a syntactically valid reference that does not exist.';
    case 'stuck-starting':
      return `Starting with no image pull error from any witness: KubeVirt >= 1.9 enables the ImageVolume feature gate by default, and with it a containerDisk pull error never shows as ErrImagePull. Disable the gate with spec.configuration.developerConfiguration.disabledFeatureGates: [ImageVolume]${setting('setup', audience) ? ' (setup: kind does)' : ''}, or use KubeVirt 1.8. An invalid image reference (InvalidImageName on the pod) also keeps the VM Starting.`;
  }
}

/**
 * What to do about a timeout while the kubelet was still retrying the pull. The back-off figures
 * of a real node (10 s doubling up to 5 m: kubernetes/kubernetes pkg/kubelet/images
 * `backOffPeriod`/`MaxContainerBackOff`) are not this cluster's when its clock runs faster (the
 * demo): the advice quotes the intervals it observed. A next state that a failing pull never
 * leads to (`Running` after `ErrImagePull`) will not come however long the check waits.
 */
function backOffAdvice(
  timeline: Timeline,
  expected: readonly string[],
  audience: Audience,
  timeoutMs: number,
): string {
  // As the trend's intervals: none across a count that jumped (a watch gap hid a pull).
  const pulls = pullAttempts(timeline);
  const intervals = pulls.flatMap((atMs, i) => {
    const previous = pulls[i - 1];
    return atMs !== undefined && previous !== undefined ? [atMs - previous] : [];
  });
  const observed =
    intervals.length > 0
      ? ` Here the failed pulls came ${intervals.map((ms) => formatDuration(ms)).join(', ')} apart.`
      : '';
  const timeout = settingOf('timeout', audience);
  if (expected.every((state) => !IMAGE_PULL_FAILURES.includes(state))) {
    return `While its image cannot be pulled, the kubelet only retries the pull, so the VM goes on between ErrImagePull and ImagePullBackOff: ${orList(expected)} cannot come that way, however long the check waits (it waited ${formatDuration(timeoutMs)}).${observed} Check the expected path; raising ${timeout} will not help.`;
  }
  return `The kubelet's image back-off doubles with every failed pull (on a real node 10s, 20s, 40s, ... up to 5m; the upstream test allows 660s for two rounds), so each round takes longer than the last. On a real node the default path ends 20-37s after the first pull when the launcher pod has KubeVirt's guest-console-log sidecar, 50-80s without it (docs/kubelet-timing.md), plus the VM's start.${observed} Raise ${timeout} above ${formatDuration(timeoutMs)} if the path was still progressing.`;
}

/** Known causes and diagnosis codes for a path that did not pass. */
export function diagnose(
  compiled: Compiled,
  timeline: Timeline,
  analysis: Analysis,
  mismatch: Verdict['mismatch'],
  timedOut: boolean,
): { causes: string[]; diagnosis: Diagnosis[] } {
  const { options } = compiled;
  const audience = options.audience ?? 'action';
  const causes: string[] = [];
  const diagnosis: Diagnosis[] = [];
  const add = (code: Diagnosis, text: string) => {
    if (!diagnosis.includes(code)) diagnosis.push(code);
    if (!causes.includes(text)) causes.push(text);
  };
  const entries = stateEntries(timeline);
  const objects = entries.filter((entry) => entry.witness !== 'event');
  const saw = (state: string, witnesses: readonly Witness[] = ['vm', 'vmi', 'pod']) =>
    objects.some((entry) => entry.state === state && witnesses.includes(entry.witness));
  const lastVmState = objects.filter((entry) => entry.witness === 'vm').at(-1)?.state;
  const contradiction = analysis.contradiction?.state;
  const lost = lostVm(timeline);
  if (lost && analysis.contradiction?.atMs === lost.atMs)
    add('vm-not-ours', notOurs(timeline.vm, lost));

  if (analysis.forbidden) {
    add(
      'forbidden-state',
      `${analysis.forbidden.state} is forbidden by the path (never ${analysis.forbidden.state}): the behaviour under test went wrong, so no other attempt is made.`,
    );
    // Decided at once: what the other witnesses had not shown yet is no cause of anything.
    return { causes, diagnosis };
  }
  if (analysis.boundFailure) {
    add(
      'bound-exceeded',
      `A step missed its time bound (${analysis.boundFailure.bound}): timing, like the flake this check guards against, so another attempt on a fresh VM may pass (${settingOf('attempts', audience)}); a bound that fails on every attempt is too tight for this cluster.`,
    );
    // The state it waited for may well have come, only late: not a state a witness missed.
    return { causes, diagnosis };
  }
  if (!mismatch && analysis.message.result === 'mismatched') {
    add(
      'message-mismatch',
      `None of the image pull error messages matches expected-message /${analysis.message.pattern}/: check ${settingOf('image', audience)}, or whether another image (the virt-launcher's) failed to pull.`,
    );
  }
  if (contradiction === 'ErrorUnschedulable' || lastVmState === 'ErrorUnschedulable')
    add('unschedulable', knownCause('unschedulable', audience));
  if (saw('InvalidImageName', ['pod']))
    add('invalid-image-name', knownCause('invalid-image-name', audience));
  if (compiled.expectsPullErrors && (contradiction === 'Running' || saw('Running')))
    add('image-pulled', knownCause('image-pulled', audience));
  // The kubelet's Events count too: they come first, and the pod shows the error only after its
  // next sync, so a short timeout can end while the VM still says Starting.
  const pullErrorSeen = entries.some((entry) => IMAGE_PULL_FAILURES.includes(entry.state));
  const stuckStarting =
    !pullErrorSeen &&
    !diagnosis.includes('invalid-image-name') &&
    !diagnosis.includes('unschedulable') &&
    // A pulled image explains a VM that stayed Starting; the ImageVolume gate does not.
    !diagnosis.includes('image-pulled') &&
    (lastVmState === 'Starting' ||
      objects.filter((entry) => entry.witness === options.witness).at(-1)?.state === 'Starting');
  if (stuckStarting) add('stuck-starting', knownCause('stuck-starting', audience));
  if (!mismatch) return { causes, diagnosis };

  const last = analysis.matched.at(-1);
  const sinceMs = last?.atMs ?? -Infinity;
  const chosen = analysis.evidence.witnesses;
  const expected = mismatch.expected.split(' | ');
  // A watch that stayed silent hid the states, not virt-controller: its gap says so below.
  const silenced = timeline.entries.some(
    (entry) =>
      entry.kind === 'gap' &&
      entry.cause === 'silent' &&
      entry.untilMs > sinceMs &&
      chosen.some((w) => RESOURCE_OF[w] === entry.resource),
  );
  // A state that differs from an expected one only by invisible characters is another string: no
  // witness missed anything, and no other attempt changes it.
  const lookalike = entries.find(
    (entry) =>
      entry.atMs > sinceMs &&
      expected.some((state) => entry.state !== state && withoutInvisible(entry.state) === state),
  );
  if (lookalike) {
    const looksLike = withoutInvisible(lookalike.state);
    add(
      'lookalike-state',
      `${capitalize(NOUN[lookalike.witness])} reported ${showInvisible(lookalike.state)} at ${formatOffset(lookalike.atMs)}: it looks like ${looksLike} but holds invisible characters, so it is another state name and the path cannot match it. Whatever wrote it (the API server, a proxy, a webhook) changed the name; quote the exact name in ${settingOf('expected-path', audience)} if it is meant.`,
    );
    return { causes, diagnosis };
  }
  for (const state of silenced ? [] : expected) {
    const others = entries.filter(
      (entry) => entry.state === state && entry.atMs > sinceMs && !chosen.includes(entry.witness),
    );
    const chosenNever = !analysis.evidence.objects.has(state);
    const shortLived =
      state === 'ErrImagePull' && chosenNever && analysis.evidence.objects.has('ImagePullBackOff');
    if (others.length === 0 && !shortLived) continue;
    const where = last ? ` after ${last.state} at ${formatOffset(last.atMs)}` : '';
    const witnessed =
      others.length > 0
        ? `; ${others.slice(0, 3).map(describeOther).join(' and ')}`
        : '; no other witness saw it either (are the pod and its Events observed?)';
    const subject = options.witness === 'any' ? 'the VM, VMI and pod' : NOUN[options.witness];
    const whole = shortLived
      ? `${capitalize(subject)} reported ImagePullBackOff but never ErrImagePull${witnessed}`
      : `${capitalize(subject)} never reported ${state}${where}${witnessed}`;
    add(
      'missed-by-witness',
      `${whole}. ${state} lasts only until the kubelet's next sync (0.02-1.1 s when the launcher pod has KubeVirt's guest-console-log sidecar and readiness gate, 10-16 s without), and virt-controller can coalesce it away: check the kubelet's own states with ${settingOf('witness', audience, 'pod')} or ${settingOf('witness', audience, 'any')}.`,
    );
  }

  const windowEnd = analysis.nowMs;
  for (const entry of timeline.entries) {
    if (entry.kind === 'state') continue;
    const witness = chosen.find((w) => RESOURCE_OF[w] === entry.resource);
    const untilMs = entry.untilMs ?? windowEnd;
    if (!witness || untilMs <= sinceMs || entry.atMs > windowEnd) continue;
    const span = `from ${formatOffset(entry.atMs)} to ${formatOffset(untilMs)}`;
    const missing = mismatch.expected;
    if (entry.kind === 'gap') {
      const changed = entry.changed?.length
        ? `; the relist found: ${entry.changed.join(', ')}`
        : '';
      add(
        'hidden-by-gap',
        `The watch on ${NOUN[witness]} had a gap ${span}: ${GAP_CAUSE[entry.cause]} (${entry.cause}: ${entry.detail}${changed}); a short ${missing} could have come and gone inside it.`,
      );
    } else {
      add(
        'polled',
        `${capitalize(NOUN[witness])} was only polled, every ${formatDuration(entry.intervalMs)}, ${span} (${entry.reason}); a ${missing} shorter than that can be missed.`,
      );
    }
  }
  if (
    timedOut &&
    !analysis.contradiction &&
    pullErrorSeen &&
    !stuckStarting &&
    !diagnosis.some((code) => ['missed-by-witness', 'hidden-by-gap', 'polled'].includes(code))
  )
    add('slow-back-off', backOffAdvice(timeline, expected, audience, analysis.nowMs));
  return { causes, diagnosis };
}

/** Why the VM's states stop counting at `lost`: it is not the check's VM any more. */
function notOurs(vm: string, lost: NonNullable<ReturnType<typeof lostVm>>): string {
  const own = lost.ownUid ? ` (uid ${lost.ownUid})` : '';
  const what =
    lost.state === NOT_OURS.replaced
      ? `The VM ${vm}${own} was replaced at ${formatOffset(lost.atMs)}: the object under its name now has uid ${lost.uid ?? '?'}, so someone else deleted it and created another`
      : `The VM ${vm}${own} was deleted at ${formatOffset(lost.atMs)}, and not by this check (it deletes its VMs only after the attempt)`;
  return `${what}. A VM created again under the same name is someone else's and does not count: its states are left out. Find who deleted it (the API server's audit log, or a controller that cleans up the namespace) and run the check where nothing else deletes its VMs.`;
}
