// The one writer of report files (src/report/files.ts) and the table of formats it writes from:
// what the action and the CLI both call, so a file is written, named and warned about one way.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inputNames } from '../../src/flags.ts';
import { writeReportFiles, type ReportLog } from '../../src/report/files.ts';
import { FORMATS, OUTPUT_VALUES, outputFormat } from '../../src/report/render/formats.ts';
import { passedOutcome, testContext, unschedulableOutcome } from '../support/outcomes.ts';

function recorder(): ReportLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (line) => lines.push(`info: ${line}`),
    warning: (line) => lines.push(`warning: ${line}`),
  };
}

const diagnostics = {
  files: [{ name: 'vms.yaml', content: 'kind: VirtualMachine\n' }],
  problems: ['pods: forbidden'],
};

describe('writeReportFiles', () => {
  it('writes each format given a path with the renderer of the table, and says where', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'report-files-'));
    const outcome = passedOutcome();
    const context = testContext();
    const log = recorder();
    const junit = join(folder, 'deep', 'junit.xml');
    const comment = join(folder, 'comment.md');
    await writeReportFiles(outcome, context, { formats: { junit, comment } }, log);
    assert.equal(readFileSync(junit, 'utf8'), FORMATS.junit.render(outcome, context));
    assert.equal(readFileSync(comment, 'utf8'), FORMATS.comment.render(outcome, context));
    assert.deepEqual(readdirSync(folder).sort(), ['comment.md', 'deep']);
    assert.deepEqual(log.lines, [
      `info: Wrote the PR comment body to ${comment}`,
      `info: Wrote the JUnit XML to ${junit}`,
    ]);
  });

  it('warns about a file it cannot write, naming it, and writes the others', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'report-files-'));
    const blocked = join(folder, 'a-file');
    await writeFile(blocked, '');
    const log = recorder();
    const timeline = join(folder, 'timeline.json');
    await writeReportFiles(
      passedOutcome(),
      testContext(),
      { formats: { junit: join(blocked, 'junit.xml'), timeline } },
      log,
    );
    assert.equal(log.lines.length, 2, log.lines.join('\n'));
    assert.equal(log.lines[0], `info: Wrote the timeline JSON to ${timeline}`);
    assert.match(
      log.lines[1]!,
      new RegExp(`^warning: Could not write the JUnit XML to ${blocked}/junit\\.xml: `),
    );
    assert.equal(
      (JSON.parse(await readFile(timeline, 'utf8')) as { result: string }).result,
      'passed',
    );
  });

  it('writes the diagnostics to the folder given, or to a new one under the temp directory', async () => {
    const outcome = { ...unschedulableOutcome(), diagnostics };
    const folder = join(await mkdtemp(join(tmpdir(), 'report-files-')), 'kubevirt-diagnostics');
    const log = recorder();
    const given = await writeReportFiles(
      outcome,
      testContext(),
      { formats: {}, diagnostics: { folder } },
      log,
    );
    assert.equal(given.diagnosticsPath, folder);
    assert.deepEqual(readdirSync(folder).sort(), ['problems.txt', 'vms.yaml']);
    const temp = await writeReportFiles(
      outcome,
      testContext(),
      { formats: {}, diagnostics: { temp: true } },
      log,
    );
    assert.ok(temp.diagnosticsPath?.startsWith(tmpdir()), temp.diagnosticsPath);
    assert.notEqual(temp.diagnosticsPath, folder);
    assert.deepEqual(log.lines, [
      `info: Wrote the diagnostics (1 files and problems.txt, what could not be collected) to ${folder}`,
      `info: Wrote the diagnostics (1 files and problems.txt, what could not be collected) to ${temp.diagnosticsPath}`,
    ]);
  });

  it('writes no diagnostics for an outcome without any, wherever they would go', async () => {
    const log = recorder();
    const written = await writeReportFiles(
      passedOutcome(),
      testContext(),
      { formats: {}, diagnostics: { temp: true } },
      log,
    );
    assert.deepEqual({ written, lines: log.lines }, { written: {}, lines: [] });
  });
});

describe('the table of formats', () => {
  it('names its files by inputs of the action and prints each --output value once', () => {
    const inputs = Object.values(FORMATS).flatMap((format) => (format.input ? [format.input] : []));
    assert.deepEqual(inputs.sort(), ['junit-path', 'timeline-path']);
    for (const input of inputs) assert.ok(inputNames().includes(input), input);
    assert.deepEqual(OUTPUT_VALUES, ['text', 'json', 'junit']);
    assert.deepEqual(OUTPUT_VALUES.map(outputFormat), ['terminal', 'timeline', 'junit']);
    assert.equal(outputFormat('yaml'), undefined);
  });

  it('is the only writer of report files: no other file of report/, the CLI or the action writes one', () => {
    const root = join(import.meta.dirname, '../../src');
    const writers = [
      ...readdirSync(join(root, 'report'), { recursive: true, encoding: 'utf8' }).map(
        (file) => `report/${file}`,
      ),
      ...readdirSync(join(root, 'commands')).map((file) => `commands/${file}`),
      'cli.ts',
      'main.ts',
      'post.ts',
    ]
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /\bwriteFile(Sync)?\b/.test(readFileSync(join(root, file), 'utf8')));
    assert.deepEqual(writers, ['report/files.ts']);
  });
});
