// What virt-controller reads from the `kubevirt` CR: the version, the feature gates,
// `developerConfiguration.useEmulation` and `virtualMachineOptions.disableSerialConsoleLog`
// (pkg/virt-config).
import { isRecord } from '../objects.ts';
import { KUBEVIRT_NAME, KUBEVIRT_NAMESPACE } from '../seed.ts';
import type { Store } from '../store.ts';

export interface KubevirtConfig {
  version: string;
  useEmulation: boolean;
  imageVolume: boolean;
  launcherImage: string;
  /**
   * `spec.configuration.virtualMachineOptions.disableSerialConsoleLog` is set (any value, `{}`
   * included: virt-config.go `IsSerialConsoleLogDisabled` checks it is not nil).
   */
  serialConsoleLogDisabled: boolean;
}

/** Beta since v1.7.0 (pkg/virt-config/featuregate/active.go). */
const IMAGE_VOLUME = 'ImageVolume';

function minor(version: string): [number, number] {
  const match = /^v?(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : [1, 8];
}

/** Whether `version` (e.g. `v1.8.4`) is at least `major.minorWanted`. */
export function versionAtLeast(version: string, major: number, minorWanted: number): boolean {
  const [got, gotMinor] = minor(version);
  return got > major || (got === major && gotMinor >= minorWanted);
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/**
 * Whether the `ImageVolume` gate is on. From v1.9.0 every Beta gate is on unless listed in
 * `disabledFeatureGates` (featuregate.IsEnabled, PR #17405); before, a gate is on only when
 * listed in `featureGates` (v1.8 `isFeatureGateEnabled`).
 */
export function imageVolumeEnabled(
  version: string,
  featureGates: string[],
  disabledFeatureGates: string[],
): boolean {
  if (disabledFeatureGates.includes(IMAGE_VOLUME)) return false;
  if (featureGates.includes(IMAGE_VOLUME)) return true;
  return versionAtLeast(version, 1, 9);
}

export function readKubevirtConfig(store: Store): KubevirtConfig {
  const kubevirt = store.get('kubevirts', KUBEVIRT_NAMESPACE, KUBEVIRT_NAME);
  const status = isRecord(kubevirt?.status) ? kubevirt.status : {};
  const spec = isRecord(kubevirt?.spec) ? kubevirt.spec : {};
  const configuration = isRecord(spec.configuration) ? spec.configuration : {};
  const developer = isRecord(configuration.developerConfiguration)
    ? configuration.developerConfiguration
    : {};
  const vmOptions = isRecord(configuration.virtualMachineOptions)
    ? configuration.virtualMachineOptions
    : {};
  const version =
    typeof status.observedKubeVirtVersion === 'string' ? status.observedKubeVirtVersion : 'v1.8.4';
  return {
    version,
    useEmulation: developer.useEmulation === true,
    imageVolume: imageVolumeEnabled(
      version,
      strings(developer.featureGates),
      strings(developer.disabledFeatureGates),
    ),
    launcherImage: `quay.io/kubevirt/virt-launcher:${version}`,
    serialConsoleLogDisabled:
      vmOptions.disableSerialConsoleLog !== undefined && vmOptions.disableSerialConsoleLog !== null,
  };
}
