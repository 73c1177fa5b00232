// Cuts a release, as actions/typescript-action's script/release does (latest tag, validate the
// new one, check package.json, annotated tag, push), and more: it writes the version itself.
//
//   npm run release -- 1.2.0 | major | minor | patch  [--date YYYY-MM-DD] [--push] [--remote NAME]
//     1. the working tree must be clean, the version newer than package.json's and every vX.Y.Z tag
//     2. CHANGELOG.md: `## [Unreleased]` (not empty) becomes `## [X.Y.Z] - date` under a new empty
//        `## [Unreleased]`, and the compare links at its end are updated (Keep a Changelog)
//     3. package.json and package-lock.json get the version
//     4. one commit `Release vX.Y.Z` and the annotated tag vX.Y.Z; with --push both are pushed
//        (atomically) to the remote, else the command to do so is printed
//   node script/release.ts notes vX.Y.Z
//     prints the release's CHANGELOG section, after checking that the tag is package.json's
//     version (the release workflow's input for the GitHub release)
//
// The major tag (v1) is not moved here but by .github/workflows/release.yml, after dist/ and the
// tests passed on the tag: a release that fails its checks never becomes `@v1`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export class ReleaseError extends Error {}

type Version = [number, number, number];

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)$/;
const BUMPS = ['major', 'minor', 'patch'] as const;
const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m;

export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

const format = (version: Version) => version.join('.');

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The version asked for: `X.Y.Z` (a leading `v` allowed) or a bump of `current`. */
export function nextVersion(asked: string, current: Version): Version {
  const [major, minor, patch] = current;
  if (asked === 'major') return [major + 1, 0, 0];
  if (asked === 'minor') return [major, minor + 1, 0];
  if (asked === 'patch') return [major, minor, patch + 1];
  const version = parseVersion(asked);
  if (!version)
    throw new ReleaseError(
      `'${asked}' is not a version: give X.Y.Z (e.g. 1.2.0) or one of ${BUMPS.join(', ')}.`,
    );
  return version;
}

/** The repository's web URL from package.json's `repository`, for the changelog's links. */
export function repositoryUrl(manifest: { repository?: string | { url?: string } }): string {
  const url =
    typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const web = url?.replace(/^git\+/, '').replace(/\.git$/, '');
  if (!web?.startsWith('https://github.com/'))
    throw new ReleaseError(
      `package.json's repository.url should be the GitHub repository (git+https://github.com/OWNER/REPO.git), not '${url ?? ''}'.`,
    );
  return web;
}

/**
 * CHANGELOG.md with its Unreleased section made the release's: the section's text moves under
 * `## [X.Y.Z] - date`, an empty `## [Unreleased]` stays on top, and the link references say
 * where each version's changes are (`compare/vPREV...vX.Y.Z`, or the tag for the first release).
 */
export function releaseChangelog(
  changelog: string,
  release: { version: string; date: string; previous?: string; url: string },
): string {
  const heading = UNRELEASED.exec(changelog);
  if (!heading)
    throw new ReleaseError(
      'CHANGELOG.md has no "## [Unreleased]" section: add one with what changed (keepachangelog.com).',
    );
  const start = heading.index + heading[0].length;
  const next = changelog.slice(start).search(/^## |^\[[^\]]+\]: /m);
  const body = next === -1 ? changelog.slice(start) : changelog.slice(start, start + next);
  if (!/\S/.test(body))
    throw new ReleaseError(
      'CHANGELOG.md has nothing under "## [Unreleased]": say what changed in this release first.',
    );
  const { version, date, previous, url } = release;
  let text =
    changelog.slice(0, heading.index) +
    `## [Unreleased]\n\n## [${version}] - ${date}\n` +
    changelog.slice(start);
  const versionLink = previous
    ? `[${version}]: ${url}/compare/v${previous}...v${version}`
    : `[${version}]: ${url}/releases/tag/v${version}`;
  const unreleasedLink = `[Unreleased]: ${url}/compare/v${version}...HEAD`;
  text = /^\[Unreleased\]: .*$/m.test(text)
    ? text.replace(/^\[Unreleased\]: .*$/m, `${unreleasedLink}\n${versionLink}`)
    : `${text.trimEnd()}\n\n${unreleasedLink}\n${versionLink}\n`;
  return text;
}

/** The text of one version's section, without its heading. */
export function changelogSection(changelog: string, version: string): string {
  const escaped = version.replaceAll('.', '\\.');
  const heading = new RegExp(`^## \\[${escaped}\\][^\\n]*\\n`, 'm').exec(changelog);
  if (!heading)
    throw new ReleaseError(
      `CHANGELOG.md has no "## [${version}]" section: release it with npm run release.`,
    );
  const rest = changelog.slice(heading.index + heading[0].length);
  const end = rest.search(/^## |^\[[^\]]+\]: /m);
  const section = (end === -1 ? rest : rest.slice(0, end)).trim();
  if (!section) throw new ReleaseError(`CHANGELOG.md's "## [${version}]" section is empty.`);
  return `${section}\n`;
}

class Repository {
  readonly root: string;
  constructor(cwd: string) {
    this.root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
    }).trim();
  }
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.root, encoding: 'utf8' }).trim();
  }
  read(file: string): string {
    return readFileSync(join(this.root, file), 'utf8');
  }
  write(file: string, text: string): void {
    writeFileSync(join(this.root, file), text);
  }
}

interface Manifest {
  version: string;
  repository?: string | { url?: string };
}

function release(
  repo: Repository,
  asked: string,
  options: { date: string; push: boolean; remote: string },
  log: (line: string) => void,
): void {
  const manifest = JSON.parse(repo.read('package.json')) as Manifest;
  const current = parseVersion(manifest.version);
  if (!current)
    throw new ReleaseError(`package.json's version '${manifest.version}' is not X.Y.Z.`);
  const dirty = repo.git('status', '--porcelain');
  if (dirty)
    throw new ReleaseError(`The working tree has changes; commit or stash them first:\n${dirty}`);

  const tags = repo
    .git('tag', '--list', 'v*')
    .split('\n')
    .map((tag) => parseVersion(tag))
    .filter((version) => version !== undefined)
    .sort(compare);
  const latest = tags.at(-1);
  log(
    `The latest release tag is ${latest ? `v${format(latest)}` : '(none yet)'}; package.json says ${manifest.version}.`,
  );
  const version = nextVersion(asked, current);
  for (const [what, than] of [
    ['package.json', current],
    ['the latest tag', latest],
  ] as const) {
    if (than && compare(version, than) <= 0)
      throw new ReleaseError(
        `${format(version)} is not newer than ${what} (${format(than)}): give a higher version.`,
      );
  }
  const name = format(version);
  const tag = `v${name}`;

  repo.write(
    'CHANGELOG.md',
    releaseChangelog(repo.read('CHANGELOG.md'), {
      version: name,
      date: options.date,
      previous: latest && format(latest),
      url: repositoryUrl(manifest),
    }),
  );
  // The first "version" of package.json is the package's own (keeps the file's formatting).
  repo.write(
    'package.json',
    repo.read('package.json').replace(/"version": "[^"]*"/, `"version": "${name}"`),
  );
  const lock = JSON.parse(repo.read('package-lock.json')) as {
    version?: string;
    packages?: Record<string, { version?: string }>;
  };
  lock.version = name;
  if (lock.packages?.['']) lock.packages[''].version = name;
  repo.write('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);

  repo.git('add', 'CHANGELOG.md', 'package.json', 'package-lock.json');
  repo.git('commit', '--quiet', '--message', `Release ${tag}`);
  repo.git('tag', '--annotate', tag, '--message', `${tag} Release`);
  log(`Committed "Release ${tag}" and tagged ${tag}.`);

  const branch = repo.git('rev-parse', '--abbrev-ref', 'HEAD');
  const push = [
    'push',
    '--atomic',
    options.remote,
    `HEAD:refs/heads/${branch}`,
    `refs/tags/${tag}`,
  ];
  if (options.push) {
    repo.git(...push);
    log(
      `Pushed ${branch} and ${tag} to ${options.remote}: the release workflow takes it from here.`,
    );
  } else {
    log(`Push them to start the release workflow:\n  git ${push.join(' ')}`);
  }
}

function notes(repo: Repository, tag: string): string {
  const version = parseVersion(tag);
  if (!version || !tag.startsWith('v'))
    throw new ReleaseError(`'${tag}' is not a release tag: vX.Y.Z, e.g. v1.2.0.`);
  const manifest = JSON.parse(repo.read('package.json')) as Manifest;
  if (manifest.version !== format(version))
    throw new ReleaseError(
      `The tag ${tag} is not package.json's version (${manifest.version}): tag releases with npm run release.`,
    );
  return changelogSection(repo.read('CHANGELOG.md'), format(version));
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      push: { type: 'boolean', default: false },
      remote: { type: 'string', default: 'origin' },
    },
  });
  const repo = new Repository(process.cwd());
  if (positionals[0] === 'notes' && positionals.length === 2) {
    process.stdout.write(notes(repo, positionals[1]!));
    return;
  }
  if (positionals.length !== 1)
    throw new ReleaseError(
      'Usage: npm run release -- X.Y.Z|major|minor|patch [--date YYYY-MM-DD] [--push] [--remote NAME]\n       node script/release.ts notes vX.Y.Z',
    );
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new ReleaseError(`--date '${values.date}' is not YYYY-MM-DD.`);
  release(repo, positionals[0]!, values, (line) => console.log(line));
}

if (import.meta.main) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
