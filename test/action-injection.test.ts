// A hostile cluster against the action as GitHub runs it (main and post in their own processes)
// and against the CLI: every string the cluster sets carries workflow commands and control
// characters, and no line of the output may be a command the action did not mean to emit.
// Fault tests: docs/reliability.md
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { cli } from '../src/cli.ts';
import { simulator, type Clients } from './sim/helpers.ts';
import { runner, runStep } from './support/action-step.ts';
import { MARK, injectHostileStrings, unmeantCommands } from './support/hostile.ts';

const NAMESPACE = 'hostile';
const opened: Clients[] = [];
after(() => Promise.all(opened.map((clients) => clients.sim.close())));

async function hostileCluster(): Promise<Clients> {
  // Slow enough that the hostile versions are written before the path completes.
  const clients = await simulator({ timeScale: 0.05 });
  opened.push(clients);
  await clients.core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
  return clients;
}

/** The output proves that hostile strings reached it, shown rather than obeyed. */
function assertShownNotObeyed(output: string, what: string): void {
  assert.deepEqual(unmeantCommands(output), [], `${what}:\n${output}`);
  assert.ok(output.includes(MARK), `${what} shows the cluster's strings:\n${output}`);
  // eslint-disable-next-line no-control-regex -- the point of the test
  assert.doesNotMatch(output, /\u001b|\u2028/, what);
}

describe('a cluster whose strings hold workflow commands', { concurrency: true }, () => {
  it('cannot command the runner through the main step or the post step', async (t) => {
    const clients = await hostileCluster();
    const github = runner(clients, { namespace: NAMESPACE, attempts: '1', timeout: '60s' });
    const main = runStep('src/main.ts', github.env);
    t.after(() => main.child.kill('SIGKILL'));
    await injectHostileStrings(clients, NAMESPACE);
    await main.logged(new RegExp(MARK));
    // Killed after the hostile strings were logged: the post step has VMs to remove, and the
    // cluster refuses, with a hostile message.
    main.child.kill('SIGKILL');
    await main.exited;
    assertShownNotObeyed(main.stdout, 'main stdout');
    assert.deepEqual(unmeantCommands(main.stderr), [], main.stderr);

    clients.sim.faults.inject({
      match: { verb: 'delete', resource: 'virtualmachines' },
      respond: 403,
      message: `denied\n::error title=${MARK}::x\n::stop-commands::${MARK}`,
    });
    const post = runStep('src/post.ts', github.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assertShownNotObeyed(post.stdout, 'post stdout');
    assert.deepEqual(unmeantCommands(post.stderr), [], post.stderr);
  });

  it('cannot command the runner through the main step that runs to its verdict', async (t) => {
    const clients = await hostileCluster();
    const github = runner(clients, { namespace: NAMESPACE, attempts: '1', timeout: '60s' });
    const main = runStep('src/main.ts', github.env);
    t.after(() => main.child.kill('SIGKILL'));
    await injectHostileStrings(clients, NAMESPACE);
    await main.exited;
    assertShownNotObeyed(main.stdout, 'main stdout');
    assert.match(main.stdout, /Attempt 1: \w+\. Observed/);
    assert.deepEqual(unmeantCommands(main.stderr), [], main.stderr);
  });

  for (const format of ['text', 'json']) {
    it(`cannot command a runner or drive a terminal through the CLI (-o ${format})`, async () => {
      const clients = await hostileCluster();
      let stdout = '';
      let stderr = '';
      const exit = cli(
        ['run', '--kubeconfig', clients.sim.kubeconfigPath, '--namespace', NAMESPACE].concat([
          '--attempts',
          '1',
          '--timeout',
          '60s',
          '-o',
          format,
        ]),
        { write: (text: string) => (stdout += text) },
        { write: (text: string) => (stderr += text) },
      );
      await injectHostileStrings(clients, NAMESPACE);
      await exit;
      assertShownNotObeyed(stderr, 'CLI stderr');
      assertShownNotObeyed(stdout, 'CLI stdout');
      if (format === 'json') assert.ok(JSON.parse(stdout));
    });
  }
});
