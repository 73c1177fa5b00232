import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { collect, failure, rv, simulator, vmManifest, VMS, type Clients } from './helpers.ts';

const VM_PATH = '/apis/kubevirt.io/v1/namespaces/watched/virtualmachines';
const merge = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

describe('simulator watch semantics through client-node Watch', () => {
  let c: Clients;
  before(async () => {
    c = await simulator({ historyLimit: 50, bookmarkIntervalMs: 10, controllers: false });
    await c.core.createNamespace({ body: { metadata: { name: 'watched' } } });
    await c.core.createNamespace({ body: { metadata: { name: 'elsewhere' } } });
  });
  after(() => c.sim.close());

  async function label(name: string, value: string | null, namespace = 'watched') {
    await c.custom.patchNamespacedCustomObject(
      { ...VMS, namespace, name, body: { metadata: { labels: { phase: value } } } },
      merge,
    );
  }

  it('replays every change after a list resourceVersion, in order, then goes live', async () => {
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'watched',
      body: vmManifest('replayed', 'quay.io/x/y', 'Halted'),
    });
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'watched' })) as {
      metadata: { resourceVersion: string };
    };
    for (let i = 0; i < 30; i++) await label('replayed', `v${i}`);
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
    });
    await watch.until((events) => events.length >= 30);
    await label('replayed', 'live');
    const events = await watch.until((all) => all.length >= 31);
    watch.stop();
    assert.ok(events.every((event) => event.type === 'MODIFIED'));
    assert.deepEqual(
      events.map((event) => event.object.metadata?.labels?.phase),
      [...Array.from({ length: 30 }, (_, i) => `v${i}`), 'live'],
    );
    const versions = events.map((event) => rv(event.object));
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
    assert.ok(versions[0]! > Number(list.metadata.resourceVersion));
  });

  it('escapes line and paragraph separators and HTML characters as Go does, so no event is split', async () => {
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'watched' })) as {
      metadata: { resourceVersion: string };
    };
    const value = 'a\u2028b\u2029c<d>&e';
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'watched',
      body: {
        ...vmManifest('separators', 'quay.io/x/y', 'Halted'),
        metadata: { name: 'separators', annotations: { note: value } },
      },
    });
    const raw = await fetch(`${c.sim.url}${VM_PATH}/separators`).then((response) =>
      response.text(),
    );
    assert.ok(raw.includes('a\\u2028b\\u2029c\\u003cd\\u003e\\u0026e'), raw);
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
    });
    const events = await watch.until((all) =>
      all.some((event) => event.object.metadata?.name === 'separators'),
    );
    watch.stop();
    const added = events.find((event) => event.object.metadata?.name === 'separators');
    assert.equal(added?.object.metadata?.annotations?.note, value);
  });

  it('starts with synthetic ADDED events without a resourceVersion', async () => {
    const watch = await collect(c.watch, VM_PATH, {});
    const events = await watch.until((all) =>
      all.some((event) => event.object.metadata?.name === 'replayed'),
    );
    watch.stop();
    assert.ok(events.every((event) => event.type === 'ADDED'));
  });

  it('answers a compacted resourceVersion with one ERROR 410 Expired event, then ends', async () => {
    const old = c.sim.history('virtualmachines', 'watched', 'replayed')[0]!.resourceVersion;
    c.sim.faults.compact('virtualmachines');
    const watch = await collect(c.watch, VM_PATH, { resourceVersion: old });
    assert.equal(await watch.done, null);
    assert.equal(watch.events.length, 1);
    assert.equal(watch.events[0]!.type, 'ERROR');
    assert.deepEqual(
      { code: watch.events[0]!.object.code, reason: watch.events[0]!.object.reason },
      { code: 410, reason: 'Expired' },
    );
    assert.match(
      String(watch.events[0]!.object.message),
      new RegExp(`^too old resource version: ${old} \\(\\d+\\)$`),
    );
  });

  it('expires versions that fell out of the bounded history', async () => {
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'watched',
      body: vmManifest('churn', 'quay.io/x/y', 'Halted'),
    });
    const start = c.sim.history('virtualmachines', 'watched', 'churn')[0]!.resourceVersion;
    for (let i = 0; i < 60; i++) await label('churn', `c${i}`);
    const watch = await collect(c.watch, VM_PATH, { resourceVersion: start });
    await watch.done;
    assert.equal(watch.events[0]?.object.code, 410);
  });

  it('sends bookmarks carrying a resourceVersion that a watch can resume from', async () => {
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'watched' })) as {
      metadata: { resourceVersion: string };
    };
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
      allowWatchBookmarks: true,
    });
    const events = await watch.until((all) => all.some((event) => event.type === 'BOOKMARK'));
    watch.stop();
    const bookmark = events.find((event) => event.type === 'BOOKMARK')!;
    assert.equal(bookmark.object.kind, 'VirtualMachine');
    assert.ok(rv(bookmark.object) >= Number(list.metadata.resourceVersion));
    await label('replayed', 'after-bookmark');
    const resumed = await collect(c.watch, VM_PATH, {
      resourceVersion: bookmark.object.metadata!.resourceVersion,
    });
    const more = await resumed.until((all) => all.length >= 1);
    resumed.stop();
    assert.equal(more[0]!.object.metadata?.labels?.phase, 'after-bookmark');
  });

  it('ends the stream cleanly after timeoutSeconds', async () => {
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: String(Number.MAX_SAFE_INTEGER),
      timeoutSeconds: 0.05,
    });
    assert.equal(await watch.done, null);
    assert.deepEqual(watch.events, []);
  });

  it('turns label selector transitions into ADDED and DELETED', async () => {
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'watched' })) as {
      metadata: { resourceVersion: string };
    };
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
      labelSelector: 'phase in (in,still-in)',
    });
    await label('replayed', 'in');
    await label('replayed', 'still-in');
    await label('replayed', 'out');
    await label('replayed', 'other');
    const events = await watch.until((all) => all.length >= 3);
    watch.stop();
    assert.deepEqual(
      events.map((event) => `${event.type} ${String(event.object.metadata?.labels?.phase)}`),
      ['ADDED in', 'MODIFIED still-in', 'DELETED out'],
    );
  });

  it('filters by field selector, and refuses fields the resource does not index', async () => {
    const list = (await c.custom.listNamespacedCustomObject({ ...VMS, namespace: 'watched' })) as {
      metadata: { resourceVersion: string };
    };
    const watch = await collect(c.watch, VM_PATH, {
      resourceVersion: list.metadata.resourceVersion,
      fieldSelector: 'metadata.name=churn',
    });
    await label('replayed', 'ignored');
    await label('churn', 'seen');
    const events = await watch.until((all) => all.length >= 1);
    watch.stop();
    assert.deepEqual(
      events.map((event) => event.object.metadata?.name),
      ['churn'],
    );
    const refused = await failure(
      c.custom.listNamespacedCustomObject({
        ...VMS,
        namespace: 'watched',
        fieldSelector: 'status.printableStatus=Running',
      }),
    );
    assert.equal(refused.code, 400);
    assert.equal(refused.body.message, 'field label not supported: status.printableStatus');
    const events2 = await c.core.listNamespacedEvent({
      namespace: 'watched',
      fieldSelector: 'involvedObject.name=churn,involvedObject.kind=VirtualMachine',
    });
    assert.deepEqual(events2.items, []);
  });

  it('watches all namespaces and one namespace', async () => {
    const list = (await c.custom.listClusterCustomObject({ ...VMS })) as {
      metadata: { resourceVersion: string };
    };
    const all = await collect(c.watch, '/apis/kubevirt.io/v1/virtualmachines', {
      resourceVersion: list.metadata.resourceVersion,
    });
    const one = await collect(c.watch, VM_PATH, { resourceVersion: list.metadata.resourceVersion });
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'elsewhere',
      body: vmManifest('far', 'quay.io/x/y', 'Halted'),
    });
    await c.custom.createNamespacedCustomObject({
      ...VMS,
      namespace: 'watched',
      body: vmManifest('near', 'quay.io/x/y', 'Halted'),
    });
    await all.until((events) => events.length >= 2);
    await one.until((events) => events.length >= 1);
    all.stop();
    one.stop();
    assert.deepEqual(
      all.events.map((event) => event.object.metadata?.namespace),
      ['elsewhere', 'watched'],
    );
    assert.deepEqual(
      one.events.map((event) => event.object.metadata?.name),
      ['near'],
    );
  });

  it('answers a non-numeric resourceVersion 400 and counts open watches', async () => {
    const response = await fetch(`${c.sim.url}${VM_PATH}?watch=true&resourceVersion=abc`);
    assert.equal(response.status, 400);
    await response.body?.cancel();
    const before = c.sim.openWatches();
    const watch = await collect(c.watch, VM_PATH, {});
    await watch.until((events) => events.length > 0);
    assert.equal(c.sim.openWatches(), before + 1);
    watch.stop();
    await watch.done;
  });
});
