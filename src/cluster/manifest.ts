// The VirtualMachine each attempt creates: the built-in one, or the user's `vm-manifest` with
// our name, namespace, label and (when given) image put in.
import { readFileSync, statSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { errorMessage, InputError } from '../util/errors.ts';

/** Label on everything a run creates, so the post step can find it again. */
export const RUN_LABEL = 'kubevirt-transition-check/run';
export const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'kubevirt-transition-check' };

export interface VirtualMachine {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    [key: string]: unknown;
  };
  spec: {
    runStrategy?: string;
    running?: boolean;
    template: {
      metadata?: { labels?: Record<string, string>; [key: string]: unknown };
      spec: { volumes?: Volume[]; [key: string]: unknown };
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

interface Volume {
  name: string;
  containerDisk?: { image?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface VmIdentity {
  name: string;
  namespace: string;
  runId: string;
}

/**
 * The smallest VM that makes the kubelet pull `image`: one containerDisk, 128Mi, started at once
 * (`runStrategy: Always`, as upstream's `createRunningVM`).
 */
export function builtInVm(identity: VmIdentity, image: string): VirtualMachine {
  return stamp(
    {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: identity.name, namespace: identity.namespace },
      spec: {
        runStrategy: 'Always',
        template: {
          spec: {
            domain: {
              devices: { disks: [{ name: 'containerdisk', disk: { bus: 'virtio' } }] },
              resources: { requests: { memory: '128Mi' } },
            },
            terminationGracePeriodSeconds: 0,
            volumes: [{ name: 'containerdisk', containerDisk: { image } }],
          },
        },
      },
    },
    identity,
  );
}

/** Largest `vm-manifest` file read: a VirtualMachine is a few KiB; more is a mistake or an attack. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The `vm-manifest` file as one attempt's VM: `readVmManifest`, then `vmFromTemplate`. */
export function vmFromManifest(file: string, identity: VmIdentity, image?: string): VirtualMachine {
  return vmFromTemplate(readVmManifest(file, image), identity);
}

/** A VM of `readVmManifest` with one attempt's name, namespace and labels; the template stays as is. */
export function vmFromTemplate(template: VirtualMachine, identity: VmIdentity): VirtualMachine {
  const vm = structuredClone(template);
  vm.metadata = { ...vm.metadata, name: identity.name, namespace: identity.namespace };
  return stamp(vm, identity);
}

/**
 * Reads the `vm-manifest` file (at most MAX_MANIFEST_BYTES): exactly one VirtualMachine
 * (kubevirt.io/v1) that starts by itself and has a containerDisk. `image`, when given, replaces
 * every containerDisk image. Checked before the cluster is contacted.
 */
export function readVmManifest(file: string, image?: string): VirtualMachine {
  const bad = (problem: string) => new InputError('vm-manifest', `${file}: ${problem}`);
  let text: string;
  try {
    const { size } = statSync(file);
    if (size > MAX_MANIFEST_BYTES) {
      throw bad(
        `is ${size} bytes; a VirtualMachine manifest may have at most ${MAX_MANIFEST_BYTES} bytes (1 MiB). Give the file of one VirtualMachine`,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw bad(`cannot be read (${errorMessage(error)})`);
  }
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents)) throw bad('is empty');
  const broken = documents.find((document) => document.errors.length > 0);
  if (broken) throw bad(`is not valid YAML: ${broken.errors[0]!.message.split('\n')[0]}`);
  const objects = documents
    .map((document) => document.toJS() as unknown)
    .filter((object) => object != null);
  if (objects.length !== 1)
    throw bad(`holds ${objects.length} documents; give exactly one VirtualMachine`);
  const vm = objects[0] as Partial<VirtualMachine>;
  if (typeof vm !== 'object' || vm.kind !== 'VirtualMachine') {
    throw bad(
      `is a ${describeKind(vm)}, not a VirtualMachine (kind: VirtualMachine, apiVersion: kubevirt.io/v1)`,
    );
  }
  if (vm.apiVersion !== 'kubevirt.io/v1') {
    throw bad(`has apiVersion '${String(vm.apiVersion)}'; use kubevirt.io/v1`);
  }
  const volumes = vm.spec?.template?.spec?.volumes ?? [];
  const disks = volumes.filter((volume) => volume.containerDisk);
  if (disks.length === 0) throw bad('has no containerDisk volume, so no image would be pulled');
  if (vm.spec?.runStrategy === undefined && vm.spec?.running === undefined) {
    vm.spec!.runStrategy = 'Always';
  } else if (
    vm.spec?.running === false ||
    (vm.spec?.runStrategy &&
      vm.spec.runStrategy !== 'Always' &&
      vm.spec.runStrategy !== 'RerunOnFailure')
  ) {
    throw bad(
      `does not start the VM (runStrategy: ${String(vm.spec?.runStrategy ?? 'running: false')}); use runStrategy: Always`,
    );
  }
  if (image) disks.forEach((volume) => (volume.containerDisk!.image = image));
  const missing = disks.find((volume) => !volume.containerDisk!.image);
  if (missing)
    throw bad(`containerDisk volume '${missing.name}' has no image; set one or the 'image' input`);
  // What `kubectl get -o yaml` adds would make the create fail or lie: drop it.
  const metadata: Record<string, unknown> = { ...vm.metadata };
  for (const field of [
    'resourceVersion',
    'uid',
    'creationTimestamp',
    'generation',
    'managedFields',
  ]) {
    delete metadata[field];
  }
  delete vm.status;
  vm.metadata = { ...metadata, name: '', namespace: '' };
  return vm as VirtualMachine;
}

/** The containerDisk images of a VM, for the expected-message default and reports. */
export function containerDiskImages(vm: VirtualMachine): string[] {
  return (vm.spec.template.spec.volumes ?? []).flatMap((volume) =>
    volume.containerDisk?.image ? [volume.containerDisk.image] : [],
  );
}

/** Labels the VM and its template, so the VMI and the virt-launcher pod carry the run label too. */
function stamp(vm: VirtualMachine, identity: VmIdentity): VirtualMachine {
  const runLabels = { [RUN_LABEL]: identity.runId };
  vm.metadata.labels = { ...vm.metadata.labels, ...MANAGED_BY, ...runLabels };
  vm.spec.template.metadata = {
    ...vm.spec.template.metadata,
    labels: { ...vm.spec.template.metadata?.labels, ...runLabels },
  };
  return vm;
}

function describeKind(object: unknown): string {
  if (object === null || typeof object !== 'object') return `${typeof object} value`;
  const kind = (object as { kind?: unknown }).kind;
  return typeof kind === 'string' && kind !== '' ? `'${kind}'` : 'document without kind';
}
