// Diagnostics of a failed check, collected from the simulator through client-node: each item a
// KubeVirt developer asks for first, bounded in size, and what could not be read said so.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import {
  collectDiagnostics,
  DIAGNOSTICS_LIMITS,
  keepEnd,
  keepStart,
  type Diagnostics,
} from '../../src/cluster/diagnostics.ts';
import { loadKubeConfig } from '../../src/cluster/kubeconfig.ts';
import { readConfig } from '../../src/config/index.ts';
import { demoTuning, SCENARIOS } from '../../src/demo.ts';
import { writeDiagnostics } from '../../src/report/files.ts';
import { runCheck } from '../../src/run.ts';
import { simulatorsClosedAfter, vmManifest, VMS } from '../sim/helpers.ts';

const TIME_SCALE = 0.02;
const temp = mkdtempSync(join(tmpdir(), 'ktc-diagnostics-'));
const cluster = simulatorsClosedAfter({ timeScale: TIME_SCALE });

interface KubeObject {
  kind?: string;
  metadata?: { name?: string; managedFields?: unknown };
  status?: { printableStatus?: string; conditions?: { type: string }[] };
}

/** The objects of a YAML file of several documents. */
function objects(text: string): KubeObject[] {
  return parseAllDocuments(text).map((document) => document.toJS() as KubeObject);
}

const names = (diagnostics: Diagnostics) => diagnostics.files.map((file) => file.name);
const file = (diagnostics: Diagnostics, pattern: RegExp) =>
  diagnostics.files.find((entry) => pattern.test(entry.name))?.content ?? '';

describe('diagnostics of a failed check', () => {
  it('the running scenario (the image was pulled) leaves each item, written next to the timeline', async () => {
    const clients = await cluster();
    const image = SCENARIOS.running.image;
    const config = readConfig(
      (name) =>
        ({ kubeconfig: clients.sim.kubeconfigPath, image, attempts: '1' })[name as string] ?? '',
      { RUNNER_TEMP: temp },
    );
    const logs: string[] = [];
    const outcome = await runCheck(
      config,
      {
        log: (line) => logs.push(line),
        warn: (line) => logs.push(line),
        group: (_title, work) => work(),
      },
      demoTuning(TIME_SCALE),
    );
    assert.equal(outcome.result, 'failed');
    const diagnostics = outcome.diagnostics;
    assert.ok(diagnostics, logs.join('\n'));
    assert.deepEqual(diagnostics.problems, []);

    const [vm] = objects(file(diagnostics, /^vms\.yaml$/));
    assert.equal(vm?.kind, 'VirtualMachine');
    assert.equal(vm.status?.printableStatus, 'Running');
    assert.equal(vm.metadata?.managedFields, undefined);
    assert.equal(objects(file(diagnostics, /^vmis\.yaml$/))[0]?.kind, 'VirtualMachineInstance');
    const [pod] = objects(file(diagnostics, /^launcher-pods\.yaml$/));
    assert.match(pod?.metadata?.name ?? '', /^virt-launcher-/);
    assert.match(file(diagnostics, /^events\.txt$/), /Pulled|Started|Scheduled/);
    const [kubevirt] = objects(file(diagnostics, /^kubevirt\.yaml$/));
    assert.ok(kubevirt?.status?.conditions?.some((condition) => condition.type === 'Available'));
    for (const component of ['virt-operator', 'virt-controller', 'virt-handler']) {
      const logsOf = names(diagnostics).filter((name) => name.startsWith(`${component}-`));
      assert.ok(logsOf.length >= 1, `${component}: ${names(diagnostics).join(', ')}`);
      assert.match(
        file(diagnostics, new RegExp(`^${component}-`)),
        new RegExp(`"component":"${component}"`),
      );
    }

    const folder = await writeDiagnostics(diagnostics, join(temp, 'written'));
    const written = readdirSync(folder).sort();
    assert.deepEqual(written, names(diagnostics).sort());
    for (const name of written) {
      const limit = name.endsWith('.log')
        ? DIAGNOSTICS_LIMITS.logBytes
        : DIAGNOSTICS_LIMITS.fileBytes;
      assert.ok(statSync(join(folder, name)).size <= limit + 100, name);
    }
  });

  it('keeps every file within its limits, and says what it cut', async () => {
    const clients = await cluster();
    for (let index = 0; index < 3; index++) {
      await clients.custom.createNamespacedCustomObject({
        ...VMS,
        namespace: 'default',
        body: vmManifest(`vm-${index}`),
      });
    }
    const limits = { logTailLines: 3, logBytes: 200, fileBytes: 400, events: 2 };
    const diagnostics = await collectDiagnostics(loadKubeConfig(clients.sim.kubeconfigPath), {
      namespace: 'default',
      limits,
    });
    assert.deepEqual(diagnostics.problems, []);
    for (const { name, content } of diagnostics.files) {
      const body = content.replace(/^# … cut: .*\n|\n# … cut: .*\n$/g, '');
      const limit = name.endsWith('.log') ? limits.logBytes : limits.fileBytes;
      assert.ok(Buffer.byteLength(body) <= limit, `${name}: ${Buffer.byteLength(body)} bytes`);
    }
    assert.match(file(diagnostics, /^vms\.yaml$/), /\n# … cut: \d+ more bytes\n$/);
    const handler = file(diagnostics, /^virt-handler-/);
    assert.ok(handler.trimEnd().split('\n').length <= 3, handler);
    const events = file(diagnostics, /^events\.txt$/)
      .trimEnd()
      .split('\n');
    assert.match(events[0]!, /^# \d+ older events omitted$/);
    assert.equal(events.length, 2 + 2, 'the note, the header and two events');
  });

  it('goes on past what it may not read, and names it', async () => {
    const clients = await cluster({ rbac: { deny: [{ verb: 'get', resource: 'pods/log' }] } });
    const diagnostics = await collectDiagnostics(loadKubeConfig(clients.sim.kubeconfigPath), {
      namespace: 'default',
    });
    assert.ok(names(diagnostics).includes('kubevirt.yaml'));
    assert.equal(names(diagnostics).filter((name) => name.endsWith('.log')).length, 0);
    assert.equal(diagnostics.problems.length, 5, diagnostics.problems.join('\n'));
    assert.match(
      diagnostics.problems[0]!,
      /^Could not read the log of virt-\S+ in pod kubevirt\/virt-\S+: .*forbidden/,
    );
  });

  it('gives up on requests still open at its time limit', async () => {
    const clients = await cluster();
    clients.sim.faults.inject({ match: { resource: 'pods' }, delayMs: 5_000 });
    const diagnostics = await collectDiagnostics(loadKubeConfig(clients.sim.kubeconfigPath), {
      namespace: 'default',
      limits: { timeoutMs: 100 },
    });
    assert.ok(names(diagnostics).includes('kubevirt.yaml'));
    assert.ok(diagnostics.problems.some((problem) => /pods in kubevirt/.test(problem)));
  });
});

describe('keepStart and keepEnd', () => {
  it('keep whole texts within the limit and cut the rest, saying how much', () => {
    assert.equal(keepStart('abc', 3), 'abc');
    assert.equal(keepStart('abcdef', 3), 'abc\n# … cut: 3 more bytes\n');
    assert.equal(keepEnd('abcdef', 2), '# … cut: 4 earlier bytes\nef');
  });
});
