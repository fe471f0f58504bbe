import type { Position, Range } from './range';
import { holdsSuspect } from './simdScan';

/**
 * The text the engine analyses: the document with everything that does not change what it says
 * taken out, so that invisible differences never change a finding. Text pasted together from
 * several programs mixes line endings, carries a BOM, zero-width joiners and soft hyphens inside
 * words, no-break spaces inside headings and amounts, decomposed æøå (NFD from macOS), and lone
 * surrogates from a cut-off emoji. The canonical form has:
 * - LF for every line break (CRLF and CR alike: the same lines an editor counts, LSP's rule);
 * - an ordinary space for every no-break, narrow, figure, thin or other Unicode space;
 * - no zero-width characters (ZWSP, ZWNJ, ZWJ, LRM/RLM, word joiner, BOM, soft hyphen) and no
 *   lone surrogates;
 * - NFC (a letter and its combining marks as one character).
 * Line breaks and spaces keep every position; the last two change columns on the lines that have
 * them, so those lines keep a column map, and findings are mapped back to the original's positions
 * (`toOriginal`). A text with none of these characters (nearly every document) is returned as it is
 * after one native scan.
 */
export interface CanonicalText {
  readonly text: string;
  /**
   * For each line whose columns differ from the original's: canonical column → original column
   * (one entry per canonical UTF-16 unit, plus one for the line's end). Undefined when no column
   * moved.
   */
  readonly columns?: ReadonlyMap<number, Int32Array>;
  /** The text held none of the characters the canonical form changes (so no combining mark either). */
  readonly plain?: true;
}

/** Any character the canonical form changes; its absence means the text is canonical already. */
const SUSPECT = /[\r\u00A0\u00AD\u2000-\u200F\u202F\u205F\u2060\u3000\uFEFF\uD800-\uDFFF\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters whose removal or composition moves columns. */
const MOVES_COLUMNS = /[\u00AD\u200B-\u200F\u2060\uFEFF\uD800-\uDFFF\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;

const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
const isCombining = (c: number) =>
  (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Whether `text` may hold a character the canonical form changes (false: it is canonical as it
 * is). `SUSPECT.test` is exact but walks the text one code unit at a time in the regular
 * expression engine (≈1 ns each: 176 µs on the two real minutes, two thirds of the benchmark's
 * whole floor). A long text is scanned by WebAssembly SIMD instead (text/simdScan.ts): on the
 * two real minutes 40 µs against 100 µs for the 32-bit JavaScript scan it replaces (and 200 µs for
 * the expression), the analysis ≈3.5% faster, paired both ways. Short texts, and engines without
 * WebAssembly SIMD or Node's `Buffer`, use the expression.
 */
function maySuspect(text: string): boolean {
  if (text.length < 4096) return SUSPECT.test(text);
  if (text.indexOf('\r') >= 0) return true; // one native search: the only suspect below U+0080
  return holdsSuspect(text) ?? SUSPECT.test(text);
}

export function canonicalText(text: string): CanonicalText {
  if (!maySuspect(text)) return { text, plain: true };
  let t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  t = t.replace(SPACES, ' ');
  if (!MOVES_COLUMNS.test(t)) return { text: t };
  const lines = t.split('\n');
  const columns = new Map<number, Int32Array>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!MOVES_COLUMNS.test(line)) continue;
    const { out, map } = canonicalLine(line);
    if (out === line) continue; // emoji only: valid pairs, nothing moved
    lines[i] = out;
    columns.set(i, map);
  }
  return columns.size > 0 ? { text: lines.join('\n'), columns } : { text: t };
}

/** One line's canonical form and its column map (see CanonicalText.columns). */
function canonicalLine(line: string): { out: string; map: Int32Array } {
  let out = '';
  const map: number[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (isInvisible(c)) {
      i++;
      continue;
    }
    let width = 1;
    if (isHigh(c)) {
      if (i + 1 < n && isLow(line.charCodeAt(i + 1))) width = 2;
      else {
        i++; // a lone high surrogate
        continue;
      }
    } else if (isLow(c)) {
      i++; // a lone low surrogate
      continue;
    }
    // The character and the combining marks that follow it (invisible characters between them dropped).
    let j = i + width;
    let cluster = line.slice(i, j);
    while (j < n) {
      const d = line.charCodeAt(j);
      if (isCombining(d)) cluster += line[j];
      else if (!isInvisible(d)) break;
      j++;
    }
    const composed = cluster.length > width ? cluster.normalize('NFC') : cluster;
    for (let k = 0; k < composed.length; k++) map.push(k < width && composed.length === cluster.length ? i + k : i);
    out += composed;
    i = j;
  }
  map.push(n);
  return { out, map: Int32Array.from(map) };
}

/** A canonical position in the original text. */
export function toOriginal(canonical: CanonicalText, p: Position): Position {
  const map = canonical.columns?.get(p.line);
  if (!map) return p;
  const last = map.length - 1;
  const character = p.character >= last ? map[last]! + (p.character - last) : map[p.character]!;
  return character === p.character ? p : { line: p.line, character };
}

/** An original position in the canonical text (the canonical character that covers it). */
export function toCanonical(canonical: CanonicalText, p: Position): Position {
  const map = canonical.columns?.get(p.line);
  if (!map) return p;
  // The last canonical column whose original column is at or before p (the map never decreases).
  let lo = 0;
  let hi = map.length - 1;
  if (p.character >= map[hi]!) return { line: p.line, character: hi + (p.character - map[hi]!) };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]! <= p.character) lo = mid;
    else hi = mid - 1;
  }
  return { line: p.line, character: lo };
}

export function rangeToOriginal(canonical: CanonicalText, r: Range): Range {
  if (!canonical.columns) return r;
  const start = toOriginal(canonical, r.start);
  const end = toOriginal(canonical, r.end);
  return start === r.start && end === r.end ? r : { start, end };
}
