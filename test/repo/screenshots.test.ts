// The README's pictures show what the renderers draw today, from the right checks: each picture
// was drawn from the text recorded for it (its PNG's hash), that text is what today's renderers
// make of the recorded check (its input's hash), and each check has the result its caption
// says. Inputs are compared, never pixels: a renderer change fails here until
// `npm run screenshots` draws the pictures again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CHECKS, IMAGES, SHOTS, readManifest, sha256, shotInput } from '../support/screenshots.ts';

const manifest = readManifest();
const REDRAW = 'stale picture: run `npm run screenshots` and commit docs/images/';

describe('the README pictures (docs/images)', () => {
  for (const [key, { scenario, result }] of Object.entries(CHECKS)) {
    it(`show the ${scenario} scenario's check as ${result}`, () => {
      const recorded = manifest.checks[key as keyof typeof CHECKS];
      assert.ok(recorded, `docs/images/screenshots.json has no '${key}' check: ${REDRAW}`);
      assert.equal(recorded.outcome.result, result);
    });
  }

  for (const shot of SHOTS) {
    it(`${shot.file} is drawn from what today's renderers make of its check`, () => {
      const recorded = manifest.shots[shot.file];
      assert.ok(recorded, `docs/images/screenshots.json has no record of ${shot.file}: ${REDRAW}`);
      const png = sha256(readFileSync(join(IMAGES, shot.file)));
      assert.equal(png, recorded.png, `${shot.file} is not the picture recorded: ${REDRAW}`);
      const input = shotInput(shot, manifest.checks[shot.check]);
      assert.equal(sha256(input), recorded.input, `${shot.file}: the renderers changed: ${REDRAW}`);
    });
  }

  it('are captioned in the README as what they show', () => {
    const readme = readFileSync(join(IMAGES, '..', '..', 'README.md'), 'utf8');
    for (const shot of SHOTS) {
      const alt = new RegExp(
        `!\\[([^\\]]*)\\]\\(docs/images/${shot.file.replace('.', '\\.')}\\)`,
      ).exec(readme)?.[1];
      assert.ok(alt, `README.md does not show ${shot.file}`);
      const result = CHECKS[shot.check].result;
      assert.match(alt, new RegExp(result === 'failed' ? 'fail' : 'pass|same', 'i'), alt);
    }
  });
});
