// Waiting for work that takes no AbortSignal (client-node's exec credential plugin, an
// @actions/artifact upload): the wait ends at the deadline, the work is left behind.

/** `work`'s result, or a rejection with `late()` once `ms` have passed; the timer never lingers. */
export async function settleWithin<T>(work: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
