// KVM or emulation for the KubeVirt of a kind cluster. GitHub's x64 Linux runners have /dev/kvm,
// but only root may open it until a udev rule opens it to all; QEMU in the virt-launcher pod runs
// as a non-root user, and the kind node (a privileged container) copies the host's device node
// when it starts, so the rule must be in place before the cluster is created.
import { stat, writeFile } from 'node:fs/promises';
import { errorMessage } from '../util/errors.ts';
import { runTool } from './exec.ts';

/** The rule used on GitHub runners for the Android emulator, from the runner images' docs. */
export const KVM_UDEV_RULE =
  'KERNEL=="kvm", GROUP="kvm", MODE="0666", OPTIONS+="static_node=kvm"\n';

export interface KvmOptions {
  /** Default `/dev/kvm`. */
  device?: string;
  /** Default `/etc/udev/rules.d/99-kvm4all.rules`. */
  udevRulesPath?: string;
  /** Default: whether this process runs as root; otherwise commands go through `sudo -n`. */
  isRoot?: boolean;
  /** Environment of udevadm and sudo. */
  env?: NodeJS.ProcessEnv;
  /** Time limit of each command (sudo, tee, udevadm). */
  timeoutMs?: number;
  signal?: AbortSignal;
  log: (line: string) => void;
}

export interface EmulationDecision {
  emulation: boolean;
  /** Why, for the log and for an error that follows from it. */
  reason: string;
}

/**
 * Decides between KVM and emulation per the `emulation` input: `true` always emulates; `auto`
 * uses KVM when /dev/kvm exists and can be opened to all, emulation otherwise; `false` requires
 * KVM and throws when it cannot be had.
 */
export async function decideEmulation(
  mode: 'auto' | 'true' | 'false',
  options: KvmOptions,
): Promise<EmulationDecision> {
  if (mode === 'true') return { emulation: true, reason: 'emulation: true was requested' };
  const device = options.device ?? '/dev/kvm';
  let problem: string | undefined;
  if (!(await exists(device))) {
    problem = `${device} does not exist on this runner (arm64 and some self-hosted runners have no KVM)`;
  } else {
    try {
      await enableKvm(device, options);
      return { emulation: false, reason: `${device} is present and open to all users` };
    } catch (error) {
      if (options.signal?.aborted) throw error;
      problem = `${device} exists but could not be opened to all users: ${errorMessage(error)}`;
    }
  }
  if (mode === 'false') {
    throw new Error(
      `emulation: false requires KVM, but ${problem}. Use emulation: auto (or true) to run VMs with software emulation instead.`,
    );
  }
  return { emulation: true, reason: problem };
}

/** Opens the KVM device to all users with the udev rule, unless it already is. */
async function enableKvm(device: string, options: KvmOptions): Promise<void> {
  if (await openToAll(device)) {
    options.log(`${device} is already open to all users.`);
    return;
  }
  const rules = options.udevRulesPath ?? '/etc/udev/rules.d/99-kvm4all.rules';
  const isRoot = options.isRoot ?? process.getuid?.() === 0;
  const { env, timeoutMs, signal } = options;
  const asRoot = (file: string, args: string[], input?: string) =>
    isRoot
      ? runTool(file, args, { env, input, timeoutMs, signal })
      : runTool('sudo', ['-n', file, ...args], { env, input, timeoutMs, signal });
  options.log(`Opening ${device} to all users with the udev rule ${rules}`);
  if (isRoot) await writeFile(rules, KVM_UDEV_RULE);
  else await asRoot('tee', [rules], KVM_UDEV_RULE);
  await asRoot('udevadm', ['control', '--reload-rules']);
  await asRoot('udevadm', ['trigger', '--name-match=kvm']);
  // Waits for the trigger's event to be handled; where it cannot, the mode check below decides.
  await asRoot('udevadm', ['settle', '--timeout=10']).catch(() => undefined);
  if (!(await openToAll(device))) {
    throw new Error(`after the udev rule its mode is still ${await modeOf(device)}`);
  }
}

async function openToAll(device: string): Promise<boolean> {
  return ((await stat(device)).mode & 0o006) === 0o006;
}

async function modeOf(device: string): Promise<string> {
  return ((await stat(device)).mode & 0o777).toString(8).padStart(4, '0');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
