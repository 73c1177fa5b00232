// The kubelet's image manager: the node's image store, the pull and its back-off, and the Events
// they record. Sources, in kubernetes/kubernetes:
// - pkg/kubelet/images/image_manager.go `EnsureImageExists`: back-off key pod UID + image; in
//   back-off: Normal `BackOff` "Back-off pulling image %q", ErrImagePullBackOff with that
//   message plus ": <the previous pull error>" (prevPullErrMsg); else Normal `Pulling`, and on
//   failure Warning `Failed` "Failed to pull image %q: <CRI error>", backOff.Next, ErrImagePull
//   with the CRI error as message (`evalCRIPullErr`). An unparsable reference: Warning
//   `InspectFailed`, InvalidImageName.
// - pkg/kubelet/kubelet.go: imageBackOff = flowcontrol.NewBackOff(10 s, 300 s); client-go
//   util/flowcontrol/backoff.go `Next` doubles up to the cap (no jitter) and restarts at 10 s
//   after 2x cap without updates; `IsInBackOffSinceUpdate` = now - lastUpdate < backoff.
import type { Clock } from '../scaled-clock.ts';
import type { Random } from '../random.ts';
import type { EventRecorder, InvolvedObject } from './events.ts';
import { invalidImageMessage, preloadedOnNode, pullErrorMessage } from './images.ts';
import type { Pod } from './pod-types.ts';

/** kubelet.go imageBackOffPeriod / MaxImageBackOff. */
const IMAGE_BACKOFF_INITIAL_MS = 10_000;
const IMAGE_BACKOFF_MAX_MS = 300_000;
/** Modelled pull durations (not from a source: plausible figures for a kind node). */
const PULL_FAILURE_MS = 150;
const PULL_SUCCESS_MS = 1500;

export type PullError = 'ErrImagePull' | 'ImagePullBackOff' | 'InvalidImageName';

export type Outcome = { ok: true } | { ok: false; reason: PullError; message: string };

interface BackOffEntry {
  /** Modelled back-off period. */
  periodMs: number;
  /** Clock time (real ms) of the last update. */
  lastUpdate: number;
  /** The message of the pull that failed last (image_manager.go prevPullErrMsg). */
  lastError: string;
}

export class ImageManager {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #events: EventRecorder;
  readonly #imageExists: (image: string) => boolean;
  readonly #backOff = new Map<string, BackOffEntry>();
  /** The node's image store: pulled (or preloaded) images. */
  readonly #present = new Set<string>();

  constructor(
    clock: Clock,
    random: Random,
    events: EventRecorder,
    imageExists: (image: string) => boolean,
  ) {
    this.#clock = clock;
    this.#random = random;
    this.#events = events;
    this.#imageExists = imageExists;
  }

  /**
   * image_manager.go EnsureImageExists. `dwelling`: with a dwell, the pod's last sync wrote
   * ErrImagePull, so the image counts as in back-off.
   */
  async ensureImageExists(
    dwelling: boolean,
    pod: Pod,
    image: string,
    ref: InvolvedObject,
    pullPolicy = 'IfNotPresent',
  ): Promise<Outcome> {
    const invalid = invalidImageMessage(image);
    if (invalid) {
      this.#events.record(ref, 'Warning', 'InspectFailed', invalid);
      return { ok: false, reason: 'InvalidImageName', message: invalid };
    }
    if (preloadedOnNode(image)) this.#present.add(image);
    if (pullPolicy !== 'Always' && this.#present.has(image)) {
      this.#events.record(
        ref,
        'Normal',
        'Pulled',
        `Container image "${image}" already present on machine`,
      );
      return { ok: true };
    }
    const key = `${pod.metadata.uid}_${image}`;
    const entry = this.#backOff.get(key);
    if (entry && (this.#inBackOff(entry) || dwelling)) {
      const event = `Back-off pulling image "${image}"`;
      this.#events.record(ref, 'Normal', 'BackOff', event);
      return { ok: false, reason: 'ImagePullBackOff', message: `${event}: ${entry.lastError}` };
    }
    this.#events.record(ref, 'Normal', 'Pulling', `Pulling image "${image}"`);
    const exists = this.#imageExists(image);
    const pullMs = (exists ? PULL_SUCCESS_MS : PULL_FAILURE_MS) * (0.8 + 0.4 * this.#random.next());
    const started = this.#clock.now();
    await new Promise<void>((resolve) => this.#clock.after(pullMs, resolve));
    if (!exists) {
      const cause = pullErrorMessage(image);
      this.#events.record(ref, 'Warning', 'Failed', `Failed to pull image "${image}": ${cause}`);
      this.#nextBackOff(key, `ErrImagePull: ${cause}`);
      return { ok: false, reason: 'ErrImagePull', message: cause };
    }
    this.#present.add(image);
    const scale = this.#clock.timeScale || 1;
    const took = ((this.#clock.now() - started) / scale / 1000).toFixed(3);
    this.#events.record(
      ref,
      'Normal',
      'Pulled',
      `Successfully pulled image "${image}" in ${took}s (${took}s including waiting). Image size: 123456789 bytes.`,
    );
    return { ok: true };
  }

  /** flowcontrol.Backoff.IsInBackOffSinceUpdate, on the clock (real ms, scaled periods). */
  #inBackOff(entry: BackOffEntry): boolean {
    const since = this.#clock.now() - entry.lastUpdate;
    if (since > this.#clock.scaled(2 * IMAGE_BACKOFF_MAX_MS)) return false;
    return since < this.#clock.scaled(entry.periodMs);
  }

  /** flowcontrol.Backoff.Next: 10 s, doubled up to 300 s; restarts after 2x max idle. */
  #nextBackOff(key: string, lastError: string): void {
    const now = this.#clock.now();
    const entry = this.#backOff.get(key);
    const expired =
      entry !== undefined && now - entry.lastUpdate > this.#clock.scaled(2 * IMAGE_BACKOFF_MAX_MS);
    const periodMs =
      !entry || expired
        ? IMAGE_BACKOFF_INITIAL_MS
        : Math.min(entry.periodMs * 2, IMAGE_BACKOFF_MAX_MS);
    this.#backOff.set(key, { periodMs, lastUpdate: now, lastError });
  }
}
