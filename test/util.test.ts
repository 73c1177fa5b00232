import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coalesce } from '../src/util/coalesce.ts';
import { formatDuration, parseDuration } from '../src/util/duration.ts';
import { imageReferenceProblem } from '../src/util/image-reference.ts';

describe('parseDuration', () => {
  const cases: [string, number | undefined][] = [
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['', undefined],
    ['10', undefined],
    ['5 minutes', undefined],
    ['-1s', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`reads '${text}' as ${String(expected)}`, () => assert.equal(parseDuration(text), expected));
  }
});

describe('formatDuration', () => {
  it('writes short, readable durations', () => {
    assert.equal(formatDuration(0), '0 ms');
    assert.equal(formatDuration(0.4), '<1 ms');
    assert.equal(formatDuration(1), '1 ms');
    assert.equal(formatDuration(850), '850 ms');
    assert.equal(formatDuration(999.6), '1.0 s');
    assert.equal(formatDuration(1234), '1.2 s');
    assert.equal(formatDuration(12_500), '12.5 s');
    assert.equal(formatDuration(59_960), '1m');
    assert.equal(formatDuration(250_000), '4m 10s');
    assert.equal(formatDuration(600_000), '10m');
    assert.equal(formatDuration(3_720_000), '1h 02m');
  });
});

describe('imageReferenceProblem', () => {
  const valid = [
    'no-such-image',
    'registry.invalid/kubevirt-transition-check/no-such-image:latest',
    'quay.io/kubevirt/cirros-container-disk-demo:v1.8.0',
    'localhost:5000/a/b',
    'docker.io/library/busybox@sha256:' + 'a'.repeat(64),
    'a__b/c--d',
  ];
  for (const image of valid) {
    it(`accepts ${image}`, () => assert.equal(imageReferenceProblem(image), undefined));
  }
  const invalid: [string, RegExp][] = [
    ['', /empty/],
    ['http://quay.io/x', /URL scheme/],
    ['quay.io/Acme/x', /lowercase/],
    ['a b', /whitespace/],
    ['x:', /grammar/],
    ['-x', /grammar/],
    ['a/' + 'b'.repeat(260), /longer than 255/],
  ];
  for (const [image, pattern] of invalid) {
    it(`rejects '${image.slice(0, 20)}'`, () =>
      assert.match(imageReferenceProblem(image) ?? '', pattern));
  }
});

describe('coalesce', () => {
  it('runs once for a burst of requests, at the next turn of the event loop', async () => {
    let runs = 0;
    const work = coalesce(() => runs++);
    for (let i = 0; i < 10_000; i++) work.request();
    assert.equal(runs, 0, 'not in the same turn');
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(runs, 1);
    work.request();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(runs, 2, 'cheap work runs again at once');
    work.cancel();
    work.request();
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(runs, 2, 'never after cancel');
  });

  it('keeps costly work to its share of the time however often it is asked for', async () => {
    const runs: number[] = [];
    const work = coalesce(() => {
      runs.push(performance.now());
      const until = performance.now() + 20;
      while (performance.now() < until); // 20 ms of work
    }, 2);
    const asking = setInterval(() => work.request(), 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    clearInterval(asking);
    work.cancel();
    // Timers count from the loop's cached clock; coalesce waits out an early one itself.
    const gaps = runs.slice(1).map((at, i) => at - runs[i]!);
    assert.ok(
      gaps.every((gap) => gap >= 20 + 2 * 20 - 5),
      `runs ${gaps.map(Math.round).join(', ')} ms apart`,
    );
    assert.ok(runs.length <= 8, `${runs.length} runs of 20 ms in 400 ms`);
  });
});
