// What a diagnostics folder of a failed check on the simulator holds, wherever it was written
// (the action's diagnostics-path, the CLI's kubevirt-diagnostics/ beside the timeline).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Asserts the run's VM, VMI, launcher pod, Events, the KubeVirt CR and the components' logs are
 * in `folder`; returns the VM's YAML. The VM is the run's (its label), so it was read before the
 * cleanup deleted it.
 */
export function assertDiagnosticsFolder(folder: string): string {
  const files = readdirSync(folder);
  for (const expected of [
    'vms.yaml',
    'vmis.yaml',
    'launcher-pods.yaml',
    'events.txt',
    'kubevirt.yaml',
  ])
    assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
  for (const component of ['virt-operator', 'virt-controller', 'virt-handler'])
    assert.ok(
      files.some((name) => name.startsWith(`${component}-`) && name.endsWith('.log')),
      `a ${component} log in ${files.join(', ')}`,
    );
  const vms = readFileSync(join(folder, 'vms.yaml'), 'utf8');
  assert.match(vms, /^kind: VirtualMachine\n[\s\S]*kubevirt-transition-check\/run: \w+\n/m);
  return vms;
}
