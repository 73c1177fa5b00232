// The action as GitHub runs it: src/main.ts and src/post.ts in their own processes, with INPUT_*
// variables and the runner's files, against the simulator in this process. Cancel (SIGINT) and a
// killed main step (SIGKILL, then the post step) must leave nothing behind.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { runner, runStep } from './support/action-step.ts';
import { simulatorsClosedAfter } from './sim/helpers.ts';
import { FakeGitHub } from './support/github-api.ts';
import { assertDiagnosticsFolder } from './support/diagnostics.ts';
import { leftovers } from './support/leftovers.ts';

const cluster = simulatorsClosedAfter({ timeScale: 0.02 });

/** A credential in the kubeconfig: it must appear nowhere the action writes. */
const SECRET = 'sha256~KUBECONFIG-SECRET-42';

describe('the action', { concurrency: true }, () => {
  it('passes, sets every output, writes the summary, and the post step has nothing left to do', async () => {
    const clients = await cluster();
    const github = runner(clients);
    const main = runStep('src/main.ts', github.env);
    assert.equal(await main.exited, 0, main.output);
    const outputs = github.outputs();
    assert.equal(outputs.result, 'passed');
    assert.equal(outputs['attempts-used'], '1');
    assert.match(
      outputs['observed-path'] ?? '',
      /ErrImagePull -> ImagePullBackOff -> ErrImagePull -> ImagePullBackOff/,
    );
    const document = JSON.parse(readFileSync(outputs['timeline-path']!, 'utf8')) as {
      schemaVersion: number;
    };
    assert.equal(document.schemaVersion, 2);
    assert.equal(outputs['diagnostics-path'], '', 'a passed check collects no diagnostics');
    assert.match(readFileSync(github.files.GITHUB_STEP_SUMMARY, 'utf8'), /```mermaid\ngantt/);
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.doesNotMatch(post.output, /did not finish its cleanup/);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('writes the diagnostics of a failed check next to the timeline, before the cleanup', async () => {
    const clients = await cluster();
    const github = runner(clients, {
      image: 'quay.io/containerdisks/fedora:latest',
      attempts: '1',
    });
    const main = runStep('src/main.ts', github.env);
    assert.equal(await main.exited, 1, main.output);
    const outputs = github.outputs();
    assert.equal(outputs.result, 'failed');
    const folder = outputs['diagnostics-path']!;
    assert.equal(dirname(folder), dirname(outputs['timeline-path']!));
    // The run's VM, read before the cleanup; Starting or Running, whichever the verdict came
    // before (the pod's pulled image can decide it before the VM shows Running).
    assert.match(
      assertDiagnosticsFolder(folder),
      /image: quay\.io\/containerdisks\/fedora:latest\n[\s\S]*printableStatus: (Starting|Running)\n/,
    );
    assert.deepEqual(await leftovers(clients), []);
  });

  it('fails the step naming a bad input, and creates nothing', async () => {
    const clients = await cluster();
    const main = runStep(
      'src/main.ts',
      runner(clients, { 'expected-path': 'ErrImagePull ->' }).env,
    );
    assert.equal(await main.exited, 1);
    assert.match(main.output, /::error::Invalid input 'expected-path'/);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('reports a check the pre-flight refused (ImageVolume on, KubeVirt 1.9) and fails the step with its message', async () => {
    const clients = await cluster({ kubevirt: { version: 'v1.9.0' } });
    const github = await new FakeGitHub('acme/kubevirt').start();
    try {
      const token = 'ghs_nightly_token_0000000000000000000000';
      github.addToken(token);
      const step = runner(clients, {
        'github-token': token,
        'issue-on-failure': 'true',
        'check-name': 'nightly',
      });
      const event = join(step.env.RUNNER_TEMP!, 'event.json');
      writeFileSync(event, JSON.stringify({ schedule: '17 3 * * *' }));
      Object.assign(step.env, {
        GITHUB_REPOSITORY: 'acme/kubevirt',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: event,
        GITHUB_API_URL: github.url,
      });
      const main = runStep('src/main.ts', step.env);
      assert.equal(await main.exited, 1, main.output);
      // One error annotation, the report's; the step fails without a second one.
      const errors = main.output.split('\n').filter((line) => line.startsWith('::error'));
      assert.equal(errors.length, 1, main.output);
      assert.match(
        errors[0]!,
        /^::error title=KubeVirt transition check "nightly"%3A failed::The check could not run: it stopped in the pre-flight checks\.%0AThe expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on/,
      );
      assert.match(main.output, /^The expected path needs ErrImagePull\/ImagePullBackOff/m);
      assert.deepEqual(
        main.output.split('\n').filter((line) => line.includes(token)),
        [`::add-mask::${token}`],
        'the token is masked once, and printed nowhere else',
      );

      const outputs = step.outputs();
      assert.equal(outputs.result, 'failed');
      assert.equal(outputs['attempts-used'], '0');
      assert.match(
        outputs.explanation ?? '',
        /^The check could not run: it stopped in the pre-flight checks\./,
      );
      assert.ok(existsSync(outputs['junit-path']!) && existsSync(outputs['timeline-path']!));
      assert.match(
        readFileSync(outputs['junit-path']!, 'utf8'),
        /name="could not run: pre-flight"/,
      );
      const document = JSON.parse(readFileSync(outputs['timeline-path']!, 'utf8')) as {
        error?: { stage: string; message: string };
      };
      assert.equal(document.error?.stage, 'pre-flight');
      assert.match(document.error?.message ?? '', /ImageVolume feature gate is on/);
      const diagnostics = readdirSync(outputs['diagnostics-path']!);
      assert.ok(diagnostics.includes('kubevirt.yaml'), diagnostics.join(', '));
      assert.ok(diagnostics.some((name) => name.startsWith('virt-operator-')));
      const summary = readFileSync(step.files.GITHUB_STEP_SUMMARY, 'utf8');
      assert.match(
        summary,
        /^## ❌ KubeVirt transition check <code>nightly<\/code>: could not run/,
      );
      assert.match(summary, /\n\nThe expected path needs .*ImageVolume feature gate is on/);

      const issues = github.issues.filter((issue) => !issue.pullRequest);
      assert.equal(issues.length, 1, 'the nightly issue was opened');
      assert.match(issues[0]!.body, /Stopped in the pre-flight checks/);
      assert.deepEqual(await leftovers(clients), []);
      const post = runStep('src/post.ts', step.postEnv());
      assert.equal(await post.exited, 0, post.output);
    } finally {
      await github.close();
    }
  });

  for (const [secretIn, kubeconfigWith, expected] of [
    [
      "an exec credential plugin's output",
      (kubeconfig: string) =>
        kubeconfig.replace(
          '    user: {}',
          [
            '    user:',
            '      exec:',
            '        apiVersion: client.authentication.k8s.io/v1',
            `        command: ${JSON.stringify(process.execPath)}`,
            `        args: ["-e", ${JSON.stringify(`process.stderr.write('token ${SECRET} expired'); process.exit(1)`)}]`,
            '        interactiveMode: Never',
          ].join('\n'),
        ),
      /exec credential plugin '.*' exited with code 1; its output is not shown/,
    ],
    [
      "a server URL's credentials",
      (kubeconfig: string) => kubeconfig.replace('http://', `http://admin:${SECRET}@`),
      /the server URL of cluster ".*" \(http:\/\/\*\*\*@127\.0\.0\.1:\d+\) holds credentials/,
    ],
  ] as const) {
    it(`never shows ${secretIn}: not in the log, the outputs, the summary or any file`, async () => {
      const clients = await cluster();
      const step = runner(clients);
      const kubeconfig = join(step.env.RUNNER_TEMP!, 'kubeconfig');
      writeFileSync(kubeconfig, kubeconfigWith(clients.sim.kubeconfig), { mode: 0o600 });
      step.env.INPUT_KUBECONFIG = kubeconfig;
      const main = runStep('src/main.ts', step.env);
      assert.equal(await main.exited, 1, main.output);
      const outputs = step.outputs();
      assert.equal(outputs.result, 'failed');
      assert.match(outputs.explanation ?? '', expected);
      const written = [
        main.output,
        readFileSync(step.files.GITHUB_OUTPUT, 'utf8'),
        readFileSync(step.files.GITHUB_STEP_SUMMARY, 'utf8'),
        ...['junit-path', 'timeline-path', 'comment-path']
          .map((name) => outputs[name])
          .filter((path): path is string => Boolean(path) && existsSync(path!))
          .map((path) => readFileSync(path, 'utf8')),
      ];
      assert.ok(written.length >= 5, 'the report files were written');
      for (const text of written) assert.ok(!text.includes(SECRET), `leaked in: ${text}`);
      assert.deepEqual(await leftovers(clients), []);
    });
  }

  it('exits soon after its work even when a watch request the server never answers stays open', async () => {
    const clients = await cluster();
    // client-node cannot abort a watch request before its answer; it lets go after 30 s.
    clients.sim.faults.inject({
      match: { resource: 'virtualmachines', watch: true },
      delayMs: 60_000,
    });
    const step = runner(clients, { timeout: '1s', attempts: '1' });
    const main = runStep('src/main.ts', step.env);
    let reportedAt = 0;
    void main.logged(/Wrote the timeline JSON/).then(() => (reportedAt = performance.now()));
    await main.exited;
    const lingeredMs = performance.now() - reportedAt;
    assert.ok(reportedAt > 0, main.output);
    assert.match(main.output, /^Exiting: a connection was still open 3 s after the work ended/m);
    assert.ok(lingeredMs < 15_000, `exited ${Math.round(lingeredMs)} ms after reporting`);
    assert.match(step.outputs().result ?? '', /^(passed|inconclusive)$/, 'the result was set');
  });

  it('still fails with the original message when the report of a check that could not run fails', async () => {
    const clients = await cluster({ kubevirt: { version: 'v1.9.0' } });
    const step = runner(clients);
    // An output file that cannot be written to: setting the outputs throws.
    const unwritable = join(step.env.RUNNER_TEMP!, 'output-dir');
    mkdirSync(unwritable);
    const main = runStep('src/main.ts', { ...step.env, GITHUB_OUTPUT: unwritable });
    assert.equal(await main.exited, 1, main.output);
    assert.match(main.output, /^::warning::Could not report that the check could not run: /m);
    assert.match(
      main.output,
      /^::error::The expected path needs ErrImagePull\/ImagePullBackOff, but KubeVirt's ImageVolume feature gate is on/m,
    );
  });

  for (const moment of [
    /Created namespace/,
    /Created VirtualMachine/,
    /vm ErrImagePull \(watch\)/,
  ]) {
    it(`stops and cleans up when cancelled (SIGINT) at '${moment.source}'`, async () => {
      const clients = await cluster();
      const github = runner(clients);
      const main = runStep('src/main.ts', github.env);
      await main.logged(moment);
      main.child.kill('SIGINT');
      assert.equal(await main.exited, 1, main.output);
      assert.match(main.output, /::error::The check was cancelled/);
      assert.deepEqual(await leftovers(clients), [], main.output);
      const post = runStep('src/post.ts', github.postEnv());
      assert.equal(await post.exited, 0);
    });
  }

  it('says so when a second signal ends the step before its cleanup, and the post step cleans up', async () => {
    const clients = await cluster();
    const github = runner(clients);
    const main = runStep('src/main.ts', github.env);
    await main.logged(/Created VirtualMachine/);
    // As the runner does on cancel: SIGINT, then SIGTERM while the cleanup still runs.
    main.child.kill('SIGINT');
    main.child.kill('SIGTERM');
    assert.equal(await main.exited, 1, main.output);
    assert.match(
      main.output,
      /^::error::Received SIGTERM again: exiting before the cleanup finished; the post step removes what this run created\.$/m,
    );
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.deepEqual(await leftovers(clients), [], post.output);
  });

  it('stops and cleans up when cancelled at a random moment', async () => {
    // A random line of the step's log (of about 60) marks the moment: no timer decides it.
    const clients = await cluster();
    const github = runner(clients);
    const main = runStep('src/main.ts', github.env);
    const lines = 1 + Math.floor(Math.random() * 50);
    await Promise.race([main.logged(new RegExp(`^(?:.*\\n){${lines}}`)), main.exited]);
    main.child.kill('SIGINT');
    const code = await main.exited;
    const moment = `SIGINT after log line ${lines}`;
    assert.ok(code === 0 || code === 1, `exit ${code} (${moment}):\n${main.output}`);
    assert.deepEqual(await leftovers(clients), [], moment);
  });

  it('leaves what its cleanup could not remove to the post step, and warns in the summary', async () => {
    const clients = await cluster();
    const github = runner(clients);
    const main = runStep('src/main.ts', github.env);
    // Deletes refused for good (403) from the moment the check has its verdict.
    await main.logged(/Attempt 1: passed/);
    const refused = ['virtualmachines', 'namespaces'].map((resource) =>
      clients.sim.faults.inject({ match: { method: 'DELETE', resource }, respond: 403 }),
    );
    assert.equal(await main.exited, 0, main.output);
    assert.match(
      main.output,
      /^::warning::Cleanup could not remove namespace (\S+) with the VMs labelled \S+: Could not delete namespace "\1": Error from server \(Forbidden\): .*Remove it with: kubectl delete vm -n \1 -l \S+ && kubectl delete namespace \1$/m,
    );
    const summary = () => readFileSync(github.files.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(
      summary(),
      /> \[!WARNING\]\n> Cleanup could not remove namespace .*The post step tries again/,
    );
    assert.notDeepEqual(await leftovers(clients), []);

    // The post step while the deletes are still refused: a warning, in the summary too.
    const refusedPost = runStep('src/post.ts', github.postEnv());
    assert.equal(await refusedPost.exited, 0, refusedPost.output);
    assert.match(refusedPost.output, /^::warning::Cleanup could not remove namespace /m);
    assert.match(
      summary(),
      /The post step could not either; remove it with <code>kubectl delete vm -n /,
    );

    // Once the deletes are allowed, the post step removes everything.
    refused.forEach((fault) => fault.clear());
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.match(post.output, /did not finish its cleanup; removing what it created/);
    assert.match(post.output, /^Removed\.$/m);
    assert.deepEqual(await leftovers(clients), []);
  });

  it('leaves the cleanup to the post step when the main step is killed', async () => {
    const clients = await cluster();
    const github = runner(clients);
    const main = runStep('src/main.ts', github.env);
    await main.logged(/vm ImagePullBackOff \(watch\)/);
    main.child.kill('SIGKILL');
    await main.exited;
    assert.notDeepEqual(await leftovers(clients), [], 'the killed step left its VM behind');
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.match(post.output, /did not finish its cleanup; removing what it created/);
    assert.deepEqual(await leftovers(clients), []);
  });
});
