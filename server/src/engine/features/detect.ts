const bare = (line: string) => line.replace(/^#{1,6}\s+/u, '').replace(/^(?:\*\*|__|<b>|<strong>)\s*/iu, '');
/** An agenda item heading as minutes systems write it: `Punkt 1:`, `Pkt. 2.`, `1. Godkendelse` is too loose. */
const ITEM = /^(?:Punkt|Pkt\.?|Dagsordenspunkt)\s*\d{1,3}\s*[:.]/iu;

/**
 * Whether a Markdown or plain-text file is minutes or an agenda: its first non-empty line
 * (Markdown heading markers and emphasis aside) starts `REFERAT` or `DAGSORDEN` (any case), or
 * one of its first 60 lines is an item heading (`Punkt 1:`). Looks at the first lines only, so
 * it is cheap on any file, and can run while a new, untitled file is being typed.
 */
export function looksLikeMinutes(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF/u, '');
  let first = true;
  let n = 0;
  for (const raw of head.split(/\r\n|\r|\n/u)) {
    if (++n > 60) break;
    const line = bare(raw.trim());
    if (line === '') continue;
    if (first && /^(?:REFERAT|DAGSORDEN)\b/iu.test(line)) return true;
    first = false;
    if (ITEM.test(line)) return true;
  }
  return false;
}
