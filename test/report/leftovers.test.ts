// What cleanup left behind reaches every report, not only the job summary: outside GitHub
// Actions (the CLI, Prow, GitLab) no post step tries again, so the terminal text, the JUnit XML
// and the timeline JSON say what is left and the command that removes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import type { CheckOutcome, Leftovers } from '../../src/outcome.ts';
import { renderJunit } from '../../src/report/render/junit.ts';
import { renderTerminal } from '../../src/report/render/terminal.ts';
import { timelineDocument } from '../../src/report/render/timeline-json.ts';
import { passedOutcome, preflightErrorOutcome, testContext } from '../support/outcomes.ts';

const LEFT: Leftovers = {
  what: 'namespace "ktc-abc" and everything in it',
  why: 'Could not delete namespace "ktc-abc": Error from server (InternalError): etcdserver: request timed out\n::error::injected',
  command: 'kubectl delete namespace ktc-abc',
};

const SCHEMA = readFileSync(
  new URL('../fixtures/junit/surefire-test-report.xsd', import.meta.url),
  'utf8',
);

const withLeftovers = (outcome: CheckOutcome): CheckOutcome => ({ ...outcome, leftovers: LEFT });

describe('leftovers in every report', () => {
  for (const [name, outcome] of [
    ['a passed check', withLeftovers(passedOutcome())],
    ['a check that could not run', withLeftovers(preflightErrorOutcome())],
  ] as const) {
    it(`names them in the terminal text of ${name}, on lines no runner reads as a command`, () => {
      const text = renderTerminal(outcome, testContext());
      assert.match(
        text,
        /\nLEFT BEHIND {2}namespace "ktc-abc" and everything in it: cleanup could not remove it\n {2}Could not delete namespace "ktc-abc": .*etcdserver: request timed out\n/,
      );
      assert.match(text, /\n {2}remove it with: kubectl delete namespace ktc-abc\n/);
      assert.ok(!text.split('\n').some((line) => line.startsWith('::')), text);
    });

    it(`puts them in the JUnit XML of ${name}, valid against the Surefire schema`, async () => {
      const xml = renderJunit(outcome, testContext());
      assert.match(xml, /<property name="remove-with" value="kubectl delete namespace ktc-abc"\/>/);
      assert.match(xml, /<property name="left-behind" value="namespace &quot;ktc-abc&quot;/);
      assert.match(
        xml,
        /<system-err>Cleanup could not remove namespace &quot;ktc-abc&quot; and everything in it: .*\nRemove it with: kubectl delete namespace ktc-abc<\/system-err>\n {4}<\/testcase>/,
      );
      const result = await validateXML({
        xml: [{ fileName: 'junit.xml', contents: xml }],
        schema: [{ fileName: 'surefire-test-report.xsd', contents: SCHEMA }],
      });
      assert.deepEqual(
        result.errors.map((error) => error.rawMessage),
        [],
      );
    });

    it(`keeps them in the timeline JSON of ${name}`, () => {
      const document = timelineDocument(outcome, testContext());
      const written = JSON.parse(JSON.stringify(document)) as { leftovers?: Leftovers };
      assert.deepEqual(written.leftovers, LEFT);
    });
  }

  it('says nothing of them when nothing was left', () => {
    const outcome = passedOutcome();
    assert.doesNotMatch(renderTerminal(outcome, testContext()), /LEFT BEHIND/);
    assert.doesNotMatch(renderJunit(outcome, testContext()), /system-err|remove-with/);
    assert.equal(timelineDocument(outcome, testContext()).leftovers, undefined);
  });
});
