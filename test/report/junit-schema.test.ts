// The JUnit XML against the schema that test-report tools read (Maven Surefire's report format,
// test/fixtures/junit/surefire-test-report.xsd), validated by libxml2's xmllint compiled to
// WebAssembly (the xmllint-wasm package): every outcome a check can have, hostile strings too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { renderJunit } from '../../src/report/render/junit.ts';
import { OUTCOME_KINDS } from '../support/outcome-kinds.ts';
import { HOSTILE, flakyOutcome, testContext } from '../support/outcomes.ts';

const SCHEMA = readFileSync(
  new URL('../fixtures/junit/surefire-test-report.xsd', import.meta.url),
  'utf8',
);

async function problems(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'surefire-test-report.xsd', contents: SCHEMA }],
  });
  return result.errors.map((error) => error.rawMessage);
}

describe('JUnit XML against the Surefire report schema', () => {
  for (const [name, build] of Object.entries(OUTCOME_KINDS)) {
    it(`is valid for: ${name}`, async () => {
      const context = testContext({ checkName: HOSTILE.checkName, image: HOSTILE.image });
      assert.deepEqual(await problems(renderJunit(build(), context)), []);
    });
  }

  it('rejects what the tools would not read, so the check above can fail', async () => {
    const xml = renderJunit(flakyOutcome(), testContext());
    const reordered = xml.replace(
      /(<flakyFailure[\s\S]*?<\/flakyFailure>)\n(\s*<system-out>[\s\S]*?<\/system-out>)/,
      '$2\n$1',
    );
    assert.notEqual(reordered, xml);
    assert.match((await problems(reordered)).join('\n'), /flakyFailure.*not expected/);
    const stamped = xml.replace(
      '<testsuite name="pr-check"',
      '<testsuite timestamp="x" name="pr-check"',
    );
    assert.match((await problems(stamped)).join('\n'), /timestamp.*not allowed/);
  });
});
