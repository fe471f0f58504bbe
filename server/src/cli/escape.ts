/**
 * Text from a document (quoted in a message) or a file name, made safe for a terminal: control
 * characters (ESC starts a terminal escape sequence that could rewrite the screen or the title),
 * C1 controls, line breaks and the bidirectional overrides that can make a line read differently
 * from what it is become visible escapes (`\x1b`, `\u202e`). Tabs stay.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}
