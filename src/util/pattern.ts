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

/** Distinct messages whose answer a pattern keeps. */
const MEMO_LIMIT = 1000;

/** `source` compiled by RE2; throws with RE2's reason when RE2 refuses it. */
export function linearPattern(source: string): MessagePattern {
  const compiled = RE2JS.compile(source);
  // The verifier asks about the same few messages on every change: answer those from memory.
  const known = new Map<string, boolean>();
  return {
    source,
    test: (text) => {
      let found = known.get(text);
      if (found === undefined) {
        found = compiled.matcher(text).find();
        if (known.size < MEMO_LIMIT) known.set(text, found);
      }
      return found;
    },
  };
}

/** A pattern that matches any of `texts` literally. */
export function literalPattern(texts: string[]): MessagePattern {
  return linearPattern(texts.map(escapeRegExp).join('|'));
}
