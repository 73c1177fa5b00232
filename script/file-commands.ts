/**
 * Reads a runner file that `@actions/core` writes with `core.setOutput` / `core.saveState`
 * (GITHUB_OUTPUT, GITHUB_STATE): `name<<delimiter`, the value's lines, `delimiter`.
 */
export function readFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) {
    values[match[1]!] = match[3]!;
  }
  return values;
}
