// Which of the kubelet's two timings this cluster showed, from the virt-launcher pod the observer
// saw, and what it meant for a 1 s poller (docs/kubelet-timing.md). With a readiness gate and a
// native sidecar (KubeVirt >= v1.6 with the serial console log on: `guest-console-log`), the
// kubelet's NeedToReconcilePodReadiness makes every status write of the pod bring another sync
// after the next PLEG relist, so ErrImagePull lasts about a second; without the sidecar it lasts
// until the pod worker's next requeue, 10-16 s.
import type { LauncherPod, Timeline } from '../observe/types.ts';
import type { KubeletTiming, PollingMissEstimate } from './types.ts';

const ONE_SECOND = 1000;

export function kubeletTiming(
  timeline: Timeline,
  estimate: PollingMissEstimate | undefined,
): KubeletTiming | undefined {
  const launcher = timeline.launcher;
  if (!launcher) return undefined;
  const regime = resyncsOnStatusWrite(launcher) ? 'resync-on-status-write' : 'requeue';
  const errImagePullMs = (estimate?.dwells ?? []).flatMap((dwell) =>
    dwell.state === 'ErrImagePull' && dwell.dwellMs !== undefined && !dwell.ongoing
      ? [dwell.dwellMs]
      : [],
  );
  const poller = estimate?.pollers.find((p) => p.intervalMs === ONE_SECOND);
  return {
    regime,
    errImagePullMs,
    ...(poller && { oneSecondPollingMiss: poller.path }),
    summary: summary(launcher, regime, errImagePullMs, poller?.path),
  };
}

/** kubelet `NeedToReconcilePodReadiness` holds for every status write of such a pod. */
export function resyncsOnStatusWrite(launcher: LauncherPod): boolean {
  return launcher.readinessGates.length > 0 && launcher.sidecars.length > 0;
}

function summary(
  launcher: LauncherPod,
  regime: KubeletTiming['regime'],
  errImagePullMs: number[],
  oneSecondMiss: number | undefined,
): string {
  const lasted =
    errImagePullMs.length > 0 ? ` (here ${errImagePullMs.map(seconds).join(', ')})` : '';
  const why =
    regime === 'resync-on-status-write'
      ? `the launcher pod has the readiness gate ${launcher.readinessGates.join(', ')} and the native sidecar ${launcher.sidecars.join(', ')}, so the kubelet syncs it again after each status write and ErrImagePull lasts about a second${lasted}`
      : `the launcher pod has ${launcher.readinessGates.length === 0 ? 'no readiness gate' : 'no native sidecar (the serial console log is off, or KubeVirt is older than v1.6)'}, so ErrImagePull lasts until the kubelet's next requeue, 10-16 s${lasted}`;
  const polling =
    oneSecondMiss === undefined
      ? ''
      : `; polling every 1 s would have missed this path ${Math.round(oneSecondMiss * 100)} % of the time`;
  return `Kubelet timing: ${why}${polling}.`;
}

function seconds(ms: number): string {
  return ms < 100 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
