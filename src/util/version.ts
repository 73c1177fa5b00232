// Release tags (`v1.8.4`, `v0.57.0-rc.1`) compared by major, minor and patch.

/** [major, minor, patch] of `v1.8.4` / `1.8`, or undefined when it is no release tag. */
export function releaseParts(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

/** Whether release `version` is `since` or newer; false when either is no release tag. */
export function versionAtLeast(version: string, since: string): boolean {
  const got = releaseParts(version);
  const wanted = releaseParts(since);
  if (!got || !wanted) return false;
  for (let i = 0; i < 3; i++) {
    if (got[i]! !== wanted[i]!) return got[i]! > wanted[i]!;
  }
  return true;
}
