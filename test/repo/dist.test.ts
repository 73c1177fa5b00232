// The committed bundle (dist/, rebuilt by `npm run bundle`): one entry for the action's main step,
// its post step and the CLI, within a size budget, and each of the three still runs from it. Size
// is checked here because it is deterministic; start-up time and memory are bench/startup.ts's.
// The npm package (bin -> dist/index.js) is run end to end in test/repo/package.test.ts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runner, runStep } from '../support/action-step.ts';
import { simulatorsClosedAfter } from '../sim/helpers.ts';
import { leftovers } from '../support/leftovers.ts';

const run = promisify(execFile);
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const cluster = simulatorsClosedAfter({ timeScale: 0.02 });

/**
 * All of dist/ (entry, chunks, licenses.txt), in bytes. Measured 8.33 MB when set (9.8 MB with
 * client-node's generated CoreV1Api, CustomObjectsApi, VersionApi and AuthorizationV1Api, 65 MB
 * before that: three bundles, each with the whole generated API). Raise it only for code the
 * check needs, and say why in the commit: importing a generated API class again adds 1.5 MB,
 * a bundler change that brings all of them back 17 MB.
 */
export const DIST_BUDGET = 9_000_000;
/** dist/index.js, the file every step and the CLI parse first: a dispatcher, not the check. */
export const ENTRY_BUDGET = 64_000;

/** dist/'s files: the entry, its chunks (named by ncc's deterministic ids) and the licenses. */
function distFiles(): string[] {
  return readdirSync(dist).sort();
}

describe('dist/', () => {
  it('is one entry with its chunks, and no source maps (each map would be one huge line)', () => {
    const files = distFiles();
    assert.ok(files.includes('index.js'), 'dist/index.js: build it with `npm run bundle`');
    assert.deepEqual(
      files.filter(
        (file) => !/^(index\.js|\d+\.index\.js|licenses\.txt|package\.json)$/.test(file),
      ),
      [],
      'dist/ holds only what `npm run bundle` writes',
    );
  });

  it(`stays within its budget: ${DIST_BUDGET / 1e6} MB in all, ${ENTRY_BUDGET / 1e3} kB for the entry`, () => {
    const sizes = distFiles().map((file) => ({ file, bytes: statSync(`${dist}${file}`).size }));
    const total = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const largest = sizes
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 3)
      .map(({ file, bytes }) => `${file} ${(bytes / 1e6).toFixed(2)} MB`)
      .join(', ');
    assert.ok(
      total <= DIST_BUDGET,
      `dist/ is ${(total / 1e6).toFixed(2)} MB, over its budget of ${DIST_BUDGET / 1e6} MB (largest: ${largest})`,
    );
    const entry = statSync(`${dist}index.js`).size;
    assert.ok(entry <= ENTRY_BUDGET, `dist/index.js is ${entry} bytes, over ${ENTRY_BUDGET}`);
  });

  it("carries none of client-node's generated API classes, only its KubeConfig, Watch and fetch", () => {
    // The check sends its requests through src/util/kube-api.ts; a generated API class imported
    // anywhere brings its request factory, its Observable and Object wrappers and ObjectSerializer.
    const code = distFiles()
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(`${dist}${file}`, 'utf8'))
      .join('\n');
    for (const unused of [
      'StorageV1ApiRequestFactory',
      'ObservableAppsV1Api',
      'CoreV1ApiRequestFactory',
      'ObjectCustomObjectsApi',
      'ObservableVersionApi',
      'AuthorizationV1ApiRequestFactory',
      'ObjectSerializer',
    ])
      assert.ok(!code.includes(unused), `dist/ carries ${unused}`);
    for (const used of ['class KubeConfig', 'class Watch', 'class IsomorphicFetchHttpLibrary'])
      assert.ok(
        code.includes(used),
        `dist/ lacks ${used}: is the check above looking at the bundle?`,
      );
  });
});

describe('the bundle dist/index.js', { concurrency: true }, () => {
  it('runs the main step, then (told by the state it saved) the post step, which cleans up after a kill', async () => {
    const clients = await cluster();
    const step = runner(clients);
    const main = runStep('dist/index.js', step.env);
    await main.logged(/vm ImagePullBackOff \(watch\)/);
    main.child.kill('SIGKILL');
    await main.exited;
    assert.notDeepEqual(await leftovers(clients), [], 'the killed step left its VM behind');
    const post = runStep('dist/index.js', step.postEnv());
    assert.equal(await post.exited, 0, post.output);
    assert.match(post.output, /did not finish its cleanup; removing what it created/);
    assert.doesNotMatch(post.output, /Created namespace/, 'the post step ran the main step');
    assert.deepEqual(await leftovers(clients), []);
  });

  it('names a bad input as the main step, exit 1', async () => {
    const failed = await run(process.execPath, [`${dist}index.js`], {
      env: { PATH: process.env.PATH, 'INPUT_EXPECTED-PATH': '(((' },
    }).then(
      () => assert.fail('the main step passed with a broken expected-path'),
      (error: { code: number; stdout: string }) => error,
    );
    assert.equal(failed.code, 1);
    assert.match(failed.stdout, /^::error::Invalid input 'expected-path'/m);
  });

  it('is the CLI when imported (bin/kubevirt-transition-check.js), not the action', async () => {
    const bin = fileURLToPath(new URL('../../bin/kubevirt-transition-check.js', import.meta.url));
    const { stdout } = await run(process.execPath, [bin, 'run', '--help'], {
      env: { PATH: process.env.PATH },
    });
    assert.match(stdout, /^Usage: kubevirt-transition-check run \[flags\]/);
    assert.doesNotMatch(stdout, /::save-state|::error/);
  });
});
