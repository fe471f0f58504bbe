import type { ReferatConfig } from '../config/config';
import type { AgendaItem, Contents, ContentsEntry, DocumentKind, Located, MinutesDocument, Section, SubHeading, Table } from '../model/minutes';
import { Line, isBlank, splitLines, trimmedLineRange } from '../text/lines';
import { Range, lineRange, range } from '../text/range';
import { isContentsHeading, looksLikeContentsEntry, parseContentsEntry } from './contents';
import { parseHeader } from './header';
import { HeadingLine, MAX_PLAIN_HEADING, looksLikePlainHeading, mayBeItemOrContentsHeading, readHeadingLine, readItemHeading, scanHeadingLine, scanned } from './headingLine';
import { SectionMatcher } from './sectionMatcher';
import { buildTable, tableSyntaxOf } from './tables';
import type { TableSyntax } from '../model/minutes';

export interface ParseOptions {
  /** File name or URI; `.dagsorden.` in it marks an agenda when the title does not say. */
  readonly fileName?: string;
}

const JOURNAL_LIKE = /^[0-9][0-9A-Za-zÆØÅæøå.\-–/ ]{3,39}$/u;

/**
 * Parses minutes or an agenda into the document model in one linear pass over the lines.
 * Pure: text and configuration in, model out. Never throws on any input.
 */
export function parseMinutes(text: string, config: ReferatConfig, options: ParseOptions = {}): MinutesDocument {
  const lines = splitLines(text);
  const n = lines.length;
  const matcher = SectionMatcher.for(config);
  const blank: boolean[] = new Array(n);
  const syntaxOf: (TableSyntax | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    blank[i] = isBlank(lines[i]!.text);
    if (!blank[i]) syntaxOf[i] = tableSyntaxOf(lines[i]!.text);
  }
  // Heading lines are read on demand and kept: most lines are never asked for one, and an
  // object per line was most of the parse's garbage.
  const headingOf: (HeadingLine | undefined)[] = new Array(n);
  const heading = (i: number): HeadingLine | undefined => (headingOf[i] ??= readHeadingLine(lines[i]!.text));

  // Find the contents heading and item headings. Entries of the contents may start with
  // `Punkt N:` too; they end in a page number, which item headings never do.
  let contentsLine = -1;
  const itemStarts: number[] = [];
  for (let i = 0; i < n; i++) {
    if (blank[i] || !mayBeItemOrContentsHeading(lines[i]!.text)) continue;
    const h = heading(i)!;
    if (itemStarts.length === 0 && contentsLine < 0 && isContentsHeading(h.text)) {
      contentsLine = i;
      continue;
    }
    if (readItemHeading(h) && !(contentsLine >= 0 && itemStarts.length === 0 && looksLikeContentsEntry(lines[i]!.text))) itemStarts.push(i);
  }
  const firstItem = itemStarts.length > 0 ? itemStarts[0]! : n;
  const header = parseHeader(lines, contentsLine >= 0 ? contentsLine : firstItem);
  const contents = contentsLine >= 0 ? parseContents(lines, contentsLine, firstItem) : undefined;

  const items: AgendaItem[] = [];
  const tables: Table[] = [];
  const ctx: ItemContext = { lines, blank, heading, syntaxOf, matcher, tables };
  for (let k = 0; k < itemStarts.length; k++) {
    items.push(parseItem(ctx, itemStarts[k]!, k + 1 < itemStarts.length ? itemStarts[k + 1]! : n));
  }

  const kind: DocumentKind = header.title?.kind ?? (/\.dagsorden\./i.test(options.fileName ?? '') ? 'dagsorden' : 'referat');
  const markdown =
    items.some((it) => (heading(it.headingLine)?.level ?? 0) > 0) ||
    items.some((it) => it.sections.some((s) => (heading(s.headingLine)?.level ?? 0) > 0));
  const eol = lines.length > 1 ? text.slice(lines[0]!.offset + lines[0]!.text.length, lines[1]!.offset) : '\n';
  return { kind, headingStyle: markdown ? 'markdown' : 'plain', text, lines, eol, header, contents, items, tables, binary: looksBinary(text) };
}

interface ItemContext {
  readonly lines: readonly Line[];
  readonly blank: readonly boolean[];
  readonly heading: (line: number) => HeadingLine | undefined;
  readonly syntaxOf: readonly (TableSyntax | undefined)[];
  readonly matcher: SectionMatcher;
  readonly tables: Table[];
}

function parseContents(lines: readonly Line[], headingLine: number, end: number): Contents {
  const entries: ContentsEntry[] = [];
  let last = headingLine;
  for (let i = headingLine + 1; i < end; i++) {
    const entry = parseContentsEntry(lines[i]!);
    if (entry) {
      entries.push(entry);
      last = i;
    }
  }
  return {
    headingRange: trimmedLineRange(lines[headingLine]!),
    range: range(headingLine, 0, last, lines[last]!.text.length),
    entries,
  };
}

/** Index of the last non-blank line in [from, to), or from - 1. */
function lastNonBlank(blank: readonly boolean[], from: number, to: number): number {
  let i = to - 1;
  while (i >= from && blank[i]) i--;
  return i;
}

function parseItem(ctx: ItemContext, start: number, end: number): AgendaItem {
  const { lines, blank, heading, syntaxOf, matcher } = ctx;
  const h = heading(start)!;
  const parts = readItemHeading(h)!;
  const last = Math.max(start, lastNonBlank(blank, start, end));

  // The journal number: the first non-blank line under the heading, when it looks like one.
  let journalNumber: Located | undefined;
  let body = start + 1;
  while (body < end && blank[body]) body++;
  if (body < end) {
    const jh = heading(body)!;
    if (jh.level === 0 && !syntaxOf[body] && JOURNAL_LIKE.test(jh.text) && /\d/.test(jh.text) && matcher.match(jh.text) === undefined) {
      journalNumber = { value: jh.text, range: lineRange(body, jh.start, jh.end) };
      body++;
    }
  }

  const sections: Section[] = [];
  const preamble = { subHeadings: [] as SubHeading[], tables: [] as Table[] };
  let current: { id: string; heading: Located; line: number; subHeadings: SubHeading[]; tables: Table[] } | undefined;
  const closeSection = (until: number) => {
    if (!current) return;
    const lastLine = lastNonBlank(blank, current.line + 1, until);
    const empty = lastLine < current.line + 1;
    const headingLineText = lines[current.line]!.text;
    sections.push({
      id: current.id,
      heading: current.heading,
      headingLine: current.line,
      range: range(current.line, 0, empty ? current.line : lastLine, empty ? headingLineText.length : lines[lastLine]!.text.length),
      bodyRange: empty
        ? range(current.line, headingLineText.length, current.line, headingLineText.length)
        : range(current.line + 1, 0, lastLine, lines[lastLine]!.text.length),
      empty,
      subHeadings: current.subHeadings,
      tables: current.tables,
    });
  };

  // The nearest non-blank line above a table (its unit, often), as a line index: -1 for none.
  let lastAbove = -1;
  for (let i = body; i < end; i++) {
    if (blank[i]) continue;
    const syntax = syntaxOf[i];
    if (syntax) {
      let j = i;
      while (j + 1 < end && syntaxOf[j + 1] === syntax) j++;
      if (j > i || syntax === 'pipe') {
        const above = lastAbove >= 0 ? heading(lastAbove)! : undefined;
        const table = buildTable(lines, i, j, syntax, above && { value: above.text, range: lineRange(lastAbove, above.start, above.end) });
        (current ?? preamble).tables.push(table);
        ctx.tables.push(table);
        i = j;
        lastAbove = -1;
        continue;
      }
    }
    // Allocation-free first look; the heading's text is cut out only when something needs it.
    scanHeadingLine(lines[i]!.text);
    const { level, start: hs, end: he } = scanned;
    const sectionId = matcher.couldMatch(he - hs) ? matcher.match(heading(i)!.text) : undefined;
    if (sectionId !== undefined) {
      closeSection(i);
      current = { id: sectionId, heading: { value: heading(i)!.text, range: lineRange(i, hs, he) }, line: i, subHeadings: [], tables: [] };
      lastAbove = -1;
      continue;
    }
    const prevBlank = i === 0 || blank[i - 1]!;
    const nextBlank = i + 1 >= lines.length || blank[i + 1]!;
    // A paragraph on one line between blank lines (most of a plain-text file) is too long to be a
    // heading: the length is known from the scan, so its heading text is never cut out.
    const isSub = level > 0 || (prevBlank && nextBlank && he - hs <= MAX_PLAIN_HEADING && looksLikePlainHeading(heading(i)!.text, prevBlank, nextBlank));
    if (isSub) (current ?? preamble).subHeadings.push({ line: i, range: lineRange(i, hs, he), text: heading(i)!.text, level });
    lastAbove = i;
  }
  closeSection(end);

  const headingRange = trimmedLineRange(lines[start]!);
  return {
    number: { value: parts.number, range: lineRange(start, parts.numberStart, parts.numberEnd) },
    title: { value: lines[start]!.text.slice(parts.titleStart, parts.end), range: lineRange(start, parts.titleStart, parts.end) },
    fullTitle: { value: lines[start]!.text.slice(parts.fullTitleStart, parts.end), range: lineRange(start, parts.fullTitleStart, parts.end) },
    caseType: parts.caseType ? { value: parts.caseType.code, range: lineRange(start, parts.caseType.start, parts.caseType.end) } : undefined,
    headingLine: start,
    headingRange,
    range: range(start, 0, last, lines[last]!.text.length) as Range,
    journalNumber,
    sections,
    preamble,
  };
}

/** Characters that count against "text": C0 controls other than tab, LF, FF, CR; and U+FFFD. */
const SUSPECT = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

/**
 * How much of the start is sniffed: 8 KiB, as git does (it looks for a NUL in the first 8000
 * bytes). Every binary format shows itself in its header, and a whole-text scan cost as much as
 * the whole floor of the benchmark (split into lines, one regex per line).
 */
const SNIFF = 8192;

/** NUL characters or a high share of control characters in the first 8 KiB: not text. */
function looksBinary(text: string): boolean {
  const limit = Math.min(text.length, SNIFF);
  // Fast path for ordinary text: one native scan finds no suspect character at all.
  if (!SUSPECT.test(limit === text.length ? text : text.slice(0, limit))) return false;
  let control = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return limit > 0 && control / limit > 0.1;
}
