import { longestEvenRise } from '../text/subsequence';
import type { HeadingLine } from './headingLine';
import { isDigit, isJsSpace } from '../text/chars';

/**
 * The forms an agenda item's heading takes across Danish minutes systems, and how the one a
 * document uses is decided from the document as a whole.
 *
 * Reading a line costs one character test for most lines (`mayStartItem`), and a line that may
 * be a heading is matched once against one alternation, not once per form: inference looks only
 * at the candidates, never again at every line.
 */
export type ItemForm = 'punkt' | 'pkt' | 'nr' | 'sag' | 'numbered' | 'bare' | 'title-sag' | 'title';

export interface ItemCandidate {
  readonly line: number;
  readonly form: ItemForm;
  /** Odense's `Punkt N:` (or `Punkt N.`): an item wherever it stands, as it always was. */
  readonly strict: boolean;
  readonly number: number;
  /** The line that carries the number (the next line for `title-sag`). */
  readonly numberLine: number;
  /** The line that carries the title (the next line after `Pkt. 42` alone). */
  readonly titleLine: number;
  /** The heading's last line: the item's text starts below it. */
  readonly headEnd: number;
  readonly numberStart: number;
  readonly numberEnd: number;
  /** `a` in `12a.` / `Punkt 12 a:`: a supplementary item after item 12 (a Tillægsdagsorden's). */
  readonly numberSuffix?: string;
  /** From an `Åbent`/`Lukket` label before the title: true for a closed item. */
  readonly closed?: boolean;
  /** After the number and its punctuation: the title as written, with a case-type prefix or suffix. */
  readonly fullTitleStart: number;
  readonly titleStart: number;
  /** End of the title without a case-type suffix. */
  readonly titleEnd: number;
  readonly end: number;
  readonly caseType?: { readonly code: string; readonly start: number; readonly end: number };
  /** How the heading is dressed (`#` level, bold, bullet): items of one document look alike. */
  readonly shape: string;
}

/**
 * One alternation for every form, in order: strict `Punkt N:`, loose `Punkt`/`Pkt.`, `Nr.`,
 * `Sag nr.`, numbered `N.` (with an optional second running number), bare `NNN Title`.
 */
const STRICT = /^Punkt\s+(\d{1,6})(?:\s?([a-h])(?=:))?\s*(?::|\.(?=\s))\s*(.*)$/iu;
const LOOSE = /^(?:[•·▪]\s*)?(?:(Punkt|Pkt\.?)\s*:?\s*|(Nr)\.?\s*|(Sag\s*nr)\.?\s*:?\s*)(\d{1,6})(?![\d.,]\d)(?:\s?([a-h])(?=[:.)]|\s+[-–]?\s*\p{Lu}))?\s*(?:[:.)]|\s[-–]\s?)?\s*(.*)$/u;
// `12a.` / `12 a.`: a supplementary item (a Tillægsdagsorden's), numbered after the one it follows.
const NUMBERED = /^(?:[•·▪]\s*)?(\d{1,4})(?:\s?([a-h]))?\.(?:\s*(\d{1,4})\.)?(?!\d)\s*(["«„'(]?\p{Lu}.*)$/u;
// `112Godkendelse af dagsorden`: the number glued to the title (a web page's text, Frederikssund-like).
const BARE = /^(?:[•·▪]\s*)?(\d{1,4})(?:\s+(["«„]?\p{Lu}.*)|(\p{Lu}\p{Ll}.*))$/u;
const CASE_PREFIX = /^(\p{Lu})-sag\s*:\s*/u;
/** `1  Åbent   Title`, `4 (Lukket) Title`: whether the item is open or closed, before its title. */
export const ACCESS_LABEL = /^\(?(Åben|Åbent|Lukket)\)?(?:\s{2,}|\s*\)\s*|\s+(?=\p{Lu}))/u;
// `( )`: the case-type mark left empty (Copenhagen's eDoc pages) is no part of the title either.
const CASE_SUFFIX = /\s*\(\s*(B|O|D|Beslutning|Beslutningssag|Orientering|Orienteringssag|Drøftelse|Drøftelsessag|Godkendelse)?\s*\)\s*$/iu;

/**
 * False when the heading text of the line (markup stripped) cannot start an item or a contents
 * heading: it starts with no digit, bullet or item word (Punkt, Pkt, Nr, Sag, Indhold, Dagsorden).
 * Exact and cheap.
 */
export function mayStartItem(raw: string): boolean {
  let p = 0;
  const n = raw.length;
  while (p < n) {
    const c = raw.charCodeAt(p);
    if (c === 32 || c === 9 || c === 35 || c === 42 || c === 95) p++;
    else if (c === 60 && raw.startsWith('<b>', p)) p += 3;
    else if (c === 60 && raw.startsWith('<strong>', p)) p += 8;
    else {
      if ((c >= 48 && c <= 57) || c === 0x2022 || c === 0xb7 || c === 0x25aa) return true;
      // Most prose lines start with a capital too: the word itself is looked at, without a copy.
      const u = c & ~32; // upper case for ASCII letters
      if (u !== 80 && u !== 73 && u !== 78 && u !== 83 && u !== 68) return false;
      ITEM_WORD.lastIndex = p;
      return ITEM_WORD.test(raw);
    }
  }
  return false;
}

/** The words an item or contents heading may start with (sticky: tested where the text starts). */
const ITEM_WORD = /punkt|pkt|nr|sag|indhold|dagsorden/iy;

/** `Sag nr. 12` (or `Sagsnr. 12`) alone on a line, under the title it numbers. */
const SAG_ALONE = /^Sags?\s*nr\.?\s*:?\s*(\d{1,6})\s*$/iu;

export function readSagAlone(text: string): number | undefined {
  const m = SAG_ALONE.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The text ends in `)`, trailing spaces aside: only such a title can carry a case-type or closed mark. */
export function endsWithParen(s: string): boolean {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 32 || s.charCodeAt(e - 1) === 9)) e--;
  return e > 0 && s.charCodeAt(e - 1) === 41;
}

function firstDigit(text: string): number {
  let i = 0;
  while (i < text.length && !isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Reads a line as an item heading of any form; columns are relative to the raw line. */
export function readItemCandidate(h: HeadingLine, raw: string, line: number): ItemCandidate | undefined {
  const text = h.text;
  let form: ItemForm;
  let strict = false;
  let numText: string;
  let rest: string;
  let numberAt = -1;
  let numberSuffix: string | undefined;
  let glued = false;
  let m = STRICT.exec(text);
  // `Punkt 4:` with no title is no Odense heading (whose title always follows the colon): a
  // number alone, the title below it or (a PDF's page top) the open item's number repeated.
  if (m && m[3]!.length === 0) return undefined;
  if (m) {
    form = 'punkt';
    strict = true;
    numText = m[1]!;
    numberSuffix = m[2]?.toLowerCase();
    rest = m[3]!;
  } else if ((m = LOOSE.exec(text))) {
    form = m[1] ? (/^pkt/iu.test(m[1]) ? 'pkt' : 'punkt') : m[2] ? 'nr' : 'sag';
    numText = m[4]!;
    numberSuffix = m[5]?.toLowerCase();
    rest = m[6]!;
    if (rest.length === 0 || !/\p{L}/u.test(rest)) return undefined;
  } else if ((m = NUMBERED.exec(text))) {
    form = 'numbered';
    // Double numbering (`1.  207. Title`): the running number is the item's.
    const g = m[3] ? 3 : 1;
    numText = m[g]!;
    if (g === 1) numberSuffix = m[2];
    rest = m[4]!;
    // Where the number stands, without the `d` flag's index arrays on every match: group 1 is the
    // line's first digit; group 3 follows the first full stop after it, and whitespace.
    numberAt = firstDigit(text);
    if (g === 3) {
      numberAt = text.indexOf('.', numberAt + m[1]!.length) + 1;
      while (isJsSpace(text.charCodeAt(numberAt))) numberAt++;
    }
  } else if ((m = BARE.exec(text))) {
    form = 'bare';
    numText = m[1]!;
    rest = m[2] ?? m[3]!;
    glued = m[3] !== undefined;
  } else return undefined;
  const numberStart = h.start + (numberAt >= 0 ? numberAt : text.indexOf(numText));
  // An open/closed label between the number and the title is neither number nor title.
  const access = ACCESS_LABEL.exec(rest);
  if (access) rest = rest.slice(access[0].length);
  const fullTitleStart = h.end - rest.length;
  const prefix = CASE_PREFIX.exec(rest);
  // Only a title that ends in `)` can carry a suffix: the unanchored expression tried every
  // position of every candidate's title (a twentieth of the parse of the real minutes).
  const suffix = prefix || !endsWithParen(rest) ? null : CASE_SUFFIX.exec(rest);
  let caseType: ItemCandidate['caseType'];
  if (prefix) caseType = { code: prefix[1]!, start: fullTitleStart, end: fullTitleStart + 1 };
  else if (suffix && suffix[1]) {
    const at = fullTitleStart + suffix.index + suffix[0].indexOf(suffix[1]);
    caseType = { code: suffix[1]!.charAt(0).toUpperCase(), start: at, end: at + suffix[1]!.length };
  }
  const titleStart = fullTitleStart + (prefix ? prefix[0].length : 0);
  const titleEnd = suffix ? fullTitleStart + suffix.index : h.end;
  const bullet = /^[•·▪]/u.test(text) ? '•' : '';
  return {
    line,
    form,
    strict,
    number: Number(numText),
    numberLine: line,
    titleLine: line,
    headEnd: line,
    numberStart,
    numberEnd: numberStart + numText.length,
    fullTitleStart,
    titleStart,
    titleEnd,
    end: h.end,
    caseType,
    numberSuffix,
    closed: access ? access[1] === 'Lukket' : undefined,
    shape: `${form}${form === 'numbered' && m[3] ? '2' : ''}${glued ? 'g' : ''}|${h.level}|${h.start > 0 && raw.charCodeAt(h.start - 1) !== 32 ? raw.charCodeAt(h.start - 1) : ''}|${bullet}`,
  };
}

/**
 * How a document's items write their form beyond its name, for the layout's name: the number
 * glued to the title (`112Godkendelse`), double numbering (`1.  185. Title`), the number alone
 * over the title (`Pkt. 42` / title), `Punkt 4 Title` without Odense's colon, a bullet before it
 * (`• 301. Title`).
 */
export function formVariant(c: ItemCandidate): 'glued' | 'double' | 'alone' | 'loose' | 'bullet' | undefined {
  const bar = c.shape.indexOf('|');
  const head = c.shape.slice(0, bar);
  if (head.endsWith('g')) return 'glued';
  if (head.endsWith('2')) return 'double';
  if (c.shape.startsWith('alone', bar + 1)) return 'alone';
  // `Punkt 4 Title` (no colon): not Odense's `Punkt 4: Title`.
  if (c.form === 'punkt' && !c.strict) return 'loose';
  if (c.shape.endsWith('|•')) return 'bullet';
  return undefined;
}

/** A title line numbered by a `Sag nr. N` line under it. */
export function titleSagCandidate(h: HeadingLine, line: number, numberLine: number, numberRaw: string): ItemCandidate {
  const m = /\d+/u.exec(numberRaw)!;
  return {
    line,
    form: 'title-sag',
    strict: false,
    number: Number(m[0]),
    numberLine,
    titleLine: line,
    headEnd: numberLine,
    numberStart: m.index,
    numberEnd: m.index + m[0].length,
    fullTitleStart: h.start,
    titleStart: h.start,
    titleEnd: h.end,
    end: h.end,
    shape: `title-sag|${h.level}`,
  };
}

/**
 * An item without a number (some web pages print only the title, `Beslutning` right under it): the
 * number is its place in the document, and it is written nowhere (an empty range at the title).
 */
export function titleCandidate(h: HeadingLine, line: number, place: number): ItemCandidate {
  return {
    line,
    form: 'title',
    strict: false,
    number: place,
    numberLine: line,
    titleLine: line,
    headEnd: line,
    numberStart: h.start,
    numberEnd: h.start,
    fullTitleStart: h.start,
    titleStart: h.start,
    titleEnd: h.end,
    end: h.end,
    shape: `title|${h.level}`,
  };
}

/** `Pkt. 42` (or `Punkt 42`, `Sag nr. 42`) alone on a line, its title on a line below. */
const NUMBER_ALONE = /^(?:[•·▪]\s*)?(?:(Punkt|Pkt\.?)|(Nr)\.?|(Sag\s*nr)\.?)\s*:?\s*(\d{1,6})(?:\s?([a-h]))?\s*[:.]?$/iu;

/** The item's number when the line is `Pkt. 42` alone (or `Punkt 12 a:`), with its form. */
export function readNumberAlone(text: string): { form: ItemForm; number: number; suffix?: string; at: number; length: number } | undefined {
  const m = NUMBER_ALONE.exec(text);
  if (!m) return undefined;
  const form: ItemForm = m[1] ? (/^pkt/iu.test(m[1]) ? 'pkt' : 'punkt') : m[2] ? 'nr' : 'sag';
  const at = m[0].length - m[0].slice(m[0].indexOf(m[4]!)).length;
  return { form, number: Number(m[4]), suffix: m[5]?.toLowerCase(), at, length: m[4]!.length };
}

/** An item headed `Pkt. 42` alone, with its title on line `titleLine` (heading `t`). */
export function numberFirstCandidate(h: HeadingLine, line: number, alone: NonNullable<ReturnType<typeof readNumberAlone>>, t: HeadingLine, titleLine: number): ItemCandidate {
  const prefix = CASE_PREFIX.exec(t.text);
  const suffix = prefix ? null : CASE_SUFFIX.exec(t.text);
  let caseType: ItemCandidate['caseType'];
  if (prefix) caseType = { code: prefix[1]!, start: t.start, end: t.start + 1 };
  else if (suffix && suffix[1]) {
    const at = t.start + suffix.index + suffix[0].indexOf(suffix[1]);
    caseType = { code: suffix[1]!.charAt(0).toUpperCase(), start: at, end: at + suffix[1]!.length };
  }
  return {
    line,
    form: alone.form,
    strict: false,
    number: alone.number,
    numberSuffix: alone.suffix,
    numberLine: line,
    titleLine,
    headEnd: titleLine,
    numberStart: h.start + alone.at,
    numberEnd: h.start + alone.at + alone.length,
    fullTitleStart: t.start,
    titleStart: t.start + (prefix ? prefix[0].length : 0),
    titleEnd: suffix ? t.start + suffix.index : t.end,
    end: t.end,
    caseType,
    shape: `${alone.form}|alone${h.level}`,
  };
}

const FORM_PRIORITY: readonly ItemForm[] = ['punkt', 'pkt', 'nr', 'sag', 'title-sag', 'numbered', 'bare'];

/**
 * Chooses the document's items among the candidates. `strength(i)` is 2 for a candidate that stands
 * at the top of an item's block, 1 for a plain one, 0 for one that is plainly a list's point (a heading, or followed by a journal number, a case line or a
 * section heading). Odense's strict `Punkt N:` wins outright and keeps every occurrence. Else the
 * form (and dress) with the most strong candidates is the document's; of those, the ones whose
 * numbers rise through the document are items, and a weak candidate of the same form fills in
 * where its number is the next one (an item with no sections, `Eventuelt`). Strength is asked
 * for only when the strict headings do not win.
 */
export function chooseItems(candidates: readonly ItemCandidate[], strength: (i: number) => number, pinned: readonly string[], meetingTitles: readonly number[] = []): ItemCandidate[] {
  const allowed = (c: ItemCandidate) => pinned.length === 0 || pinned.includes(c.form);
  const strict = candidates.filter((c) => c.strict && allowed(c));
  if (strict.length > 0 && (pinned.length === 0 || pinned.includes('punkt'))) return strict;
  const strong = candidates.map((_, i) => strength(i) === 2);
  const byShape = new Map<string, number>();
  for (let i = 0; i < candidates.length; i++) if (strong[i] && allowed(candidates[i]!)) byShape.set(candidates[i]!.shape, (byShape.get(candidates[i]!.shape) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  let bestRank = Infinity;
  for (const [shape, count] of byShape) {
    const rank = FORM_PRIORITY.indexOf(shape.slice(0, shape.indexOf('|')) as ItemForm);
    if (count > bestCount || (count === bestCount && rank < bestRank)) [best, bestCount, bestRank] = [shape, count, rank];
  }
  if (best === undefined) return [];
  const same: number[] = [];
  for (let i = 0; i < candidates.length; i++) if (candidates[i]!.shape === best) same.push(i);
  // Numbers rise within a meeting; a second meeting in the file starts its own count.
  let t = 0;
  const values = same.map((i) => {
    while (t < meetingTitles.length && meetingTitles[t]! < candidates[i]!.line) t++;
    return t * 10_000_000 + candidates[i]!.number;
  });
  // Non-decreasing: a duplicated number is an item (and a finding), not a list point.
  const allIdx: number[] = [];
  const allValues: number[] = [];
  same.forEach((i, k) => {
    if (!strong[i]) return;
    allIdx.push(i);
    allValues.push(values[k]!);
  });
  const allKeep = longestEvenRise(allValues);
  // A number used again below a higher one (`15`, `16`, `15`) may take the place of the higher
  // one in the rising numbers: left out, when the numbers rise as far without it. Whether it is
  // an item is judged on its own (parseMinutes' withDuplicatedNumbers).
  const seen = new Set<number>();
  let highest = -Infinity;
  const fewerIdx: number[] = [];
  const fewerValues: number[] = [];
  same.forEach((i, k) => {
    if (!strong[i]) return;
    const v = values[k]!;
    if (seen.has(v) && v < highest) return;
    seen.add(v);
    highest = Math.max(highest, v);
    fewerIdx.push(i);
    fewerValues.push(v);
  });
  const fewerKeep = fewerIdx.length < allIdx.length ? longestEvenRise(fewerValues) : undefined;
  const [strongIdx, keep] = fewerKeep && fewerKeep.size >= allKeep.size ? [fewerIdx, fewerKeep] : [allIdx, allKeep];
  const accepted = new Set<number>();
  strongIdx.forEach((ci, k) => keep.has(k) && accepted.add(ci));
  // Fill in weak candidates whose number is exactly the next one between accepted neighbours.
  const result: ItemCandidate[] = [];
  let last: ItemCandidate | undefined;
  // The next accepted candidate after each position, found in one backward pass.
  const nextAccepted: (ItemCandidate | undefined)[] = new Array(same.length);
  for (let k = same.length - 1, after: ItemCandidate | undefined; k >= 0; k--) {
    nextAccepted[k] = after;
    if (accepted.has(same[k]!)) after = candidates[same[k]!];
  }
  for (let k = 0; k < same.length; k++) {
    const i = same[k]!;
    const c = candidates[i]!;
    if (accepted.has(i)) {
      result.push(c);
      last = c;
      continue;
    }
    if (strength(i) !== 1 || !last || c.number !== last.number + 1) continue;
    const next = nextAccepted[k];
    if (next && next.number !== c.number + 1) continue;
    result.push(c);
    last = c;
  }
  return result;
}

