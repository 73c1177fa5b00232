import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { collect, failure, simulator, vmManifest, VMS, type Clients } from './helpers.ts';

const VM_PATH = '/apis/kubevirt.io/v1/namespaces/faulty/virtualmachines';
const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

describe('simulator faults', () => {
  let c: Clients;
  before(async () => {
    c = await simulator({ seed: 7, controllers: false });
    await c.core.createNamespace({ body: { metadata: { name: 'faulty' } } });
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'faulty',
      body: vmManifest('target', 'quay.io/x/y', 'Halted'),
    });
  });
  after(() => c.sim.close());

  const touch = (value: string) =>
    c.custom.patchNamespacedCustomObject(
      {
        ...VMS,
        namespace: 'faulty',
        name: 'target',
        body: { metadata: { labels: { touch: value } } },
      },
      merge,
    );

  it('answers 429 with Retry-After for the next N matching requests, then normally', async () => {
    const fault = c.sim.faults.inject({
      match: { resource: 'virtualmachines', verb: 'list' },
      respond: 429,
      retryAfterSeconds: 2,
      times: 2,
    });
    for (let i = 0; i < 2; i++) {
      const throttled = await failure(
        c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' }),
      );
      assert.equal(throttled.code, 429);
      assert.equal(throttled.headers['retry-after'], '2');
      assert.deepEqual(throttled.body.details, { retryAfterSeconds: 2 });
      assert.equal(throttled.body.reason, 'TooManyRequests');
    }
    await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' });
    assert.equal(fault.hits, 2);
    assert.equal(fault.remaining, 0);
    assert.deepEqual(c.sim.requests.filter((entry) => entry.fault === '429').length, 2);
  });

  it('answers 500 and 503 until cleared, only for matching requests', async () => {
    const fault = c.sim.faults.inject({ match: { resource: 'pods' }, respond: 503 });
    assert.equal((await failure(c.core.listNamespacedPod({ namespace: 'faulty' }))).code, 503);
    await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' });
    fault.clear();
    await c.core.listNamespacedPod({ namespace: 'faulty' });
    c.sim.faults.inject({ match: { method: 'GET', name: 'target' }, respond: 500, times: 1 });
    const broken = await failure(
      c.custom.getNamespacedCustomObject({ ...VMS, namespace: 'faulty', name: 'target' }),
    );
    assert.equal(broken.code, 500);
    assert.equal(broken.body.reason, 'InternalError');
  });

  it('forbids watch of one resource with a 403 that reaches Watch.done', async () => {
    const fault = c.sim.faults.forbidWatch('virtualmachines');
    const watch = await collect(c.watch, VM_PATH, {});
    const error = (await watch.done) as { statusCode?: number };
    assert.equal(error.statusCode, 403);
    await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' });
    fault.clear();
  });

  it('answers an injected 410 on a watch inside the stream, as the API server does', async () => {
    c.sim.faults.inject({
      match: { resource: 'virtualmachines', watch: true },
      respond: 410,
      times: 1,
    });
    const watch = await collect(c.watch, VM_PATH, { resourceVersion: '1' });
    assert.equal(await watch.done, null);
    assert.equal(watch.events[0]?.type, 'ERROR');
    assert.equal(watch.events[0]?.object.code, 410);
  });

  it('ends open watches now, and each watch after N events', async () => {
    const now = await collect(c.watch, VM_PATH, {});
    await now.until((events) => events.length >= 1);
    assert.equal(c.sim.faults.endWatches({ resource: 'virtualmachines' }), 1);
    assert.equal(await now.done, null);

    const rule = c.sim.faults.endWatchesAfter({ resource: 'virtualmachines', events: 2, times: 1 });
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' })) as {
      metadata: { resourceVersion: string };
    };
    const counted = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
    });
    for (let i = 0; i < 4; i++) await touch(`n${i}`);
    assert.equal(await counted.done, null);
    assert.equal(counted.events.length, 2);
    assert.equal(rule.remaining, 0);
  });

  it('garbles watch events into lines no client parses: client-node skips them', async () => {
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' })) as {
      metadata: { resourceVersion: string };
    };
    const from = list.metadata.resourceVersion;
    const raw = await fetch(`${c.sim.url}${VM_PATH}?watch=1&resourceVersion=${from}`);
    const parsed = await collect(c.watch, VM_PATH, { resourceVersion: from });
    const rule = c.sim.faults.inject({
      match: { resource: 'virtualmachines', watch: true },
      respond: 'malformed',
      event: 'MODIFIED',
      times: 2,
    });
    for (let i = 0; i < 3; i++) await touch(`g${i}`);
    await parsed.until((events) => events.length >= 2);
    parsed.stop();
    // Each stream had one line garbled (two streams, times: 2): client-node saw the other two.
    assert.equal(parsed.events.length, 2);
    assert.equal(rule.remaining, 0);
    const reader = raw.body!.getReader() as ReadableStreamDefaultReader<Uint8Array>;
    let text = '';
    while (text.split('\n').length < 4) {
      const chunk = await reader.read();
      text += new TextDecoder().decode(chunk.value);
    }
    await reader.cancel();
    const lines = text.split('\n').slice(0, 3);
    const unparsable = lines.filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
    assert.equal(unparsable.length, 1, `one line cut short: ${lines.join(' | ')}`);
    assert.match(unparsable[0]!, /^\{"type":"MODIFIED"/);
  });

  it('resets connections mid-stream, which client-node reports as an error', async () => {
    const watch = await collect(c.watch, VM_PATH, {});
    await watch.until((events) => events.length >= 1);
    c.sim.faults.endWatches({ resource: 'virtualmachines', mode: 'reset' });
    const error = await watch.done;
    assert.ok(error instanceof Error, `expected an error, got ${String(error)}`);
  });

  it('resets a plain request without an answer, and delays answers', async () => {
    c.sim.faults.inject({ match: { resource: 'namespaces' }, respond: 'reset', times: 1 });
    await assert.rejects(c.core.listNamespace());
    c.sim.faults.inject({ match: { resource: 'namespaces' }, delayMs: 30, times: 1 });
    await c.core.listNamespace();
    const delayed = c.sim.requests.filter((entry) => entry.fault === 'delay');
    assert.equal(delayed.length, 1);
    assert.ok(delayed[0]!.durationMs >= 25);
  });

  it('ends watches at random, reproducibly from the seed', async () => {
    const rule = c.sim.faults.endWatchesRandomly({ resource: 'virtualmachines', rate: 0.5 });
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'faulty' })) as {
      metadata: { resourceVersion: string };
    };
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
    });
    for (let i = 0; i < 20 && rule.hits === 0; i++) await touch(`r${i}`);
    assert.equal(await watch.done, null);
    assert.equal(rule.hits, 1);
    rule.clear();
  });

  it('restarts on the same port, keeping the store and ending watches', async () => {
    const watch = await collect(c.watch, VM_PATH, {});
    await watch.until((events) => events.length >= 1);
    await c.sim.restart({ downMs: 20 });
    await watch.done;
    assert.equal(c.sim.openWatches(), 0);
    const old = c.sim.history('virtualmachines', 'faulty', 'target')[0]!.resourceVersion;
    const kept = await collect(c.watch, VM_PATH, { resourceVersion: old });
    await kept.until((events) => events.length >= 1);
    kept.stop();
    assert.notEqual(kept.events[0]?.type, 'ERROR', 'the watch history survives a plain restart');
    await c.sim.restart({ compact: true });
    const expired = await collect(c.watch, VM_PATH, { resourceVersion: old });
    await expired.done;
    assert.equal(expired.events[0]?.object.code, 410, 'a restart with compact: true forgets it');
    const vm = (await c.custom.getNamespacedCustomObject({
      ...VMS,
      namespace: 'faulty',
      name: 'target',
    })) as { metadata: { name: string } };
    assert.equal(vm.metadata.name, 'target');
  });
});

describe('simulator lifecycle', () => {
  it('leaves no timer, socket or server open after close()', async () => {
    const baseline = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap').length;
    const c = await simulator({ bookmarkIntervalMs: 5 });
    const watch = await collect(c.watch, '/api/v1/namespaces', { allowWatchBookmarks: true });
    await watch.until((events) => events.some((event) => event.type === 'BOOKMARK'));
    await c.sim.close();
    await watch.done;
    await new Promise((resolve) => setImmediate(resolve));
    const left = process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap');
    assert.ok(left.length <= baseline, `resources left open: ${left.join(', ')}`);
  });
});
