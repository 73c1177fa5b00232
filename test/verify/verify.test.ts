import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayBeTiming } from '../../src/verify/check-result.ts';
import { trackPath, verify } from '../../src/verify/verify.ts';
import type { GapEntry } from '../../src/observe/types.ts';
import {
  BACK_OFF_MESSAGE,
  PULL_MESSAGE,
  event,
  gap,
  options,
  pod,
  polling,
  states,
  timeline,
  vm,
  vmi,
} from '../support/timelines.ts';

const summary = (verdict: ReturnType<typeof verify>) =>
  verdict.matched.map((step) => `${step.state}@${step.atMs}:${step.witness}`);

/** What a healthy run looks like on every witness: two rounds of pull error and back-off. */
const healthy = [
  vm('Starting', 0),
  pod('Pending', 100),
  vmi('Scheduling', 150),
  pod('ErrImagePull', 1000, { message: PULL_MESSAGE, container: 'volumecontainerdisk-init' }),
  vmi('ErrImagePull', 1050, { message: PULL_MESSAGE }),
  vm('ErrImagePull', 1100),
  pod('ImagePullBackOff', 11_000, { message: BACK_OFF_MESSAGE }),
  vmi('ImagePullBackOff', 11_050, { message: BACK_OFF_MESSAGE }),
  vm('ImagePullBackOff', 11_100),
  pod('ErrImagePull', 31_000, { message: PULL_MESSAGE }),
  vmi('ErrImagePull', 31_050, { message: PULL_MESSAGE }),
  vm('ErrImagePull', 31_100),
  pod('ImagePullBackOff', 31_500, { message: BACK_OFF_MESSAGE }),
  vmi('ImagePullBackOff', 31_550, { message: BACK_OFF_MESSAGE }),
  vm('ImagePullBackOff', 31_600),
];

describe('verify', () => {
  it('passes the default path on a watched VM, with other states in between (Gomega Receive)', () => {
    const verdict = verify(
      timeline([...healthy.slice(0, 9), vm('Starting', 20_000), ...healthy.slice(9)]),
      options(),
    );
    assert.equal(verdict.result, 'passed');
    assert.deepEqual(summary(verdict), [
      'ErrImagePull@1100:vm',
      'ImagePullBackOff@11100:vm',
      'ErrImagePull@31100:vm',
      'ImagePullBackOff@31600:vm',
    ]);
    assert.deepEqual(verdict.observedPath, [
      'Starting',
      'ErrImagePull',
      'ImagePullBackOff',
      'Starting',
      'ErrImagePull',
      'ImagePullBackOff',
    ]);
    assert.equal(verdict.decidedAtMs, 31_600);
    assert.deepEqual(
      verdict.matched.map((step) => step.column),
      [0, 16, 36, 52],
    );
    assert.match(
      verdict.explanation,
      /^The VM's printableStatus went through ErrImagePull -> .* as expected: ErrImagePull at \+1\.100 s, ImagePullBackOff at \+11\.100 s, ErrImagePull at \+31\.100 s, ImagePullBackOff at \+31\.600 s\. The image pull error message matches .*'rpc error: .*' \(the pod\)\.$/,
    );
    assert.deepEqual(verdict.causes, []);
    assert.deepEqual(verdict.caveats, []);
  });

  it('checks the path against the chosen witness only', () => {
    const entries = [...healthy.filter((entry) => entry.witness !== 'vm'), vm('Starting', 0)];
    assert.equal(verify(timeline(entries), options()).result, 'inconclusive');
    assert.equal(
      verify(timeline(entries), options(undefined, { witness: 'pod' })).result,
      'passed',
    );
    assert.equal(
      verify(timeline(entries), options(undefined, { witness: 'vmi' })).result,
      'passed',
    );
  });

  it('treats a consecutive repeat of a state as one entry into it', () => {
    const verdict = verify(
      timeline(
        states('vm', ['ErrImagePull', 'ErrImagePull', 'ImagePullBackOff', 'ImagePullBackOff']),
      ),
      options(),
    );
    assert.equal(verdict.result, 'inconclusive');
    assert.deepEqual(verdict.observedPath, ['ErrImagePull', 'ImagePullBackOff']);
    assert.deepEqual(verdict.mismatch, {
      step: 2,
      expected: 'ErrImagePull',
      seenInstead: [],
      column: 36,
    });
  });

  describe("'=>' (immediately next)", () => {
    const entries = states('vm', ['Stopped', 'Starting', 'ErrImagePull', 'ImagePullBackOff']);
    const cases: [string, 'passed' | 'inconclusive'][] = [
      ['Stopped => Starting => ErrImagePull', 'passed'],
      ['Starting => ImagePullBackOff', 'inconclusive'],
      ['Starting -> ImagePullBackOff', 'passed'],
      ['Stopped -> (ErrImagePull => ImagePullBackOff)', 'passed'],
      ['Stopped => (ErrImagePull | Starting) => ErrImagePull', 'passed'],
      ['ErrorUnschedulable{0,1} => Starting', 'passed'],
      ['Stopped -> ErrImagePull{0,1} => ImagePullBackOff', 'passed'],
      ['Stopped -> Running{0,1} => ImagePullBackOff', 'inconclusive'],
      ['Stopped => Running{0,1} => ErrImagePull', 'inconclusive'],
    ];
    for (const [path, result] of cases) {
      it(`${result === 'passed' ? 'matches' : 'does not match'} ${path}`, () => {
        assert.equal(verify(timeline(entries), options(path)).result, result);
      });
    }

    it('says when a watch gap makes "immediately next" uncertain', () => {
      const verdict = verify(
        timeline([...entries, gap('virtualmachines', 1500, 1900)]),
        options('Starting => ErrImagePull'),
      );
      assert.equal(verdict.result, 'passed');
      assert.match(
        verdict.caveats![0]!,
        /Steps 1 => 2: the VM was not watched \(a watch gap\) from \+1\.500 s to \+1\.900 s/,
      );
      assert.ok(verdict.explanation.includes(verdict.caveats![0]!));
    });

    it('needs the same witness for both steps under any', () => {
      const verdict = verify(
        timeline([vm('Starting', 0), pod('ErrImagePull', 500), vm('ErrImagePull', 600)]),
        options('Starting => ErrImagePull', { witness: 'any' }),
      );
      assert.deepEqual(summary(verdict), ['Starting@0:vm', 'ErrImagePull@600:vm']);
    });
  });

  it('matches alternatives and repetitions', () => {
    const entries = [
      ...states('vm', [
        'Starting',
        'ErrImagePull',
        'ImagePullBackOff',
        'ErrImagePull',
        'ImagePullBackOff',
        'ErrImagePull',
        'ImagePullBackOff',
      ]),
    ];
    const passes = (path: string) => verify(timeline(entries), options(path)).result === 'passed';
    assert.ok(passes('Starting -> (ErrorUnschedulable | ErrImagePull)'));
    assert.ok(passes('(ErrImagePull -> ImagePullBackOff){3}'));
    assert.ok(!passes('(ErrImagePull -> ImagePullBackOff){4}'));
    assert.ok(passes('Starting => (ErrImagePull => ImagePullBackOff)+'));
    const greedy = verify(timeline(entries), options('(ErrImagePull -> ImagePullBackOff){1,5}'));
    assert.equal(greedy.matched.length, 6, 'optional rounds are matched as far as they go');
  });

  describe('witness any', () => {
    it('uses the pod when virt-controller coalesced the second ErrImagePull on the VM', () => {
      const coalesced = healthy.filter(
        (entry) =>
          !(entry.witness !== 'pod' && entry.atMs >= 31_000 && entry.state === 'ErrImagePull'),
      );
      const byVm = verify(timeline(coalesced), options());
      assert.equal(byVm.result, 'inconclusive');
      assert.deepEqual(byVm.diagnosis, ['missed-by-witness']);
      assert.match(
        byVm.causes[0]!,
        /^The VM never reported ErrImagePull after ImagePullBackOff at \+11\.100 s; the pod saw it at \+31\.000 s\. ErrImagePull lasts only until .*: check the kubelet's own states with input witness: pod or input witness: any\.$/,
      );
      assert.equal(mayBeTiming(byVm), true);

      const byAny = verify(timeline(coalesced), options(undefined, { witness: 'any' }));
      assert.equal(byAny.result, 'passed');
      assert.deepEqual(summary(byAny), [
        'ErrImagePull@1000:pod',
        'ImagePullBackOff@11000:pod',
        'ErrImagePull@31000:pod',
        'ImagePullBackOff@31500:pod',
      ]);
      assert.match(byAny.explanation, /ErrImagePull at \+1\.000 s \(pod\)/);
    });

    it('combines witnesses when each one saw only part of the path', () => {
      const verdict = verify(
        timeline([
          vm('ErrImagePull', 1100),
          vm('ImagePullBackOff', 11_100),
          pod('ErrImagePull', 1000),
          pod('ImagePullBackOff', 11_000),
          pod('ErrImagePull', 31_000),
          // The pod's last back-off was lost in a gap; the VM saw it.
          vm('ErrImagePull', 31_100),
          vm('ImagePullBackOff', 31_600),
        ]),
        options(undefined, { witness: 'any' }),
      );
      assert.equal(verdict.result, 'passed');
    });

    it('never takes a lagging witness for a second entry into the same state', () => {
      // One round only: the pod's ErrImagePull lasted 5ms, the VM reported it 200ms later.
      const verdict = verify(
        timeline([
          pod('ErrImagePull', 0),
          pod('ImagePullBackOff', 5),
          vmi('ErrImagePull', 100),
          vmi('ImagePullBackOff', 150),
          vm('ErrImagePull', 200),
          vm('ImagePullBackOff', 300),
        ]),
        options(undefined, { witness: 'any' }),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.equal(verdict.mismatch?.step, 2);
      assert.equal(
        verdict.observedPath.join(' -> '),
        'ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff',
        'the merged view shows what each witness said, in time order',
      );
    });
  });

  describe('Event counts', () => {
    // The VM saw one round; virt-controller coalesced the second ErrImagePull, so the VM stayed
    // ImagePullBackOff. The kubelet's Events counted both rounds.
    const entries = [
      vm('Starting', 0),
      vm('ErrImagePull', 1100),
      event('ErrImagePull', 1000, 1),
      vm('ImagePullBackOff', 11_100),
      event('ImagePullBackOff', 11_000, 1),
      event('ImagePullBackOff', 23_000, 2),
      event('ErrImagePull', 31_000, 2),
      event('ImagePullBackOff', 31_500, 3),
    ];

    it('may prove a repeated step, flagged byEventCount and called out', () => {
      const verdict = verify(timeline(entries), options());
      assert.equal(verdict.result, 'passed');
      assert.deepEqual(
        verdict.matched.map((step) => [
          step.state,
          step.atMs,
          step.byEventCount ?? false,
          step.count,
        ]),
        [
          ['ErrImagePull', 1100, false, undefined],
          ['ImagePullBackOff', 11_100, false, undefined],
          ['ErrImagePull', 31_000, true, 2],
          ['ImagePullBackOff', 31_500, true, 3],
        ],
      );
      assert.match(verdict.explanation, /ErrImagePull at \+31\.000 s \(Event count x2\)/);
      assert.match(
        verdict.caveats![0]!,
        /^Steps 3 \(ErrImagePull at \+31\.000 s\) and 4 \(ImagePullBackOff at \+31\.500 s\) are proven only by Event counts \(x2, x3\), not by the VM, which had not shown them when the check decided at \+\d+\.\d+ s: virt-controller may have coalesced them, a watch gap hidden them, or the VM not caught up yet\./,
      );
    });

    it('never proves a first entry into a state', () => {
      const verdict = verify(timeline([event('ErrImagePull', 1000, 2)]), options('ErrImagePull'));
      assert.equal(verdict.result, 'inconclusive');
    });

    it('does not count a re-entry that came before the previous step', () => {
      // The first round can fail twice before the first back-off: count 2 before ImagePullBackOff.
      const verdict = verify(
        timeline([
          vm('ErrImagePull', 1100),
          event('ErrImagePull', 1000, 1),
          event('ErrImagePull', 11_000, 2),
          vm('ImagePullBackOff', 21_100),
          event('ImagePullBackOff', 21_000, 1),
        ]),
        options(),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.equal(verdict.mismatch?.step, 2);
    });

    it('needs a count above the entries already matched', () => {
      const verdict = verify(
        timeline([
          ...states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff']),
          event('ErrImagePull', 5000, 2),
        ]),
        options('(ErrImagePull -> ImagePullBackOff){2} -> ErrImagePull'),
      );
      assert.equal(verdict.result, 'inconclusive', 'count 2 cannot prove a third ErrImagePull');
    });
  });

  describe('polled stretches and gaps', () => {
    it('passes on polled states but says the match is weaker', () => {
      const verdict = verify(
        timeline([
          polling('virtualmachines', 0, 40_000),
          ...healthy.map((entry) =>
            entry.witness === 'vm' ? { ...entry, seenBy: 'poll' as const } : entry,
          ),
        ]),
        options(),
      );
      assert.equal(verdict.result, 'passed');
      assert.equal(verdict.caveats!.length, 1);
      assert.match(
        verdict.explanation,
        /Steps 1 \(ErrImagePull at \+1\.100 s\), 2 \(ImagePullBackOff at \+11\.100 s\), 3 \(.*\) and 4 \(.*\) are seen only by polling, not by a watch: a poll proves a state was there, not that nothing came between two polls\./,
      );
      assert.match(verdict.explanation, /ErrImagePull at \+1\.100 s \(polled\)/);
    });

    it('names a watch gap that could hide the missing state, and calls it timing', () => {
      const verdict = verify(
        timeline(
          [
            ...states('vm', ['ErrImagePull', 'ImagePullBackOff'], 1000, 10_000),
            gap('virtualmachines', 20_000, 35_000),
            gap('pods', 20_000, 35_000),
          ],
          600_000,
        ),
        options(),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.deepEqual(verdict.diagnosis, ['hidden-by-gap']);
      assert.match(
        verdict.causes[0]!,
        /^The watch on the VM had a gap from \+20\.000 s to \+35\.000 s: its resourceVersion expired \(410\) and it relisted \(expired: 410 Gone, relisted\); a short ErrImagePull could have come and gone inside it\.$/,
      );
      assert.equal(mayBeTiming(verdict), true);
    });

    it('blames a silent watch, never virt-controller coalescing, when the transport hid the states', () => {
      // The pod's Events saw the second ErrImagePull; the VM watch was answered but silent.
      const silent: GapEntry = {
        ...gap('virtualmachines', 12_000, 60_000),
        cause: 'silent',
        detail: 'virtualmachines watch: the watch was answered but delivered nothing for 4.000s',
      };
      const verdict = verify(
        timeline(
          [
            ...healthy.filter((entry) => entry.atMs < 31_000),
            pod('ErrImagePull', 31_000, { message: PULL_MESSAGE }),
            silent,
          ],
          60_000,
        ),
        { ...options(), timedOut: true },
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.ok(!verdict.diagnosis?.includes('missed-by-witness'), verdict.diagnosis?.join());
      assert.ok(verdict.diagnosis?.includes('hidden-by-gap'), verdict.diagnosis?.join());
      const said = [verdict.explanation, ...verdict.causes].join('\n');
      assert.doesNotMatch(said, /coalesce/);
      assert.match(
        said,
        /The watch on the VM had a gap from \+12\.000 s to \+1m 00\.000s: the watch was answered but stayed silent/,
      );
    });

    for (const how of ['deleted', 'replaced'] as const) {
      it(`never passes on states of a VM ${how} by someone else under the same name`, () => {
        const ours = { uid: 'uid-ours' };
        const theirs = { uid: 'uid-theirs' };
        const entries = [
          vm('Starting', 0, ours),
          vm('ErrImagePull', 1_000, ours),
          vm('ImagePullBackOff', 2_000, ours),
          ...(how === 'deleted' ? [vm('Deleted', 3_000, ours)] : []),
          vm('ErrImagePull', 4_000, theirs),
          vm('ImagePullBackOff', 5_000, theirs),
        ];
        const verdict = verify(timeline(entries, 6_000), options());
        assert.equal(verdict.result, 'failed');
        assert.deepEqual(verdict.diagnosis, ['vm-not-ours']);
        assert.equal(mayBeTiming(verdict), false);
        assert.deepEqual(summary(verdict), ['ErrImagePull@1000:vm', 'ImagePullBackOff@2000:vm']);
        assert.match(
          verdict.causes[0]!,
          how === 'deleted'
            ? /^The VM ns\/vm \(uid uid-ours\) was deleted at \+3\.000 s, and not by this check/
            : /^The VM ns\/vm \(uid uid-ours\) was replaced at \+4\.000 s: the object under its name now has uid uid-theirs/,
        );
        const decided = trackPath(options()).decide(timeline(entries, 6_000));
        assert.equal(decided, 'failed', 'the attempt ends there');
      });
    }

    it('names the real cause of a gap, not a generic one', () => {
      const causes = ['server-error', 'timeout', 'forbidden', 'throttled'] as const;
      const words = [
        /answered with errors \(5xx\)/,
        /did not answer in time/,
        /RBAC forbade it/,
        /throttled it \(429\)/,
      ];
      for (const [index, cause] of causes.entries()) {
        const verdict = verify(
          timeline(
            [
              ...states('vm', ['ErrImagePull', 'ImagePullBackOff'], 1000, 10_000),
              { ...gap('virtualmachines', 20_000, 35_000), cause, detail: 'what the server said' },
            ],
            600_000,
          ),
          options(),
        );
        assert.match(verdict.causes[0]!, words[index]!);
        assert.match(verdict.causes[0]!, new RegExp(`\\(${cause}: what the server said\\)`));
      }
    });

    it('ignores gaps before the last matched step and on other witnesses', () => {
      const verdict = verify(
        timeline(
          [
            gap('virtualmachines', 100, 500),
            ...states('vm', ['ErrImagePull', 'ImagePullBackOff'], 1000, 10_000),
            gap('pods', 20_000, 35_000),
          ],
          600_000,
        ),
        options(),
      );
      assert.deepEqual(verdict.diagnosis, ['slow-back-off']);
      assert.match(
        verdict.explanation,
        /^Timed out after 10m waiting for step 3 \(ErrImagePull\) after ImagePullBackOff at \+11\.000 s\. Matched so far: ErrImagePull at \+1\.000 s, ImagePullBackOff at \+11\.000 s\. Nothing was reported after that\.$/,
      );
      assert.match(
        verdict.causes[0]!,
        /back-off doubles .* 660s for two rounds\), .* the default path ends 20-37s .* Raise the 'timeout' input above 10m if the path was still progressing\./,
      );
      assert.equal(mayBeTiming(verdict), false);
    });

    it("quotes the back-off it observed, not a real node's, and speaks in flags to the CLI", () => {
      // A cluster whose clock runs 20 times faster: pulls fail 0.5 s, then 1 s apart.
      const sped = timeline(
        [
          vm('ErrImagePull', 100),
          event('ErrImagePull', 100, 1),
          vm('ImagePullBackOff', 200),
          event('ErrImagePull', 600, 2),
          vm('ErrImagePull', 600),
          event('ErrImagePull', 1600, 3),
        ],
        3_000,
      );
      const progressing = verify(sped, options(undefined, { audience: 'cli' }));
      assert.match(
        progressing.causes[0]!,
        /Here the failed pulls came 500 ms, 1\.0 s apart\. Raise --timeout above 3\.0 s if the path/,
      );
      assert.doesNotMatch(progressing.causes.join(' '), /input/);
    });

    it('says that more time cannot help a path whose next state a failing pull never reaches', () => {
      const verdict = verify(
        timeline(
          states('vm', ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull'], 1000, 500),
          30_000,
        ),
        options('ErrImagePull -> Running'),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.match(
        verdict.causes[0]!,
        /Running cannot come that way, however long the check waits \(it waited 30\.0 s\)\..* raising the 'timeout' input will not help\./,
      );
    });
  });

  describe("known causes in the reader's words", () => {
    it('names the emulation input to the action and no input to the CLI, which has none', () => {
      const unschedulable = timeline([vm('Starting', 0), vm('ErrorUnschedulable', 100)], 60_000);
      const action = verify(unschedulable, options());
      const cli = verify(unschedulable, options(undefined, { audience: 'cli' }));
      assert.match(
        action.causes.join(' '),
        /useEmulation: true on the KubeVirt CR \(input emulation: true\)/,
      );
      assert.match(cli.causes.join(' '), /useEmulation: true on the KubeVirt CR, or run where/);
      assert.doesNotMatch(cli.causes.join(' '), /input/);
    });
  });

  describe('expected-message', () => {
    it('says which text matched and who reported it', () => {
      const verdict = verify(timeline(healthy), options());
      assert.deepEqual(verdict.message, {
        pattern: options().expectedMessage.source,
        result: 'matched',
        matched: { text: PULL_MESSAGE, witness: 'pod' },
        seen: [],
      });
    });

    it('fails the path when every pull error message is about another image', () => {
      const other = 'Back-off pulling image "quay.io/kubevirt/virt-launcher:v1.9.0"';
      const entries = healthy.map((entry) =>
        entry.message ? { ...entry, message: other } : entry,
      );
      const verdict = verify(timeline(entries), options());
      assert.equal(verdict.result, 'failed');
      assert.deepEqual(verdict.message?.seen, [other]);
      assert.equal(verdict.message?.result, 'mismatched');
      assert.deepEqual(verdict.diagnosis, ['message-mismatch']);
      assert.match(
        verdict.explanation,
        /no image pull error message matches .*messages seen: 'Back-off pulling image "quay\.io\/kubevirt\/virt-launcher:v1\.9\.0"'\. The pull that failed may be of another image/,
      );
      assert.equal(mayBeTiming(verdict), false);
    });

    it('reads the message from Events and ignores messages of other states', () => {
      const verdict = verify(
        timeline([
          pod('Pending', 0, { message: 'no-such-image 0/1 nodes are available' }),
          event('ErrImagePull', 500, 1, { message: `Failed to pull image "${'x'}": not found` }),
          event('ErrImagePull', 900, 1, { reason: 'Failed', message: PULL_MESSAGE }),
        ]),
        options('ErrImagePull', { witness: 'pod' }),
      );
      assert.deepEqual(verdict.message?.matched, { text: PULL_MESSAGE, witness: 'event' });
    });

    it('passes without a message but says it was not checked', () => {
      const verdict = verify(
        timeline(states('vm', ['ErrImagePull', 'ImagePullBackOff'])),
        options('ErrImagePull -> ImagePullBackOff'),
      );
      assert.equal(verdict.result, 'passed');
      assert.equal(verdict.message?.result, 'unseen');
      assert.match(
        verdict.explanation,
        /No image pull error message was observed .* expected-message was not checked\./,
      );
    });

    it('does not apply to a path without pull errors', () => {
      const verdict = verify(
        timeline([
          ...states('vm', ['Stopped', 'Starting', 'Running']),
          pod('ErrImagePull', 500, { message: 'other' }),
        ]),
        options('Stopped -> Starting -> Running'),
      );
      assert.equal(verdict.result, 'passed');
      assert.deepEqual(verdict.caveats, []);
    });
  });

  describe('known causes', () => {
    it('explains ErrorUnschedulable as no KVM and no emulation', () => {
      const verdict = verify(
        timeline(states('vm', ['Starting', 'ErrorUnschedulable']), 600_000),
        options(),
      );
      assert.equal(verdict.result, 'failed');
      assert.deepEqual(verdict.contradiction, {
        state: 'ErrorUnschedulable',
        witness: 'vm',
        atMs: 1000,
        rulesOut: ['ErrImagePull', 'ImagePullBackOff'],
      });
      assert.match(
        verdict.explanation,
        /^The path can no longer complete: step 1 \(ErrImagePull\) was still expected, but the VM reached ErrorUnschedulable at \+1\.000 s, after which ErrImagePull or ImagePullBackOff cannot come\. Seen instead: Starting -> ErrorUnschedulable\.$/,
      );
      assert.deepEqual(verdict.diagnosis, ['unschedulable']);
      assert.match(verdict.causes[0]!, /devices\.kubevirt\.io\/kvm .*\.useEmulation: true/);
      assert.equal(mayBeTiming(verdict), false);
    });

    it('explains Running as an image that exists', () => {
      const verdict = verify(timeline(states('vm', ['Starting', 'Running']), 60_000), options());
      assert.equal(verdict.result, 'failed');
      assert.deepEqual(verdict.diagnosis, ['image-pulled']);
      assert.match(
        verdict.causes[0]!,
        /^Running: the containerDisk image exists or could be pulled/,
      );
    });

    it('does not blame the ImageVolume gate when the pod ran while the VM was still Starting', () => {
      const verdict = verify(timeline([vm('Starting', 0), pod('Running', 500)], 60_000), options());
      assert.deepEqual(verdict.diagnosis, ['image-pulled']);
      assert.equal(verdict.causes.length, 1);
      assert.doesNotMatch(verdict.causes.join('\n'), /ImageVolume/);
    });

    it('explains a VM stuck in Starting with the ImageVolume gate', () => {
      const verdict = verify(
        timeline([vm('Starting', 0), pod('ContainerCreating', 500)], 600_000),
        options(),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.deepEqual(verdict.diagnosis, ['stuck-starting']);
      assert.match(
        verdict.causes[0]!,
        /ImageVolume feature gate .*disabledFeatureGates: \[ImageVolume\]/,
      );
      assert.equal(mayBeTiming(verdict), false);
    });

    it('does not blame the ImageVolume gate when the kubelet Event already shows ErrImagePull', () => {
      // At real kubelet timings the pod shows ErrImagePull only after its next sync (10-15 s):
      // a short timeout ends with the VM Starting and the pull error only in an Event.
      const verdict = verify(
        timeline(
          [vm('Starting', 0), pod('ContainerCreating', 500), event('ErrImagePull', 1_800, 1)],
          10_000,
        ),
        { ...options(), timedOut: true },
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.ok(
        !(verdict.diagnosis ?? []).includes('stuck-starting'),
        (verdict.diagnosis ?? []).join(', '),
      );
      assert.doesNotMatch(verdict.causes.join('\n'), /ImageVolume/);
      assert.match(verdict.causes.join('\n'), /The VM never reported ErrImagePull; the Event/);
    });

    it('explains a VM stuck in Starting with an invalid image name when the pod says so', () => {
      const verdict = verify(
        timeline(
          [
            vm('Starting', 0),
            pod('InvalidImageName', 500, { message: 'Failed to apply default image tag' }),
          ],
          600_000,
        ),
        options(),
      );
      assert.equal(verdict.result, 'failed');
      assert.equal(verdict.contradiction?.state, 'InvalidImageName');
      assert.deepEqual(verdict.diagnosis, ['invalid-image-name']);
      assert.match(verdict.causes[0]!, /^InvalidImageName on the pod/);
    });

    it('points at the pod and Events when the VM showed ImagePullBackOff but never ErrImagePull', () => {
      const verdict = verify(
        timeline(
          [
            vm('Starting', 0),
            pod('ErrImagePull', 1000),
            event('ErrImagePull', 1000, 1),
            pod('ImagePullBackOff', 1002),
            vm('ImagePullBackOff', 1100),
          ],
          600_000,
        ),
        options(),
      );
      assert.equal(verdict.result, 'inconclusive');
      assert.deepEqual(verdict.diagnosis, ['missed-by-witness']);
      assert.match(
        verdict.causes[0]!,
        /^The VM reported ImagePullBackOff but never ErrImagePull; the pod saw it at \+1\.000 s and the Event Failed "Error: ErrImagePull" reached x1 at \+1\.000 s\. ErrImagePull lasts only until the kubelet's next sync/,
      );
      assert.equal(mayBeTiming(verdict), true);
    });
  });
});
