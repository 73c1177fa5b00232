// The whole check against the simulated cluster: config -> cluster -> observe -> verify, with
// cleanup asserted through the API after every ending.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { readConfig } from '../src/config/index.ts';
import type { InputName } from '../src/contract.ts';
import { removeRun, type RunResources } from '../src/cleanup.ts';
import { loadKubeConfig } from '../src/cluster/kubeconfig.ts';
import { budget } from '../src/cluster/requests.ts';
import { demoTuning } from '../src/demo.ts';
import { CheckStoppedError, stoppedOutcome } from '../src/outcome.ts';
import { runCheck, type RunHooks } from '../src/run.ts';
import { simulatorsClosedAfter, type Clients } from './sim/helpers.ts';
import { leftovers } from './support/leftovers.ts';

const TIME_SCALE = 0.02;
const tuning = demoTuning(TIME_SCALE);
/**
 * Shorter request limits for the fault tests, so that they wait seconds, not the real bounds
 * (still generous: the suite shares a loaded machine, and a healthy request must not time out).
 */
const LIMITS = {
  requests: { requestTimeoutMs: 2_000, baseDelayMs: 20, maxDelayMs: 200 },
  preflightTimeoutMs: 20_000,
  cleanupTimeoutMs: 10_000,
};
const faultTuning = { ...tuning, ...LIMITS };
/**
 * The timeout of a test whose first attempt must wait it out: a passing attempt takes about a
 * second here, so the next one passes within it even on a loaded machine.
 */
const TIMED_OUT_ATTEMPT = '5s';

/**
 * The most a run may take with these limits: the pre-flight's budget, the attempt's timeout and
 * the cleanup's budget, each overrun by at most one request, plus a second for the simulator.
 */
function stepBoundMs(timeoutMs: number, cleanupTimeoutMs = LIMITS.cleanupTimeoutMs): number {
  const { preflightTimeoutMs, requests } = LIMITS;
  return preflightTimeoutMs + timeoutMs + cleanupTimeoutMs + 3 * requests.requestTimeoutMs + 1_000;
}
/** For the tests whose cleanup runs out of time: half for the VMs, half for the namespace. */
const SHORT_CLEANUP_MS = 4_000;
const shortCleanupTuning = { ...faultTuning, cleanupTimeoutMs: SHORT_CLEANUP_MS };
const temp = mkdtempSync(join(tmpdir(), 'ktc-run-'));
const cluster = simulatorsClosedAfter({ timeScale: TIME_SCALE });

interface Run {
  clients: Clients;
  logs: string[];
  warnings: string[];
  created: RunResources[];
  groups: string[];
}

function configFor(clients: Clients, inputs: Partial<Record<InputName, string>> = {}) {
  return readConfig(
    (name) => inputs[name] ?? (name === 'kubeconfig' ? clients.sim.kubeconfigPath : ''),
    {
      RUNNER_TEMP: temp,
    },
  );
}

function hooks(clients: Clients, extra: Partial<RunHooks> = {}): RunHooks & Run {
  const run: Run = { clients, logs: [], warnings: [], created: [], groups: [] };
  return {
    ...run,
    log: (line) => run.logs.push(line),
    warn: (line) => run.warnings.push(line),
    group: (title, work) => {
      run.groups.push(title);
      return work();
    },
    willCreate: (resources) => run.created.push(resources),
    ...extra,
  };
}

/** `run`'s hooks with `strike` called as cleanup begins, and what cleanup said was left. */
function strikingCleanup(run: RunHooks & Run, strike: () => void) {
  const heard: unknown[] = [];
  const struck: RunHooks = {
    ...run,
    cleaned: (left) => heard.push(left),
    group: (title, work) => {
      if (title === 'Cleaning up') strike();
      return run.group(title, work);
    },
  };
  return { heard, hooks: struck };
}

describe('runCheck', { concurrency: true }, () => {
  it('passes on the default path, sees it with the VM witness and the Events, and leaves nothing behind', async () => {
    const clients = await cluster();
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients), run, tuning);
    assert.equal(outcome.result, 'passed', outcome.attempts[0]?.verdict.explanation);
    assert.equal(outcome.attempts.length, 1);
    const [attempt] = outcome.attempts;
    const path = ['ErrImagePull', 'ImagePullBackOff', 'ErrImagePull', 'ImagePullBackOff'];
    const matched = attempt!.verdict.matched;
    assert.deepEqual(
      matched.map((step) => step.state),
      path,
    );
    // The kubelet records its Events during a sync and writes the status at the start of the
    // next one, so the later steps are often proven first by the Events' counts.
    assert.equal(matched[0]!.witness, 'vm');
    assert.ok(matched.every((step) => step.witness === 'vm' || step.witness === 'event'));
    assert.equal(attempt!.verdict.message?.result, 'matched');
    assert.ok(
      run.logs.some((line) => /vm ErrImagePull \(watch\)/.test(line)),
      'each state is logged as seen',
    );
    assert.deepEqual(run.groups.slice(0, 2), [
      `Pre-flight checks against ${clients.sim.url}`,
      'Attempt 1 of 2',
    ]);
    assert.equal(run.created.length, 1, 'what is created is announced before it is created');
    assert.match(
      outcome.environment?.kubevirtVersion ?? '',
      /^v\d+\.\d+\.\d+/,
      'the version the pre-flight read',
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('fails with the image-exists explanation when the VM starts Running, without retrying', async () => {
    const clients = await cluster();
    const outcome = await runCheck(
      configFor(clients, { image: 'quay.io/containerdisks/fedora:latest' }),
      hooks(clients),
      tuning,
    );
    assert.equal(outcome.result, 'failed');
    assert.equal(outcome.attempts.length, 1, 'Running is no timing problem');
    const verdict = outcome.attempts[0]!.verdict;
    assert.match(verdict.explanation, /Running/);
    assert.match(verdict.causes.join(' '), /image .*(exists|pulled)/i);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('fails with the KVM/emulation explanation when the launcher pod cannot be scheduled', async () => {
    const clients = await cluster({ nodes: { kvm: false } });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients), run, tuning);
    assert.equal(outcome.result, 'failed');
    const verdict = outcome.attempts[0]!.verdict;
    assert.match(verdict.explanation, /ErrorUnschedulable/);
    assert.match(verdict.causes.join(' '), /emulation/i);
    assert.ok(
      run.warnings.some((line) => /devices\.kubevirt\.io\/kvm/.test(line)),
      'the pre-flight warned',
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('refuses to start when the ImageVolume gate hides pull errors, saying how to disable it', async () => {
    const clients = await cluster({ kubevirt: { version: 'v1.9.0' } });
    const run = hooks(clients);
    await assert.rejects(
      runCheck(configFor(clients), run, tuning),
      /ImageVolume feature gate is on.*disabledFeatureGates/s,
    );
    assert.equal(run.created.length, 0, 'nothing was created');
    assert.deepEqual(await leftovers(clients), []);
  });

  it('tags what stopped it as pre-flight, and keeps the original message and error', async () => {
    const clients = await cluster({ kubevirt: { version: 'v1.9.0' } });
    const error: unknown = await runCheck(configFor(clients), hooks(clients), tuning).then(
      () => assert.fail('the pre-flight let a cluster with the ImageVolume gate through'),
      (rejection: unknown) => rejection,
    );
    assert.ok(error instanceof CheckStoppedError, String(error));
    assert.equal(error.stage, 'pre-flight');
    assert.deepEqual(error.attempts, []);
    assert.match(error.message, /^The expected path needs ErrImagePull\/ImagePullBackOff/);
    assert.ok(error.cause instanceof Error && error.cause.message === error.message);
    const { diagnostics, ...outcome } = stoppedOutcome(error, 'setup', 1234.4);
    assert.deepEqual(outcome, {
      result: 'failed',
      attempts: [],
      durationMs: 1234,
      error: { stage: 'pre-flight', message: error.message },
    });
    assert.ok(diagnostics?.files.some((file) => file.name === 'kubevirt.yaml'));
    assert.deepEqual(stoppedOutcome(new Error('kind create cluster failed'), 'setup', 5).error, {
      stage: 'setup',
      message: 'kind create cluster failed',
    });
  });

  it('hands over the attempts that completed when the run breaks, and still cleans up', async () => {
    // Attempt 1 fails as a timing flake (the VM's states are coalesced); creating the VM of
    // attempt 2 is refused for good (403: no retry can help).
    const clients = await cluster({
      errImagePullDwellMs: 1,
      vmStatusLagMs: 200,
      coalesceChance: () => 1,
    });
    const run = hooks(clients);
    const error: unknown = await runCheck(
      configFor(clients, { timeout: TIMED_OUT_ATTEMPT }),
      {
        ...run,
        log: (line) => {
          run.logs.push(line);
          if (/trying again on a fresh VM/.test(line)) {
            clients.sim.faults.inject({
              match: { method: 'POST', resource: 'virtualmachines' },
              respond: 403,
              times: 1,
            });
          }
        },
      },
      tuning,
    ).then(
      () => assert.fail('the run went on without its second VM'),
      (rejection: unknown) => rejection,
    );
    assert.ok(error instanceof CheckStoppedError, String(error));
    assert.equal(error.stage, 'run');
    assert.match(error.message, /^Cannot create VirtualMachine "[^"]+\/transition-check-2-/);
    assert.equal(error.attempts.length, 1);
    assert.notEqual(error.attempts[0]!.verdict.result, 'passed');
    assert.ok(run.groups.includes('Cleaning up'));
    assert.deepEqual(await leftovers(clients), []);
  });

  it('is inconclusive when the timeout comes first, and still cleans up', async () => {
    // At the real kubelet's pace the first ErrImagePull reaches the VM 10-16 s after the first
    // pull: a 1 s timeout ends first.
    const clients = await cluster({ timeScale: 1 });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { timeout: '1s' }), run, tuning);
    assert.equal(outcome.result, 'inconclusive');
    assert.equal(outcome.attempts.length, 1, 'a plain timeout is not retried');
    assert.ok(
      run.logs.includes(
        "Not retrying: the attempt timed out, and a fresh VM would wait for the same back-off; more time (the 'timeout' input) helps only if the path was still progressing (see the cause).",
      ),
      run.logs.join('\n'),
    );
    // The verdict is a log line: the report makes the check's one annotation.
    assert.ok(!run.warnings.some((line) => /^Attempt \d/.test(line)), run.warnings.join('\n'));
    assert.deepEqual(await leftovers(clients), []);
  });

  it('is flaky when the first attempt lost a state to virt-controller and the second passed', async () => {
    // virt-controller coalesces every short VM state of the first VM only: the pod saw them.
    // A 1 ms ErrImagePull is always replaced long before a 200 ms mirror runs, so the first
    // attempt never sees even the first ErrImagePull (Event counts prove only re-entries).
    const clients = await cluster({
      errImagePullDwellMs: 1,
      vmStatusLagMs: 200,
      coalesceChance: (vm) => (/-1-[a-z0-9]+$/.test(vm) ? 1 : 0),
    });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { timeout: TIMED_OUT_ATTEMPT }), run, tuning);
    assert.equal(
      outcome.result,
      'flaky',
      outcome.attempts.map((a) => a.verdict.explanation).join('\n'),
    );
    assert.equal(outcome.attempts.length, 2);
    assert.notEqual(outcome.attempts[0]!.verdict.result, 'passed');
    assert.equal(outcome.attempts[1]!.verdict.result, 'passed');
    assert.ok(run.logs.some((line) => /may be timing, so trying again on a fresh VM/.test(line)));
    assert.ok(
      !outcome.attempts[0]!.verdict.observedPath.includes('ErrImagePull'),
      'the VM never showed ErrImagePull',
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('keeps a failed run for debugging with cleanup: on-success, and says how to delete it', async () => {
    const clients = await cluster();
    const run = hooks(clients);
    const outcome = await runCheck(
      configFor(clients, { image: 'quay.io/containerdisks/fedora:latest', cleanup: 'on-success' }),
      run,
      tuning,
    );
    assert.equal(outcome.result, 'failed');
    const left = await leftovers(clients);
    assert.ok(
      left.some((item) => item.startsWith('vm ')) &&
        left.some((item) => item.startsWith('namespace ')),
      left.join(),
    );
    assert.ok(
      run.logs.some((line) =>
        /kubectl delete vm -n \S+ -l kubevirt-transition-check\/run=\S+/.test(line),
      ),
    );
  });

  it('uses a given namespace and deletes only its own VMs there', async () => {
    const clients = await cluster();
    await clients.core.createNamespace({ body: { metadata: { name: 'mine' } } });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { namespace: 'mine' }), run, tuning);
    assert.equal(outcome.result, 'passed');
    assert.equal(run.created[0]?.generatedNamespace, false);
    assert.deepEqual(await leftovers(clients), []);
    await clients.core.readNamespace({ name: 'mine' });
  });

  it('runs a VirtualMachine from vm-manifest, with its own image in the default message check', async () => {
    const clients = await cluster();
    const manifest = join(temp, 'vm.yaml');
    writeFileSync(
      manifest,
      [
        'apiVersion: kubevirt.io/v1',
        'kind: VirtualMachine',
        'metadata: { name: from-file }',
        'spec:',
        '  runStrategy: Always',
        '  template:',
        '    spec:',
        '      domain: { devices: {}, resources: { requests: { memory: 64Mi } } }',
        '      volumes:',
        '        - name: root',
        '          containerDisk: { image: "quay.io/acme/no-such-disk:v2" }',
      ].join('\n'),
    );
    const outcome = await runCheck(
      configFor(clients, { 'vm-manifest': manifest }),
      hooks(clients),
      tuning,
    );
    assert.equal(outcome.result, 'passed', outcome.attempts[0]?.verdict.explanation);
    assert.match(
      outcome.attempts[0]!.verdict.message?.matched?.text ?? '',
      /quay\.io\/acme\/no-such-disk:v2/,
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('stops waiting when cancelled and cleans up all the same', async () => {
    // Cancelled at the VM's first ErrImagePull: three steps of the path are still to come.
    const clients = await cluster();
    const cancel = new AbortController();
    const run = hooks(clients, { signal: cancel.signal });
    const running = runCheck(
      configFor(clients),
      {
        ...run,
        log: (line) => {
          run.logs.push(line);
          if (/vm ErrImagePull/.test(line)) cancel.abort();
        },
      },
      tuning,
    );
    await assert.rejects(running, /cancelled/);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('names an unreachable API server and creates nothing', async () => {
    const clients = await cluster();
    const kubeconfig = join(temp, 'unreachable.kubeconfig');
    writeFileSync(kubeconfig, clients.sim.kubeconfig);
    const config = configFor(clients, { kubeconfig });
    await clients.sim.close();
    const run = hooks(clients);
    // A refused connection is retried (the server may be restarting), within the pre-flight's bound.
    const started = performance.now();
    await assert.rejects(
      runCheck(config, run, { ...faultTuning, preflightTimeoutMs: 3_000 }),
      /Cannot reach the Kubernetes API server http:\/\/127\.0\.0\.1:\d+ \(kubeconfig .*unreachable\.kubeconfig\): The connection to the server .* was refused/,
    );
    assert.equal(run.created.length, 0);
    const bound = 3_000 + LIMITS.requests.requestTimeoutMs + 1_000;
    assert.ok(performance.now() - started < bound, 'within the pre-flight bound');
  });

  it('names a kubeconfig that does not exist', async () => {
    const clients = await cluster();
    const config = configFor(clients, { kubeconfig: join(temp, 'nope.kubeconfig') });
    await assert.rejects(
      runCheck(config, hooks(clients), tuning),
      /'kubeconfig' input names '.*nope\.kubeconfig', which does not exist/,
    );
  });
});

// Run after the tests above, not beside them: their timing must not suffer from these faults.
describe('runCheck under API faults', { concurrency: true }, () => {
  it('runs polled, with a warning, when RBAC denies watch but allows get and list', async () => {
    const deny = ['virtualmachines', 'virtualmachineinstances', 'pods', 'events'].map(
      (resource) => ({ verb: 'watch', resource }),
    );
    const clients = await cluster({ rbac: { deny } });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { timeout: '20s' }), run, faultTuning);
    assert.ok(
      run.warnings.some((line) => /may not watch .*the check polls them instead/.test(line)),
      run.warnings.join('\n'),
    );
    // Polled every 100 ms, a short state can be missed: passed or an honest failure, never "could not run".
    assert.ok(['passed', 'flaky', 'failed'].includes(outcome.result), outcome.result);
    const seenBy = new Set(
      outcome.attempts.flatMap((attempt) =>
        attempt.timeline.entries.flatMap((entry) => (entry.kind === 'state' ? [entry.seenBy] : [])),
      ),
    );
    assert.ok(!seenBy.has('watch'), `nothing was watched: ${[...seenBy].join(', ')}`);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('never passes on a VM that someone else deleted and created again under the same name', async () => {
    const clients = await cluster();
    const VM = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' };
    let replaced: Promise<string> | undefined;
    const run = hooks(clients, {
      log: (line) => {
        run.logs.push(line);
        const created = /^Created VirtualMachine ([^/\s]+)\/(\S+) /.exec(line);
        if (!created || replaced) return;
        const [, namespace, name] = created as unknown as [string, string, string];
        // Someone else: the same name, the same labels and spec, a new object (a new uid).
        replaced = (async () => {
          const own = (await clients.custom.getNamespacedCustomObject({
            ...VM,
            namespace,
            name,
          })) as {
            metadata: { labels?: Record<string, string>; uid: string };
            spec: unknown;
          };
          await clients.custom.deleteNamespacedCustomObject({ ...VM, namespace, name });
          // Gone once virt-controller removed its finalizer.
          for (;;) {
            const gone = await clients.custom
              .getNamespacedCustomObject({ ...VM, namespace, name })
              .then(
                () => false,
                () => true,
              );
            if (gone) break;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          await clients.custom.createNamespacedCustomObject({
            ...VM,
            namespace,
            body: {
              apiVersion: 'kubevirt.io/v1',
              kind: 'VirtualMachine',
              metadata: { name, labels: own.metadata.labels },
              spec: own.spec,
            },
          });
          return own.metadata.uid;
        })();
      },
    });
    const outcome = await runCheck(configFor(clients, { timeout: '20s' }), run, faultTuning);
    const uid = await replaced;
    assert.notEqual(outcome.result, 'passed');
    assert.equal(outcome.attempts.length, 1, 'not retried: a fresh VM would not help');
    const verdict = outcome.attempts[0]!.verdict;
    assert.equal(verdict.result, 'failed');
    assert.ok(verdict.diagnosis?.includes('vm-not-ours'), verdict.diagnosis?.join());
    assert.ok(
      verdict.causes.some(
        (cause) =>
          cause.includes(`(uid ${uid}) was deleted at `) && cause.includes('and not by this check'),
      ),
      verdict.causes.join('\n'),
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('passes by polling, or says the watch was silent, when the VM watch is answered but never delivers', async () => {
    const clients = await cluster();
    clients.sim.faults.spoilWatches({ resource: 'virtualmachines', mode: 'buffer' });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { timeout: '30s' }), run, faultTuning);
    const said = outcome.attempts
      .flatMap((attempt) => [attempt.verdict.explanation, ...attempt.verdict.causes])
      .join('\n');
    assert.doesNotMatch(said, /coalesce/);
    assert.ok(
      outcome.result === 'passed' || /answered but stayed silent/.test(said),
      `${outcome.result}: ${said}`,
    );
    const silent = outcome.attempts[0]!.timeline.entries.filter(
      (entry) => entry.kind === 'gap' && entry.cause === 'silent',
    );
    assert.ok(silent.length > 0, 'the silent watch is a gap in the timeline');
    assert.ok(
      run.warnings.some((line) => /virtualmachines: .*answered but delivered nothing/.test(line)),
      run.warnings.join('\n'),
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('creates through a 429 with Retry-After on the namespace, a 503 and a reset on the VM', async () => {
    const clients = await cluster();
    const faults = clients.sim.faults;
    faults.inject({
      match: { method: 'POST', resource: 'namespaces' },
      respond: 429,
      retryAfterSeconds: 1,
      times: 1,
    });
    faults.inject({
      match: { method: 'POST', resource: 'virtualmachines' },
      respond: 503,
      times: 1,
    });
    faults.inject({
      match: { method: 'POST', resource: 'virtualmachines' },
      respond: 'reset',
      times: 1,
    });
    const started = performance.now();
    const outcome = await runCheck(
      configFor(clients, { timeout: '20s' }),
      hooks(clients),
      faultTuning,
    );
    const elapsed = performance.now() - started;
    assert.equal(outcome.result, 'passed', outcome.attempts[0]?.verdict.explanation);
    const creates = clients.sim.requests.filter(
      (entry) => entry.method === 'POST' && /namespaces|virtualmachines/.test(entry.resource ?? ''),
    );
    assert.deepEqual(
      creates.map((entry) => `${entry.resource} ${entry.fault ?? entry.status}`),
      [
        'namespaces 429',
        'namespaces 201',
        'virtualmachines 503',
        'virtualmachines reset',
        'virtualmachines 201',
      ],
    );
    assert.ok(elapsed < stepBoundMs(20_000), `within the step's bound (${Math.round(elapsed)}ms)`);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('retries a VM create that got no answer in time, and then waits what is left of the timeout', async () => {
    const clients = await cluster();
    clients.sim.faults.inject({
      match: { method: 'POST', resource: 'virtualmachines' },
      delayMs: 4_000,
      times: 1,
    });
    const run = hooks(clients);
    const outcome = await runCheck(configFor(clients, { timeout: '20s' }), run, faultTuning);
    assert.equal(outcome.result, 'passed', outcome.attempts[0]?.verdict.explanation);
    assert.equal(outcome.attempts.length, 1);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('cleans up through a 500, two 429s and an API server outage, and says so only when all is gone', async () => {
    const clients = await cluster();
    const faults = clients.sim.faults;
    const run = hooks(clients);
    const { heard, hooks: struck } = strikingCleanup(run, () => {
      faults.inject({
        match: { method: 'DELETE', resource: 'virtualmachines' },
        respond: 500,
        times: 1,
      });
      faults.inject({
        match: { method: 'GET', resource: 'virtualmachineinstances' },
        respond: 429,
        retryAfterSeconds: 0,
        times: 2,
      });
      faults.inject({
        match: { method: 'DELETE', resource: 'namespaces' },
        respond: 'reset',
        times: 1,
      });
      // Down while the VMs are being deleted: every request is refused meanwhile.
      void faults.restart({ downMs: 500 });
    });
    const outcome = await runCheck(configFor(clients), struck, faultTuning);
    assert.equal(outcome.result, 'passed');
    assert.equal(outcome.leftovers, undefined, JSON.stringify(outcome.leftovers));
    assert.deepEqual(heard, [undefined], 'told that nothing is left');
    assert.ok(run.logs.some((line) => /^Deleted namespace \S+ and everything in it\.$/.test(line)));
    assert.deepEqual(
      run.warnings.filter((line) => /Cleanup/.test(line)),
      [],
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('names the finalizer that keeps a VM, and the fix, instead of only timing out on the namespace', async () => {
    const clients = await cluster();
    const VM = { group: 'kubevirt.io', version: 'v1', plural: 'virtualmachines' };
    const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);
    const run = hooks(clients);
    let vm: { namespace: string; name: string } | undefined;
    const { hooks: struck } = strikingCleanup(run, () => {});
    const holding: RunHooks = {
      ...struck,
      log: (line) => {
        run.logs.push(line);
        const created = /^Created VirtualMachine ([^/\s]+)\/(\S+) /.exec(line);
        if (created) vm = { namespace: created[1]!, name: created[2]! };
      },
      group: async (title, work) => {
        if (title === 'Cleaning up' && vm) {
          // Someone's controller put its finalizer on the VM, and does not run.
          const own = (await clients.custom.getNamespacedCustomObject({ ...VM, ...vm })) as {
            metadata: { finalizers?: string[] };
          };
          await clients.custom.patchNamespacedCustomObject(
            {
              ...VM,
              ...vm,
              body: {
                metadata: { finalizers: [...(own.metadata.finalizers ?? []), 'example.com/hold'] },
              },
            },
            merge,
          );
        }
        return struck.group(title, work);
      },
    };
    const outcome = await runCheck(configFor(clients), holding, shortCleanupTuning);
    const left = outcome.leftovers;
    assert.ok(left && vm, 'something is left');
    assert.match(
      left.why,
      new RegExp(
        `VirtualMachine ${vm.name} is being deleted but its finalizer example\\.com/hold keeps it \\(and the namespace, which waits for it\\): only the controller that set it removes it`,
      ),
    );
    assert.ok(
      left.command.startsWith(
        `kubectl patch vm -n ${vm.namespace} ${vm.name} --type=merge -p '{"metadata":{"finalizers":null}}' && kubectl delete vm -n ${vm.namespace}`,
      ),
      left.command,
    );
    // Leave nothing: what the advice says.
    await clients.custom.patchNamespacedCustomObject(
      { ...VM, ...vm, body: { metadata: { finalizers: null } } },
      merge,
    );
  });

  it('reports what cleanup could not remove, why, and the kubectl that removes it', async () => {
    const clients = await cluster();
    const faults = clients.sim.faults;
    const run = hooks(clients);
    let cleanupStarted = 0;
    const { heard, hooks: struck } = strikingCleanup(run, () => {
      cleanupStarted = performance.now();
      for (const resource of ['virtualmachines', 'namespaces']) {
        faults.inject({
          match: { method: 'DELETE', resource },
          respond: 500,
          message: 'etcdserver: request timed out',
        });
      }
    });
    const outcome = await runCheck(configFor(clients), struck, shortCleanupTuning);
    const cleanupMs = performance.now() - cleanupStarted;
    assert.equal(outcome.result, 'passed', 'the verdict stands');
    const left = outcome.leftovers;
    assert.ok(left, 'the outcome says what is left');
    const namespace = run.created[0]!.namespace;
    assert.equal(
      left.what,
      `namespace ${namespace} with the VMs labelled kubevirt-transition-check/run=${run.created[0]!.runId}`,
    );
    assert.match(
      left.why,
      /^Could not delete namespace "[^"]+": Error from server \(InternalError\): etcdserver: request timed out$/,
    );
    assert.equal(
      left.command,
      `kubectl delete vm -n ${namespace} -l kubevirt-transition-check/run=${run.created[0]!.runId} && kubectl delete namespace ${namespace}`,
    );
    assert.deepEqual(heard, [left], 'the action is told, so that the post step tries again');
    assert.ok(
      run.warnings.some(
        (line) =>
          line.startsWith(`Cleanup could not remove namespace ${namespace}`) &&
          line.includes(left.command),
      ),
      run.warnings.join('\n'),
    );
    assert.ok(!run.logs.some((line) => /^Deleted/.test(line)), 'no claim that it was deleted');
    assert.ok(
      cleanupMs < SHORT_CLEANUP_MS + LIMITS.requests.requestTimeoutMs + 1_000,
      `cleanup bounded (${Math.round(cleanupMs)}ms)`,
    );
    assert.notDeepEqual(await leftovers(clients), []);
    // What the post step does with the saved resources, once the API server behaves again.
    faults.clear();
    assert.equal(
      await removeRun(
        loadKubeConfig(clients.sim.kubeconfigPath),
        run.created[0]!,
        budget(10_000, LIMITS.requests),
      ),
      undefined,
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('ends within timeout + cleanup bound when VM creates and deletes get no answer, naming what hung', async () => {
    const clients = await cluster();
    const faults = clients.sim.faults;
    // Held longer than any deadline: the VM create, then every delete of the cleanup.
    faults.inject({ match: { method: 'POST', resource: 'virtualmachines' }, delayMs: 8_000 });
    faults.inject({ match: { method: 'DELETE' }, delayMs: 8_000 });
    const run = hooks(clients);
    const started = performance.now();
    const error: unknown = await runCheck(
      configFor(clients, { timeout: '1s' }),
      run,
      shortCleanupTuning,
    ).then(
      () => assert.fail('the run went on without its VM'),
      (rejection: unknown) => rejection,
    );
    const elapsed = performance.now() - started;
    assert.ok(error instanceof CheckStoppedError, String(error));
    assert.match(
      error.message,
      /^Cannot create VirtualMachine "[^"]+": the API server did not answer POST \/apis\/kubevirt\.io\/v1\/namespaces\/[^/]+\/virtualmachines within [\d.]+ ?m?s/,
    );
    assert.match(
      error.leftovers?.why ?? '',
      /did not answer DELETE \/api\/v1\/namespaces\/\S+ within [\d.]+ ?m?s/,
    );
    assert.ok(
      elapsed < stepBoundMs(1_000, SHORT_CLEANUP_MS),
      `within the step's bound (${Math.round(elapsed)}ms)`,
    );
    faults.clear();
    const resources = run.created[0]!;
    await removeRun(
      loadKubeConfig(clients.sim.kubeconfigPath),
      resources,
      budget(10_000, LIMITS.requests),
    );
    assert.deepEqual(await leftovers(clients), []);
  });
});
