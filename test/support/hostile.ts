// A hostile cluster: every string a cluster sets that the check reads (Event reason and message,
// VM printableStatus, VMI condition reason and message, pod waiting reason and message) written
// with workflow commands and control characters; and how the runner would read a log line.
import { VMIS, VMS, eventually, type Clients } from '../sim/helpers.ts';

/** Marks every injected string, so a command that carries it was not meant by the action. */
export const MARK = 'INJECTED';

/** A string a cluster could set, holding every trick that reaches the runner through a log line. */
// No U+2028/2029 here: the simulator writes them raw into a watch line, where client-node's
// readline splits the line (a real API server escapes them, as Go's encoding/json does); the
// unit tests of logSafe cover them.
export function hostile(field: string): string {
  return [
    `${field}`,
    `\n::error title=${MARK}::${field}`,
    `\n::stop-commands::${MARK}token`,
    `::add-mask::${MARK}`,
    `\r::warning::${MARK}`,
    `##[error]${MARK}`,
    `\u001b[2J\u001b[31m${MARK}\u001b[0m`,
    `\u0085::notice::${MARK}`,
  ].join('');
}

/** A workflow command as actions/runner reads one line (ActionCommand.TryParseV2, then TryParse). */
export interface RunnerCommand {
  name: string;
  properties: string;
  data: string;
  /** The legacy `##[name]data` form, found anywhere in a line. */
  legacy: boolean;
}

/** Any command name counts here; the runner would ignore unregistered ones. */
export function runnerCommand(line: string): RunnerCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end >= 0) return command(trimmed.slice(2, end), trimmed.slice(end + 2), false);
  }
  const prefix = line.indexOf('##[');
  const close = prefix < 0 ? -1 : line.indexOf(']', prefix);
  if (close >= 0) return command(line.slice(prefix + 3, close), line.slice(close + 1), true);
  return undefined;
}

function command(info: string, data: string, legacy: boolean): RunnerCommand {
  const space = info.indexOf(' ');
  return {
    name: space < 0 ? info : info.slice(0, space),
    properties: space < 0 ? '' : info.slice(space + 1),
    data,
    legacy,
  };
}

/** What the action itself emits through @actions/core. */
const MEANT = new Set(['group', 'endgroup', 'debug', 'notice', 'warning', 'error', 'add-mask']);

/**
 * Lines of `output` the runner would take as a command the action did not mean: an unknown or
 * legacy command, or one whose name, properties or masked value came from the cluster.
 * Lines are split as the runner's reader does (CR, LF, CRLF).
 */
export function unmeantCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => {
    const found = runnerCommand(line);
    if (!found) return false;
    return (
      found.legacy ||
      !MEANT.has(found.name) ||
      found.properties.includes(MARK) ||
      (found.name === 'add-mask' && found.data.includes(MARK))
    );
  });
}

/**
 * Writes hostile strings into every field the check reads, once each object of the first VM in
 * `namespace` exists: the VM's status, an Event about the VM, the VMI's Synchronized condition,
 * the launcher pod's container states. The controllers of the simulator write over them later;
 * a watch has seen every version.
 */
export async function injectHostileStrings(clients: Clients, namespace: string): Promise<void> {
  const first = async (plural: typeof VMS | typeof VMIS) => {
    const list = (await clients.custom.listNamespacedCustomObject({
      ...plural,
      namespace,
    })) as { items: { metadata: { name: string } }[] };
    return list.items[0];
  };
  const setStatus = (plural: typeof VMS | typeof VMIS, name: string, status: object) =>
    whenCurrent(async () => {
      const object = (await clients.custom.getNamespacedCustomObject({
        ...plural,
        namespace,
        name,
      })) as object;
      await clients.custom.replaceNamespacedCustomObjectStatus({
        ...plural,
        namespace,
        name,
        body: { ...object, status },
      });
    });

  const vm = (await eventually(() => first(VMS), 20_000, 'a VM')).metadata.name;
  await setStatus(VMS, vm, { printableStatus: hostile('printableStatus') });
  await clients.core.createNamespacedEvent({
    namespace,
    body: {
      metadata: { name: `${vm}.hostile`, namespace },
      involvedObject: { kind: 'VirtualMachine', name: vm, namespace, apiVersion: 'kubevirt.io/v1' },
      reason: hostile('reason'),
      message: hostile('message'),
      type: 'Warning',
      count: 1,
      firstTimestamp: new Date(),
      lastTimestamp: new Date(),
    },
  });
  const vmi = (await eventually(() => first(VMIS), 20_000, 'a VMI')).metadata.name;
  await setStatus(VMIS, vmi, {
    phase: 'Pending',
    conditions: [
      {
        type: 'Synchronized',
        status: 'False',
        reason: hostile('condition reason'),
        message: hostile('condition message'),
      },
    ],
  });
  const pod = (
    await eventually(
      async () => (await clients.core.listNamespacedPod({ namespace })).items[0],
      20_000,
      'a launcher pod',
    )
  ).metadata!.name!;
  const waiting = { reason: hostile('waiting reason'), message: hostile('waiting message') };
  const status = (container: { name: string; image?: string }) => ({
    name: container.name,
    image: container.image ?? '',
    imageID: '',
    ready: false,
    restartCount: 0,
    state: { waiting },
  });
  await whenCurrent(async () => {
    const current = await clients.core.readNamespacedPod({ namespace, name: pod });
    await clients.core.replaceNamespacedPodStatus({
      namespace,
      name: pod,
      body: {
        ...current,
        status: {
          phase: 'Pending',
          initContainerStatuses: (current.spec?.initContainers ?? []).map(status),
          containerStatuses: (current.spec?.containers ?? []).map(status),
        },
      },
    });
  });
}

/** Reads and writes again while a controller's write in between makes ours a conflict (409). */
async function whenCurrent(write: () => Promise<void>): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      return await write();
    } catch (error) {
      if ((error as { code?: unknown }).code !== 409 || tries >= 20) throw error;
    }
  }
}
