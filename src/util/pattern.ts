// User regular expressions (`expected-message`), matched by RE2 (the re2js port): time linear in
// the input, so no pattern, however written, can block the event loop (`(a+)+$` included).
import { RE2JS } from 're2js';
import { escapeRegExp } from './text.ts';

/** What the verifier needs of a pattern: its text, for reports, and a match anywhere in a string. */
export interface MessagePattern {
  readonly source: string;
  test(text: string): boolean;
}

/** What RE2 does not do, for the error of a pattern it refuses. */
export const RE2_LIMITS =
  'The engine is RE2 (linear time): no backreferences (\\1) and no lookaround ((?=…), (?!…), (?<=…), (?<!…))';

/** `source` compiled by RE2; throws with RE2's reason when RE2 refuses it. */
export function linearPattern(source: string): MessagePattern {
  const compiled = RE2JS.compile(source);
  return { source, test: (text) => compiled.matcher(text).find() };
}

/** A pattern that matches any of `texts` literally. */
export function literalPattern(texts: string[]): MessagePattern {
  return linearPattern(texts.map(escapeRegExp).join('|'));
}
