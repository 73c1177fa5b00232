// What runs of the check left in a cluster: asserted empty after every ending of a run.
import { RUN_LABEL } from '../../src/cluster/manifest.ts';
import { VMIS, VMS, type Clients } from '../sim/helpers.ts';

/** Every VM, VMI, pod and generated namespace carrying the run label, as `kind namespace/name`. */
export async function leftovers(clients: Clients): Promise<string[]> {
  const labelSelector = RUN_LABEL;
  const custom = (resource: typeof VMS | typeof VMIS) =>
    clients.custom.listCustomObjectForAllNamespaces({
      group: resource.group,
      version: resource.version,
      resourcePlural: resource.plural,
      labelSelector,
    }) as Promise<{ items: Named[] }>;
  const [vms, vmis, pods, namespaces] = await Promise.all([
    custom(VMS),
    custom(VMIS),
    clients.core.listPodForAllNamespaces({ labelSelector }),
    clients.core.listNamespace({ labelSelector }),
  ]);
  return [
    ...named('vm', vms.items),
    ...named('vmi', vmis.items),
    ...named('pod', pods.items),
    ...named('namespace', namespaces.items),
  ];
}

interface Named {
  metadata?: { name?: string; namespace?: string };
}

function named(kind: string, items: Named[]): string[] {
  return items.map(
    (item) => `${kind} ${item.metadata?.namespace ?? ''}/${item.metadata?.name ?? ''}`,
  );
}
