import type { Line } from '../text/lines';
import type { Range } from '../text/range';

/**
 * The document model: what a set of minutes (referat) or an agenda (dagsorden) consists of.
 * Built once per document version by `parseMinutes` and shared by every check, the outline,
 * folding and (later) hovers and completions.
 */

export type DocumentKind = 'referat' | 'dagsorden';

/** Markdown-like (`#` headings) or plain text (section names alone on a line). */
export type HeadingStyle = 'markdown' | 'plain';

/** A piece of text together with where it stands in the document. */
export interface Located<T = string> {
  readonly value: T;
  readonly range: Range;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

export interface MeetingTitle {
  readonly range: Range;
  readonly text: string;
  readonly kind: DocumentKind;
  /** e.g. "Beskæftigelses- og Socialudvalget" */
  readonly committee?: Located;
  /** e.g. "2022-2025" */
  readonly period?: Located;
  readonly date?: Located<CalendarDate>;
}

export interface MeetingDate {
  /** The whole `Mødedato …` line. */
  readonly range: Range;
  readonly weekday?: Located;
  readonly date?: Located<CalendarDate>;
  readonly time?: Located;
}

export interface MeetingHeader {
  /** The header's first line (the title, a committee line above it, or `Udvalg:`/`Dato:`): where the meeting starts in the outline. */
  readonly start?: Range;
  readonly title?: MeetingTitle;
  readonly meetingDate?: MeetingDate;
  readonly venue?: Located;
}

export interface ContentsEntry {
  readonly line: number;
  readonly range: Range;
  /** The entry's title as written (without dot leaders and page number). */
  readonly title: Located;
  /** `Punkt N:` when the entry carries it. */
  readonly number?: number;
  /** `a` in `12 a.` / `12a.`: the entry of supplementary item 12a. */
  readonly numberSuffix?: string;
  /** `#takster-2026` when the entry is a Markdown link to the item (`[2. Takster 2026](#takster-2026)`). */
  readonly anchor?: string;
  readonly page?: Located<number>;
  /** True when the entry has no dot leaders: the extraction cut it short. */
  readonly cutShort: boolean;
}

export interface Contents {
  readonly headingRange: Range;
  readonly range: Range;
  readonly entries: readonly ContentsEntry[];
}

/** A heading that is neither an item nor a section: it belongs to the section it stands in. */
export interface SubHeading {
  readonly line: number;
  readonly range: Range;
  readonly text: string;
  /** Markdown level (1–6) or 0 for a plain-text heading line. */
  readonly level: number;
}

export interface TableCell {
  /** The cell's text as written, trimmed. */
  readonly text: string;
  /** Exact range of the trimmed text (zero-length at the cell's start when empty). */
  readonly range: Range;
}

export interface TableRow {
  readonly line: number;
  readonly range: Range;
  readonly cells: readonly TableCell[];
  /** A row of dashes only (`---\t---`, `|---|---|`). */
  readonly separator: boolean;
}

/** `spaces`: columns aligned by runs of spaces (a PDF transcript, `pdftotext -layout`). */
export type TableSyntax = 'tab' | 'pipe' | 'spaces';

export interface Table {
  readonly syntax: TableSyntax;
  readonly range: Range;
  readonly rows: readonly TableRow[];
  /** The nearest non-blank line above the table (often carries the unit, e.g. `Mio. kr.`). */
  readonly lineAbove?: Located;
  /**
   * The table may lack rows above its first: it goes on from a table a few lines above (a page
   * break between them in a PDF's text), or, space-aligned, starts right under a line of text (a
   * label wrapped above its amounts). A total whose parts do not add up is not guessed at: the
   * parts may be missing.
   */
  readonly partial?: boolean;
}

export interface Section {
  /** Canonical id from the configuration (`resume`, `indstilling`, …). */
  readonly id: string;
  /** The heading text as written (`INDSTILLING`, `Resumé`). */
  readonly heading: Located;
  readonly headingLine: number;
  /** From the heading to the last non-blank line of the section. */
  readonly range: Range;
  /** The lines after the heading; zero-length at the end of the heading when empty. */
  readonly bodyRange: Range;
  /** True when the body holds no text at all. */
  readonly empty: boolean;
  readonly subHeadings: readonly SubHeading[];
  readonly tables: readonly Table[];
}

export interface AgendaItem {
  readonly number: Located<number>;
  /**
   * The letter of a supplementary item (`12a.`, `12 a.`, `Punkt 12a:`, from a Tillægsdagsorden):
   * it follows item 12 and shares its number, without being a duplicate of it.
   */
  readonly numberSuffix?: string;
  /** Title without the case-type prefix. */
  readonly title: Located;
  /** Title as written after `Punkt N:`, with any case-type prefix (`B-sag: …`). */
  readonly fullTitle: Located;
  /** Case-type letter from a `B-sag:` prefix. */
  readonly caseType?: Located;
  readonly headingLine: number;
  /** The heading's trimmed text: where findings about the whole item go. */
  readonly headingRange: Range;
  /** From the heading to the item's last non-blank line. */
  readonly range: Range;
  readonly journalNumber?: Located;
  /**
   * True for an item treated behind closed doors (`Lukket punkt: Personalesag`, `… (Lukket)`, a
   * `Lukket` / `Lukket punkt` line under its heading): published minutes often give only its title.
   */
  readonly closed?: boolean;
  readonly sections: readonly Section[];
  /** Sub-headings and tables between the heading and the first section. */
  readonly preamble: { readonly subHeadings: readonly SubHeading[]; readonly tables: readonly Table[] };
}

/**
 * How this document is laid out, as the parser inferred it (or the configuration pinned it):
 * named in the CLI's output and at the top of the outline.
 */
export interface Layout {
  /** The profile the document is checked with (`odense`, `standard`, `kle`). */
  readonly profile: string;
  /** The item heading form (`punkt`, `pkt`, `nr`, `sag`, `numbered`, `bare`, `title-sag`); none without items. */
  readonly itemForm?: string;
  /** How the form is written, where its name alone would misname it: `glued` (`112Title`), `double` (`1.  185. Title`), `alone` (`Pkt. 42` over the title), `loose` (`Punkt 4 Title`, no colon), `bullet` (`• 301. Title`). */
  readonly itemVariant?: string;
  /** `from-one` or `running` (numbers that run through the year). */
  readonly numbering: 'from-one' | 'running';
  /** True when `.referat.json` or the settings named the profile or the item forms. */
  readonly pinned: boolean;
  /** True when the text looks flattened (whole items on a few long lines) and no item could be read. */
  readonly flattened: boolean;
}

/** One meeting of a file that holds several (each with its own header). */
export interface Meeting {
  readonly header: MeetingHeader;
  /** The line the meeting's header starts on. */
  readonly line: number;
  /** Index in `items` of its first item, and one past its last. */
  readonly firstItem: number;
  readonly endItem: number;
}

export interface MinutesDocument {
  readonly kind: DocumentKind;
  /** The layout inferred for this document. */
  readonly layout: Layout;
  /** The configuration the document is checked with: the user's, with its profile filled in. */
  readonly config: import('../config/config').ReferatConfig;
  /** The meetings when the file holds more than one; empty for the usual single meeting. */
  readonly meetings: readonly Meeting[];
  readonly headingStyle: HeadingStyle;
  /** The whole text as parsed: one native search over it beats a search per line (`linesContainingAny`). */
  readonly text: string;
  readonly lines: readonly Line[];
  readonly header: MeetingHeader;
  readonly contents?: Contents;
  readonly items: readonly AgendaItem[];
  /** Every table in document order, wherever it stands. */
  readonly tables: readonly Table[];
  /** True when the text does not look like text at all (NUL bytes, mostly control characters). */
  readonly binary: boolean;
  /** The line break the document uses (of its first line): edits insert the same. */
  readonly eol: string;
}
