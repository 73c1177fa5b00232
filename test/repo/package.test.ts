// The package as a user gets it: `npm pack`, installed into an empty folder outside this
// repository (no node_modules to borrow, no network: everything it runs is bundled in dist/),
// then the installed command run as a CI job would, on the Node 24 the dev dependency brings.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startSimulator } from '../../src/sim/index.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
/** The Node 24 of the dev dependency, first on PATH, so the bin's `#!/usr/bin/env node` finds it. */
const nodeDirectory = dirname(process.execPath);

describe('the npm package', { concurrency: true }, () => {
  let folder = '';
  let command = '';
  /** What `npm pack` put in the tarball, as it reports it. */
  let packed: string[] = [];
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: `${nodeDirectory}:/usr/bin:/bin`,
    HOME: folder,
    ...extra,
  });

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'ktc-package-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', folder], {
      cwd: root,
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    const [tarball] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
    packed = tarball.files.map((file) => file.path).sort();
    const project = join(folder, 'project');
    await mkdir(project);
    await writeFile(join(project, 'package.json'), '{ "name": "user-project", "private": true }\n');
    await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-package-lock',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        join(folder, tarball.filename),
      ],
      { cwd: project, env: env({ npm_config_cache: join(folder, 'npm-cache') }) },
    );
    command = join(project, 'node_modules/.bin/kubevirt-transition-check');
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('is publishable: public, with provenance, from this repository', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      private?: boolean;
      license: string;
      publishConfig?: { access?: string; provenance?: boolean };
      repository?: { url?: string };
    };
    assert.equal(manifest.private, undefined, 'a private package cannot be published');
    assert.deepEqual(manifest.publishConfig, { access: 'public', provenance: true });
    // npm checks the provenance statement's repository against this URL.
    assert.equal(
      manifest.repository?.url,
      'git+https://github.com/kubevirt-transition-check/kubevirt-transition-check.git',
    );
    assert.equal(manifest.license, 'Apache-2.0');
    assert.match(
      await readFile(join(root, 'LICENSE'), 'utf8'),
      /^\s+Apache License\n\s+Version 2\.0, January 2004\n/,
    );
  });

  it('packs the licence, the README, the launcher and the bundle, and nothing else', () => {
    const outside = packed.filter((path) => !path.startsWith('dist/'));
    assert.deepEqual(outside, [
      'LICENSE',
      'README.md',
      'bin/kubevirt-transition-check.js',
      'package.json',
    ]);
    assert.ok(packed.includes('dist/index.js'));
    assert.ok(packed.includes('dist/licenses.txt'), "the bundled packages' licences");
    assert.deepEqual(
      packed.filter((path) => /\.(ts|map)$/.test(path)),
      [],
      'no sources, no source maps',
    );
  });

  it('holds the launcher and the bundle (the CLI is a chunk of it), not the sources', async () => {
    const installed = join(folder, 'project/node_modules/kubevirt-transition-check');
    const files = await readdir(installed, { recursive: true });
    assert.ok(files.includes('bin/kubevirt-transition-check.js'));
    assert.ok(files.includes('dist/index.js'));
    assert.deepEqual(
      files.filter((file) => /^(src|test|node_modules)\//.test(file)),
      [],
    );
  });

  it('run --help lists the flags', async () => {
    const { stdout } = await run(command, ['run', '--help'], { env: env() });
    assert.match(stdout, /^Usage: kubevirt-transition-check run \[flags\]/);
    assert.match(stdout, /^ {2}--expected-path VALUE$/m);
  });

  it('demo checks a VM on the simulator it brings', async () => {
    const { stdout } = await run(command, ['demo', '--time-scale', '0.02'], { env: env() });
    assert.match(stdout, /TIME\s+STATE\s+WITNESS/);
    assert.match(stdout.trimEnd().split('\n').at(-1)!, /^PASSED .*\(exit 0\)$/);
  });

  it('run with $ARTIFACTS writes junit_*.xml there, as Prow expects', async () => {
    const sim = await startSimulator({ timeScale: 0.02 });
    const artifacts = join(folder, 'artifacts');
    try {
      await run(
        command,
        [
          'run',
          '--kubeconfig',
          sim.kubeconfigPath,
          '--expected-path',
          'ErrImagePull -> ImagePullBackOff',
        ],
        { env: env({ ARTIFACTS: artifacts }) },
      );
    } finally {
      await sim.close();
    }
    const junit = (await readdir(artifacts)).filter((file) => /^junit_.*\.xml$/.test(file));
    assert.equal(junit.length, 1);
    assert.match(
      await readFile(join(artifacts, junit[0]!), 'utf8'),
      /<testsuite [^>]*failures="0"/,
    );
  });

  it('names the Node version it needs on an older Node, before loading the bundle', async () => {
    // Node 20 as the launcher sees it (a real one may be absent): process.versions.node says so.
    const older = `data:text/javascript,Object.defineProperty(process.versions,'node',{value:'20.19.0'})`;
    const failure = await run(process.execPath, ['--import', older, command, 'demo'], {
      env: env(),
    }).then(
      () => assert.fail('the CLI ran on what claimed to be Node 20'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 3);
    assert.match(
      failure.stderr,
      /^kubevirt-transition-check needs Node\.js 24 or newer; this is Node\.js 20\.19\.0/,
    );
    assert.doesNotMatch(failure.stderr, /at |Error/, 'a sentence, not a stack trace');
  });
});
