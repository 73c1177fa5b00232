// Every key the main step saves for the post step, in one place. The post step runs in its own
// process, so these strings (core.saveState / core.getState, called only by main.ts and post.ts)
// are all that passes between the two.
import type { KindClusterRef } from './cluster/kind.ts';

export const STATE = {
  /** JSON `KindClusterRef` of the kind cluster the main step created; absent if it created none. */
  kindCluster: 'kind-cluster',
} as const;

/** `core.saveState` or a stand-in. */
export type SaveState = (key: string, value: string) => void;
/** `core.getState` or a stand-in: '' for a key never saved. */
export type GetState = (key: string) => string;

/** Saved just before `kind create cluster`, so even a half-created cluster is deleted. */
export function saveKindCluster(save: SaveState, cluster: KindClusterRef): void {
  save(STATE.kindCluster, JSON.stringify(cluster));
}

/** The kind cluster to delete, or `undefined` when the main step created none. */
export function readKindCluster(get: GetState): KindClusterRef | undefined {
  const saved = get(STATE.kindCluster);
  if (!saved) return undefined;
  const cluster = JSON.parse(saved) as Partial<KindClusterRef>;
  if (!cluster.clusterName || !cluster.kubeconfigPath || !cluster.kindPath) {
    throw new Error(`The saved state '${STATE.kindCluster}' is incomplete: ${saved}`);
  }
  return {
    clusterName: cluster.clusterName,
    kubeconfigPath: cluster.kubeconfigPath,
    kindPath: cluster.kindPath,
  };
}
