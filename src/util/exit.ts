// Once an entry point's work is done, nothing may keep its process alive: a watch request that
// client-node cannot abort before the server answers it (it lets go only after 30 s), or an
// upload that hangs. The step's result is already decided and written; only the exit is late.

/** How long an entry point may linger after its work before it exits anyway. */
export const EXIT_GRACE_MS = 3_000;

/**
 * Exits with the exit code already set, `graceMs` after this call, if anything still holds the
 * process then; the timer itself holds nothing (`unref`), so a clean end exits at once.
 */
export function exitWhenDone(say: (line: string) => void, graceMs: number = EXIT_GRACE_MS): void {
  setTimeout(() => {
    say(
      `Exiting: a connection was still open ${graceMs / 1000} s after the work ended (a request the server never answered).`,
    );
    process.exit();
  }, graceMs).unref();
}
