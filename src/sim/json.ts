// JSON as the API server writes it: Go's encoding/json (encode.go, appendString) always escapes
// U+2028 and U+2029, and, with the Encoder's default escapeHTML, `<`, `>` and `&`. JSON.stringify
// leaves them raw, and a raw U+2028 inside a watch line is a line break to a client that splits
// on Unicode line terminators.
const GO_ESCAPED = /[\u2028\u2029<>&]/g;

export function apiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    GO_ESCAPED,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
