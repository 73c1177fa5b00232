// What a run creates and how it is removed: used by the runner at the end of a check and by the
// post step after a main step that could not finish (crashed, killed, cancelled).
import {
  type ClusterConnection,
  RUN_LABEL,
  budget,
  type Budget,
  heldByFinalizers,
  removeNamespace,
  removeRunVms,
  type HeldObject,
} from './cluster/index.ts';
import type { Config } from './config/index.ts';
import type { CheckOutcome, Leftovers } from './outcome.ts';
import { errorMessage } from './util/errors.ts';

/** How cleanup talks to its caller: the run's hooks or the post step's log. */
export interface CleanupHooks {
  log: (line: string) => void;
  warn: (line: string) => void;
  group: <T>(title: string, work: () => Promise<T>) => Promise<T>;
  signal?: AbortSignal;
  /** Told once cleanup ended: what is left over, if anything (kept on purpose is not). */
  cleaned?: (leftovers: Leftovers | undefined) => void;
}

/** Everything a run creates, as plain data: the post step's cleanup works from this alone. */
export interface RunResources {
  kubeconfig?: string;
  namespace: string;
  /** True when the run created the namespace (and so deletes it). */
  generatedNamespace: boolean;
  runId: string;
}

/** Time allowed for deleting the run's VMs and namespace and seeing them gone, retries included. */
export const CLEANUP_TIMEOUT_MS = 180_000;

/** Whether what a run created is deleted, per `cleanup`; a cancelled run is always tidied up. */
export function shouldRemove(
  cleanup: Config['cleanup'],
  result: CheckOutcome['result'] | 'cancelled' | undefined,
): boolean {
  if (cleanup === 'never') return false;
  if (cleanup === 'always' || result === 'cancelled') return true;
  return result === 'passed' || result === 'flaky';
}

/**
 * Removes what the run created, or says how to, per `cleanup`; never throws. Returns what could
 * not be removed (kept on purpose is not left over); `hooks.cleaned` hears it too.
 */
export async function cleanUp(
  config: Config,
  cluster: ClusterConnection,
  resources: RunResources,
  outcome: CheckOutcome | undefined,
  hooks: CleanupHooks,
  within: Budget = budget(CLEANUP_TIMEOUT_MS),
): Promise<Leftovers | undefined> {
  const result = hooks.signal?.aborted ? 'cancelled' : outcome?.result;
  if (!shouldRemove(config.cleanup, result)) {
    hooks.log(
      `Keeping ${leftBehind(resources)} (cleanup: ${config.cleanup}). Delete them with: ${removalCommand(resources)}`,
    );
    hooks.cleaned?.(undefined);
    return undefined;
  }
  const leftovers = await hooks.group('Cleaning up', async () => {
    const left = await removeRun(cluster, resources, within);
    if (left) hooks.warn(leftoversWarning(left));
    else
      hooks.log(
        resources.generatedNamespace
          ? `Deleted namespace ${resources.namespace} and everything in it.`
          : `Deleted the run's VMs in ${resources.namespace}.`,
      );
    return left;
  });
  hooks.cleaned?.(leftovers);
  return leftovers;
}

/** One line for the log: what is left, why, and the command that removes it. */
export function leftoversWarning(left: Leftovers): string {
  return `Cleanup could not remove ${left.what}: ${left.why}. Remove it with: ${left.command}`;
}

/**
 * Removes what a run created: its VMs (and their VMIs and pods), then its generated namespace
 * (also when the VMs could not be removed: deleting the namespace removes them too). Returns what
 * is left, if anything.
 */
export async function removeRun(
  cluster: ClusterConnection,
  resources: RunResources,
  within: Budget,
): Promise<Leftovers | undefined> {
  let failure: unknown;
  try {
    // VMs whose deletes keep failing would retry to the end of the budget: keep half of it for
    // the namespace, whose deletion removes them too.
    const forVms = resources.generatedNamespace ? firstHalf(within) : within;
    await removeRunVms(cluster, resources.namespace, resources.runId, forVms);
  } catch (error) {
    failure = error;
  }
  if (resources.generatedNamespace) {
    try {
      await removeNamespace(cluster, resources.namespace, within);
      return undefined;
    } catch (error) {
      failure = error;
    }
  }
  if (failure === undefined) return undefined;
  // Neither deleting the VMs again nor the namespace helps an object a finalizer keeps: name it.
  const held = await heldByFinalizers(
    cluster,
    resources.namespace,
    `${RUN_LABEL}=${resources.runId}`,
    budget(FINALIZER_LOOKUP_MS, within.limits),
  );
  return {
    what: leftBehind(resources),
    why: errorMessage(failure) + held.map((object) => `; ${heldWords(object)}`).join(''),
    command: removalCommand(resources, held),
  };
}

/** The time cleanup takes, past its own bound, to find finalizers that hold what it left. */
const FINALIZER_LOOKUP_MS = 5_000;

function heldWords(object: HeldObject): string {
  const kind = object.kind === 'vm' ? 'VirtualMachine' : 'VirtualMachineInstance';
  const finalizers = object.finalizers.join(', ');
  return `${kind} ${object.name} is being deleted but its finalizer${object.finalizers.length > 1 ? 's' : ''} ${finalizers} keep${object.finalizers.length > 1 ? '' : 's'} it (and the namespace, which waits for it): only the controller that set ${object.finalizers.length > 1 ? 'them' : 'it'} removes ${object.finalizers.length > 1 ? 'them' : 'it'} (virt-controller for kubevirt.io finalizers: check that it runs, kubectl -n kubevirt get pods -l kubevirt.io=virt-controller); deleting the namespace again cannot help`;
}

/** The first half of what is left of `within`, with its limits and signal. */
function firstHalf(within: Budget): Budget {
  const now = performance.now();
  const half = Math.max(0, within.until - now) / 2;
  return { ...within, until: now + half, allowedMs: Math.round(half) };
}

function leftBehind(resources: RunResources): string {
  const vms = `the VMs labelled ${RUN_LABEL}=${resources.runId}`;
  return resources.generatedNamespace
    ? `namespace ${resources.namespace} with ${vms}`
    : `${vms} in namespace ${resources.namespace}`;
}

function removalCommand(resources: RunResources, held: HeldObject[] = []): string {
  // Removing a finalizer skips its controller's own cleanup: the last resort, named as such.
  const unblock = held.map(
    (object) =>
      `kubectl patch ${object.kind} -n ${resources.namespace} ${object.name} --type=merge -p '{"metadata":{"finalizers":null}}' && `,
  );
  return (
    unblock.join('') +
    `kubectl delete vm -n ${resources.namespace} -l ${RUN_LABEL}=${resources.runId}` +
    (resources.generatedNamespace ? ` && kubectl delete namespace ${resources.namespace}` : '')
  );
}
