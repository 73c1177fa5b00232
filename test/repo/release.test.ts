// script/release.ts on temporary git repositories: what it writes, commits, tags and pushes, what
// it refuses, and the release notes the release workflow takes from CHANGELOG.md. The first
// release is cut from this repository's own CHANGELOG.md, package.json and package-lock.json.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { changelogSection, nextVersion, releaseChangelog } from '../../script/release.ts';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'script/release.ts');
const URL_ = 'https://github.com/kubevirt-transition-check/kubevirt-transition-check';
const folders: string[] = [];
after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const git = async (cwd: string, ...args: string[]) =>
  (await exec('git', args, { cwd })).stdout.trim();

/** A repository holding this one's release files, committed on main, with a bare `origin`. */
async function repository(): Promise<{ dir: string; origin: string }> {
  const base = await mkdtemp(join(tmpdir(), 'ktc-release-'));
  folders.push(base);
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  await exec('git', ['init', '--quiet', '--bare', origin]);
  await exec('git', ['init', '--quiet', '--initial-branch', 'main', dir]);
  await git(dir, 'config', 'user.email', 'release@example.invalid');
  await git(dir, 'config', 'user.name', 'Release Test');
  await git(dir, 'config', 'commit.gpgsign', 'false');
  await git(dir, 'config', 'tag.gpgsign', 'false');
  await git(dir, 'remote', 'add', 'origin', origin);
  for (const file of ['CHANGELOG.md', 'package.json', 'package-lock.json'])
    await copyFile(join(root, file), join(dir, file));
  await git(dir, 'add', '.');
  await git(dir, 'commit', '--quiet', '--message', 'Initial');
  return { dir, origin };
}

const release = (cwd: string, ...args: string[]) =>
  exec(process.execPath, [script, ...args], { cwd }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const json = async (dir: string, file: string) =>
  JSON.parse(await readFile(join(dir, file), 'utf8')) as {
    version: string;
    packages: Record<string, { version: string }>;
  };

describe('script/release.ts', () => {
  it('cuts 1.0.0 from this repository: changelog, versions, one commit, an annotated tag, pushed', async () => {
    const { dir, origin } = await repository();
    const before = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    const unreleased = before.slice(
      before.indexOf('## [Unreleased]\n') + 16,
      before.indexOf('\n[Unreleased]:'),
    );

    const result = await release(dir, 'major', '--date', '2026-12-07', '--push');
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /The latest release tag is \(none yet\); package\.json says 0\.1\.0\./,
    );
    assert.match(result.stdout, /Pushed main and v1\.0\.0 to origin/);

    const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^## \[Unreleased\]\n\n## \[1\.0\.0\] - 2026-12-07\n/m);
    assert.equal(changelogSection(changelog, '1.0.0'), `${unreleased.trim()}\n`);
    assert.match(
      changelog,
      new RegExp(`^\\[Unreleased\\]: ${URL_}/compare/v1\\.0\\.0\\.\\.\\.HEAD$`, 'm'),
    );
    assert.match(changelog, new RegExp(`^\\[1\\.0\\.0\\]: ${URL_}/releases/tag/v1\\.0\\.0$`, 'm'));
    assert.equal((await json(dir, 'package.json')).version, '1.0.0');
    const lock = await json(dir, 'package-lock.json');
    assert.equal(lock.version, '1.0.0');
    assert.equal(lock.packages['']!.version, '1.0.0');

    assert.equal(await git(dir, 'log', '-1', '--format=%s'), 'Release v1.0.0');
    assert.equal(await git(dir, 'status', '--porcelain'), '');
    assert.equal(await git(dir, 'cat-file', '-t', 'v1.0.0'), 'tag', 'annotated');
    assert.equal(
      await git(dir, 'rev-parse', 'v1.0.0^{commit}'),
      await git(dir, 'rev-parse', 'HEAD'),
    );
    assert.equal(await git(origin, 'rev-parse', 'main'), await git(dir, 'rev-parse', 'HEAD'));
    assert.equal(
      await git(origin, 'rev-parse', 'v1.0.0^{commit}'),
      await git(dir, 'rev-parse', 'HEAD'),
    );
    assert.equal(
      await git(dir, 'tag', '--list', 'v1'),
      '',
      'the major tag is the workflow’s to move',
    );

    // The release workflow's notes: the section, for the tag package.json names.
    const notes = await release(dir, 'notes', 'v1.0.0');
    assert.equal(notes.code, 0, notes.stderr);
    assert.equal(notes.stdout, `${unreleased.trim()}\n`);
    assert.match(
      (await release(dir, 'notes', 'v1.0.1')).stderr,
      /^error: The tag v1\.0\.1 is not package\.json's version \(1\.0\.0\)/,
    );
  });

  it('cuts the next release against the last one, and prints the push instead of pushing', async () => {
    const { dir, origin } = await repository();
    assert.equal((await release(dir, '1.0.0', '--date', '2026-12-07')).code, 0);
    const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    await writeFile(
      join(dir, 'CHANGELOG.md'),
      changelog.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A thing.\n'),
    );
    await git(dir, 'commit', '--quiet', '--all', '--message', 'Fix a thing');

    const result = await release(dir, 'patch', '--date', '2026-12-24');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /The latest release tag is v1\.0\.0/);
    assert.match(
      result.stdout,
      /git push --atomic origin HEAD:refs\/heads\/main refs\/tags\/v1\.0\.1$/m,
    );
    await assert.rejects(git(origin, 'rev-parse', 'v1.0.1'), 'not pushed without --push');

    const next = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    assert.equal(changelogSection(next, '1.0.1'), '### Fixed\n\n- A thing.\n');
    assert.match(next, /^## \[1\.0\.1\] - 2026-12-24\n[\s\S]*^## \[1\.0\.0\] - 2026-12-07\n/m);
    assert.match(
      next,
      new RegExp(
        `^\\[Unreleased\\]: ${URL_}/compare/v1\\.0\\.1\\.\\.\\.HEAD\\n\\[1\\.0\\.1\\]: ${URL_}/compare/v1\\.0\\.0\\.\\.\\.v1\\.0\\.1\\n\\[1\\.0\\.0\\]: `,
        'm',
      ),
    );
  });

  it('refuses a dirty tree, an empty Unreleased section, an old version or a bad one, changing nothing', async () => {
    const { dir } = await repository();
    const head = await git(dir, 'rev-parse', 'HEAD');
    const refusal = async (pattern: RegExp, ...args: string[]) => {
      const result = await release(dir, ...args);
      assert.equal(result.code, 1);
      assert.match(result.stderr, pattern);
    };

    await writeFile(join(dir, 'notes.txt'), 'draft\n');
    await refusal(
      /^error: The working tree has changes; commit or stash them first:\n\?\? notes\.txt/,
      '1.0.0',
    );
    await rm(join(dir, 'notes.txt'));

    await refusal(/^error: '1\.0' is not a version: give X\.Y\.Z/, '1.0');
    await refusal(/^error: 0\.1\.0 is not newer than package\.json \(0\.1\.0\)/, '0.1.0');
    await git(dir, 'tag', 'v2.0.0');
    await refusal(/^error: 1\.0\.0 is not newer than the latest tag \(2\.0\.0\)/, '1.0.0');
    await git(dir, 'tag', '--delete', 'v2.0.0');
    await refusal(/^error: --date 'tomorrow' is not YYYY-MM-DD/, '1.0.0', '--date', 'tomorrow');

    const changelog = await readFile(join(dir, 'CHANGELOG.md'), 'utf8');
    await writeFile(
      join(dir, 'CHANGELOG.md'),
      changelog.slice(0, changelog.indexOf('## [Unreleased]\n') + 16) + '\n[Unreleased]: x\n',
    );
    await git(dir, 'commit', '--quiet', '--all', '--message', 'Empty changelog');
    await refusal(/^error: CHANGELOG\.md has nothing under "## \[Unreleased\]"/, '1.0.0');

    assert.equal(
      await git(dir, 'rev-list', '--count', `${head}..HEAD`),
      '1',
      'only the test’s commit',
    );
    assert.equal(await git(dir, 'tag', '--list'), '');
    assert.equal(await git(dir, 'status', '--porcelain'), '');
  });

  it('computes bumps and keeps a changelog without link references', () => {
    assert.deepEqual(nextVersion('minor', [1, 2, 3]), [1, 3, 0]);
    assert.deepEqual(nextVersion('v2.0.0', [1, 2, 3]), [2, 0, 0]);
    const text = releaseChangelog('# Changelog\n\n## [Unreleased]\n\n- New.\n', {
      version: '1.0.0',
      date: '2026-12-07',
      url: URL_,
    });
    assert.equal(
      text,
      `# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-07\n\n- New.\n\n[Unreleased]: ${URL_}/compare/v1.0.0...HEAD\n[1.0.0]: ${URL_}/releases/tag/v1.0.0\n`,
    );
  });
});

interface WorkflowStep {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface WorkflowJob {
  needs?: string | string[];
  permissions: Record<string, string>;
  steps: WorkflowStep[];
}

describe('.github/workflows/release.yml', async () => {
  const { parse } = await import('yaml');
  const workflow = parse(await readFile(join(root, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: object;
    jobs: Record<string, WorkflowJob>;
  };
  const { check, 'github-release': githubRelease, npm } = workflow.jobs;
  const runs = (job: WorkflowJob) => job.steps.map((step) => step.run ?? '').join('\n');

  it('runs on version tags only, granting nothing by default', () => {
    assert.deepEqual(workflow.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    assert.deepEqual(workflow.permissions, {});
  });

  it('publishes nothing before the tag is checked: its version, its changelog, CI on its commit', async () => {
    assert.deepEqual(check!.permissions, { contents: 'read' });
    assert.match(runs(check!), /node script\/release\.ts notes "\$TAG"/);
    assert.match(runs(check!), /^bash \.ci\/run$/m);
    const ci = await readFile(join(root, '.ci/run'), 'utf8');
    assert.match(ci, /^npm test$/m);
    assert.match(
      ci,
      /^npm run bundle\nif \[ -n "\$\(git status --porcelain -- dist /m,
      'dist/ freshness',
    );
    assert.equal(githubRelease!.needs, 'check');
    assert.equal(npm!.needs, 'check');
  });

  it('publishes the GitHub release with the changelog section, and npm with provenance', () => {
    assert.deepEqual(githubRelease!.permissions, { contents: 'write' });
    assert.match(
      runs(githubRelease!),
      /node script\/release\.ts notes "\$TAG" > "\$RUNNER_TEMP\/notes\.md"/,
    );
    assert.match(
      runs(githubRelease!),
      /gh release create "\$TAG" --verify-tag .*--notes-file "\$RUNNER_TEMP\/notes\.md"/,
    );
    assert.deepEqual(npm!.permissions, { contents: 'read', 'id-token': 'write' });
    assert.match(runs(npm!), /^npm publish --provenance --access public$/m);
  });

  it('moves the major tag to the newest release of that major, and only then', async () => {
    const move = githubRelease!.steps.find((step) => step.name?.startsWith('Move the major tag'))!;
    const { dir, origin } = await repository();
    await git(dir, 'push', '--quiet', 'origin', 'main');
    const runStep = async (tag: string) =>
      (await exec('bash', ['-e', '-c', move.run!], { cwd: dir, env: { ...process.env, TAG: tag } }))
        .stdout;
    const commit = async (message: string, tag: string) => {
      await git(dir, 'commit', '--quiet', '--allow-empty', '--message', message);
      await git(dir, 'tag', '--annotate', tag, '--message', tag);
      await git(dir, 'push', '--quiet', 'origin', 'main', tag);
      return git(dir, 'rev-parse', 'HEAD');
    };
    const target = async () => git(origin, 'rev-parse', 'v1^{commit}');

    const first = await commit('one', 'v1.0.0');
    assert.match(await runStep('v1.0.0'), /v1 now points at v1\.0\.0/);
    assert.equal(await target(), first);
    assert.equal(await git(origin, 'cat-file', '-t', 'v1'), 'tag', 'annotated, like the releases');

    const second = await commit('two', 'v1.10.0');
    await commit('three', 'v1.9.0'); // an older line's fix, tagged after a newer release
    assert.match(await runStep('v1.10.0'), /v1 now points at v1\.10\.0/);
    assert.equal(await target(), second);
    assert.match(await runStep('v1.9.0'), /v1 stays where it is: v1\.10\.0 is newer than v1\.9\.0/);
    assert.equal(await target(), second);

    await commit('four', 'v2.0.0');
    await runStep('v2.0.0');
    assert.equal(await target(), second, 'v1 untouched by v2');
    assert.equal(
      await git(origin, 'rev-parse', 'v2^{commit}'),
      await git(dir, 'rev-parse', 'HEAD'),
    );
  });
});
