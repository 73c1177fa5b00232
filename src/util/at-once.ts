/**
 * Runs `work(index)` for every index below `count`, at most `limit` at a time, each started in
 * order of index; none starts once `stop()` says so. Rejects with the first error `work` throws.
 */
export async function atOnce(
  count: number,
  limit: number,
  work: (index: number) => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count && !stop()) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}
