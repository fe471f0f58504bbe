/**
 * Whether a Markdown or plain-text file is minutes or an agenda: its first non-empty line
 * (Markdown heading markers and emphasis aside) starts `REFERAT` or `DAGSORDEN`. Looks at the
 * first lines only, so it is cheap on any file.
 */
export function looksLikeMinutes(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, '');
  for (const raw of head.split(/\r\n|\r|\n/u)) {
    const line = raw.trim();
    if (line === '') continue;
    const bare = line.replace(/^#{1,6}\s+/u, '').replace(/^(?:\*\*|__|<b>|<strong>)\s*/iu, '');
    return /^(?:REFERAT|DAGSORDEN)\b/u.test(bare);
  }
  return false;
}
