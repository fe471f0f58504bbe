import type { ReferatConfig } from '../config/config';
import type { AgendaItem, CalendarDate, Contents, ContentsEntry, DocumentKind, Located, MinutesDocument, Section, SubHeading, Table } from '../model/minutes';
import { DocumentSlot } from '../model/derived';
import { Line, isBlank, linesHolding, splitLines, trimmedLineRange } from '../text/lines';
import { Range, lineRange, range } from '../text/range';
import { parseAmount } from '../tables/amount';
import { CONTENTS_TABLE_HEAD, entryText, gluedContentsHeading, linkEntry, hasEntryEnding, isContentsHeading, looksLikeContentsEntry, parseContentsEntry } from './contents';
import { DANISH_MONTHS, parseHeader } from './header';
import { HeadingLine, MAX_PLAIN_HEADING, looksLikePlainHeading, readHeadingLine, scanHeadingLine, scanned } from './headingLine';
import { ItemCandidate, chooseItems, endsWithParen, formVariant, mayStartItem, numberFirstCandidate, readItemCandidate, readNumberAlone, readSagAlone, titleCandidate, titleSagCandidate } from './itemForms';
import { configForProfile, defaultConfig } from '../config/config';
import { Profile, allSections, profileByName } from '../profiles/profiles';
import type { Layout, Meeting } from '../model/minutes';
import { SectionMatcher, ownSectionNumber } from './sectionMatcher';
import { isDigit } from '../text/chars';
import { holdsControl } from '../text/simdScan';
import { buildTable, tableSyntaxOf } from './tables';
import { SpaceBlock, endsLikeAmount, findSpaceTables } from './spaceTables';
import { findColumnTables } from './columnTables';
import type { TableSyntax } from '../model/minutes';

export interface ParseOptions {
  /** File name or URI; `.dagsorden.` in it marks an agenda when the title does not say. */
  readonly fileName?: string;
}

/** A line that starts like an item in a contents list: `3.`, `Punkt 3`, `Pkt. 3`, `185 Title`. */
const ENTRY_START = /^\s*(?:[-*•·▪]\s*)?(?:(?:Punkt|Pkt\.?|Nr\.?|Sag\s*nr\.?)\s*:?\s*)?\d{1,4}(?:\s?[a-h](?=[:.)]))?\.?\s+\S/iu;

/** A line that starts in lower case: the rest of a wrapped title, not an entry of its own. */
const CONTINUES = /^\s*\p{Ll}/u;

/** A contents entry's page number alone on a line (arabic or roman). */
const LONE_PAGE = /^\s*(?:\d{1,4}|[ivxlc]{1,6})\s*$/iu;
/** An entry's line ending in a page number after a single space: `74. Godkendelse af dagsorden 2`. */
const SPACE_PAGE = /\S \d{1,3}\s*$/u;

const JOURNAL_LIKE = /^[0-9][0-9A-Za-zÆØÅæøå.\-–/ ]{3,39}$/u;

/**
 * Parses minutes or an agenda into the document model in one linear pass over the lines.
 * Pure: text and configuration in, model out. Never throws on any input.
 *
 * The layout is inferred on the way: every line that may open an item is read once as a
 * candidate of any form (one character test rejects most lines), and the document's item form,
 * its profile and so its section spellings are decided from the candidates alone.
 */
export function parseMinutes(text: string, baseConfig: ReferatConfig, options: ParseOptions = {}): MinutesDocument {
  const lines = splitLines(text);
  const n = lines.length;
  const blank: boolean[] = new Array(n);
  const syntaxOf: (TableSyntax | undefined)[] = new Array(n);
  let pageTops: Map<string, number> | undefined;
  const tabs = linesHolding(text, lines, '\t');
  // Lines that end like an amount: where a space-aligned table's rows may be.
  let amountEnds: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    blank[i] = isBlank(t);
    if (blank[i]) continue;
    syntaxOf[i] = tableSyntaxOf(t, tabs !== undefined && tabs[i] === 1);
    // `Sagsnr.:⇥25/14432` under an item's title (SBSYS's and eDoc's case table printed as text): a
    // label and its value, no table row.
    if (syntaxOf[i] === 'tab' && t.charCodeAt(t.indexOf('\t') - 1) === 58 && labelRow(t)) syntaxOf[i] = undefined;
    if (!syntaxOf[i] && endsLikeAmount(t)) (amountEnds ??= []).push(i);
    // A PDF transcript's page furniture reads as blank: it stands between the lines of an item.
    const c = t.charCodeAt(0);
    if (c === 12) (pageTops ??= new Map()).set(pageTopKey(t), (pageTops.get(pageTopKey(t)) ?? 0) + 1);
    if ((c === 12 || c === 32 || (c | 32) === 115 || (c | 32) === 112) && t.length <= 200 && PAGE_NUMBER_LINE.test(t)) blank[i] = true;
  }
  if (pageTops) markRunningHeaders(lines, blank, pageTops);
  // Tables whose columns are runs of spaces (PDF transcripts): their lines are table lines too.
  const spaceBlocks = new Map<number, SpaceBlock>();
  for (const block of amountEnds ? findSpaceTables(lines, blank, syntaxOf, amountEnds) : []) {
    spaceBlocks.set(block.first, block);
    for (let k = block.first; k <= block.last; k++) if (!blank[k]) syntaxOf[k] = 'spaces';
  }
  // … and tables `pdftotext` wrote a column at a time (a transcript without -layout).
  for (const block of amountEnds && pageTops ? findColumnTables(lines, blank, syntaxOf, amountEnds) : []) {
    spaceBlocks.set(block.first, block);
    for (let k = block.first; k <= block.last; k++) if (!blank[k]) syntaxOf[k] = 'spaces';
  }
  // Heading lines are read on demand and kept: most lines are never asked for one, and an
  // object per line was most of the parse's garbage.
  const headingOf: (HeadingLine | undefined)[] = new Array(n);
  const heading = (i: number): HeadingLine | undefined => (headingOf[i] ??= readHeadingLine(lines[i]!.text));

  // Candidates for item headings (any form) and the contents heading. Entries of the contents
  // may look like items too; they end in a page number, which item headings never do.
  let contentsLine = -1;
  let strictSeen = false;
  const candidates: ItemCandidate[] = [];
  let sinceContents = 0; // candidates after the contents heading that were not entries
  const contentsNumbers = new Set<number>();
  // Meeting titles split the document: each meeting numbers its items on its own.
  const meetingTitles: number[] = [];
  const broad = SectionMatcher.for(baseConfig.explicit.includes('sections') ? baseConfig : BROAD_CONFIG);
  for (let i = 0; i < n; i++) {
    if (blank[i]) continue;
    const first = lines[i]!.text.charCodeAt(0) | 32;
    if ((first === 114 || first === 100 || first === 35 || first === 42) && lines[i]!.text.length <= 160 && MEETING_TITLE_LINE.test(lines[i]!.text)) meetingTitles.push(i);
    if (!mayStartItem(lines[i]!.text)) {
      // `Byrådet, Indholdsfortegnelse`: the body's name before the contents heading (a PDF's page top).
      if (contentsLine < 0 && !strictSeen && lines[i]!.text.length <= 80 && lines[i]!.text.indexOf(', Indhold') > 0 && isContentsHeading(heading(i)!.text, lines, blank, i)) contentsLine = i;
      continue;
    }
    // A table row is an item only as Odense's `Punkt N:` (budget rows start with digits).
    if (syntaxOf[i] && !PUNKT_START.test(lines[i]!.text)) continue;
    const h = heading(i)!;
    if (!strictSeen && contentsLine < 0 && (isContentsHeading(h.text, lines, blank, i) || gluedContentsHeading(h.text) > 0)) {
      contentsLine = i;
      continue;
    }
    const c = readItemCandidate(h, lines[i]!.text, i);
    if (c) {
      if (!c.strict && syntaxOf[i]) continue;
      // A web page's heading pair (`1. Title (B)` / `1.     Title (B)`): the second is the same item.
      const prev = candidates.length > 0 ? candidates[candidates.length - 1]! : undefined;
      if (prev && prev.number === c.number && !c.strict && repeatsTitle(lines, blank, prev, i)) continue;
      if (contentsLine >= 0 && sinceContents === 0 && looksLikeContentsEntry(lines[i]!.text)) {
        contentsNumbers.add(c.number);
        continue;
      }
      if (c.strict) strictSeen = true;
      if (contentsLine >= 0) sinceContents++;
      candidates.push(c);
      continue;
    }
    // `Pkt. 42` alone, the title on a line below (some web pages and their PDFs).
    const alone = readNumberAlone(h.text);
    // `Spørgetid` / `Sag nr. 131`: a title right above (no blank line between) is numbered by it,
    // whatever stands below (`Beslutningskompetence: KB`).
    if (alone && alone.form === 'sag' && i > 0 && !blank[i - 1] && !syntaxOf[i - 1] && titleAbove(heading(i - 1)!.text) && broad.match(heading(i - 1)!.text) === undefined) {
      const th = heading(i - 1)!;
      if (candidates.length > 0 && candidates[candidates.length - 1]!.line === i - 1) candidates.pop();
      candidates.push(titleSagCandidate(th, i - 1, i, lines[i]!.text));
      continue;
    }
    if (alone) {
      // (Page furniture between them, a page break under `Pkt. 90`, does not count as distance; nor
      // does a number alone, the last cell of a table that pdftotext put after the page's foot.)
      let t = i + 1;
      let reach = i + 3;
      for (; t < n && t <= reach && (blank[t] || parseAmount(lines[t]!.text) !== undefined); t++) if (!isBlank(lines[t]!.text)) reach++;
      const th = t < n && t <= reach && !syntaxOf[t] ? heading(t) : undefined;
      const prev = candidates.length > 0 ? candidates[candidates.length - 1]! : undefined;
      // Under `• Pkt. 42 Title` (the accordion line of the same item) it is no item of its own.
      const repeated = prev !== undefined && prev.number === alone.number && i - prev.headEnd <= 3;
      // The open item's number repeated at a PDF page's top (`Punkt 4:` under the running header
      // or the form feed), or anywhere in a document whose items are headed another way: page
      // furniture, read as blank.
      if ((alone.form === 'punkt' || alone.form === 'pkt') && prev !== undefined && prev.number === alone.number && prev.numberSuffix === alone.suffix && !repeated && prev.form !== 'title-sag' && (prev.form !== alone.form || prev.titleLine === prev.line || atPageTop(lines, blank, i))) {
        blank[i] = true;
        continue;
      }
      if (th && !repeated && th.text.length <= MAX_PLAIN_HEADING * 2 && /\p{L}/u.test(th.text) && !mayStartItemOrJournal(th.text)) {
        candidates.push(numberFirstCandidate(h, i, alone, th, t));
        continue;
      }
    }
    if (readSagAlone(h.text) !== undefined) {
      let t = i - 1;
      while (t >= 0 && blank[t]) t--;
      const th = t >= 0 && i - t <= 2 ? heading(t) : undefined;
      if (th && !syntaxOf[t] && th.text.length <= MAX_PLAIN_HEADING * 2 && /\p{L}/u.test(th.text)) {
        if (candidates.length > 0 && candidates[candidates.length - 1]!.line === t) candidates.pop();
        candidates.push(titleSagCandidate(th, t, i, lines[i]!.text));
      }
    }
  }

  const pinnedForms = baseConfig.itemForms;
  // Each candidate is judged when first asked, and kept: where Odense's strict `Punkt N:` headings
  // win outright, the other candidates (list points, budget lines) are asked of only when they
  // are dressed as the items are (judging all of them was a tenth of the parse of the real minutes).
  const view: TextView = { lines, blank, heading, syntaxOf, matcher: broad };
  const judge = (c: ItemCandidate): Strength => {
    if (c.strict) return Strength.Strong;
    const st = candidateStrength(c, view);
    if (st !== Strength.Never && namesSection(c, lines, broad)) return Strength.Never;
    // A number the contents do not list is no item of this meeting (when the contents number them).
    return st === Strength.Strong && contentsNumbers.size >= 2 && !contentsNumbers.has(c.number) ? Strength.Weak : st;
  };
  const judged: Strength[] = new Array(candidates.length);
  const strength = (k: number): Strength => (judged[k] ??= judge(candidates[k]!));
  let chosen = chooseItems(candidates, strength, pinnedForms, meetingTitles);
  if (chosen.length >= 2) chosen = withoutListPointsAsItems(chosen, view, meetingTitles);
  // (A second meeting starts only at a title after the first item: `Dagsorden til` / `Dagsorden åben`
  // above the items are one meeting's header.)
  if (chosen.length >= 2 && !meetingTitles.some((t) => t > chosen[0]!.line)) {
    chosen = withDuplicatedNumbers(chosen, candidates, strength, view);
    // (The contents' line is passed, not captured: a closure would move it out of the line loop's registers.)
    chosen = withItemsAfterLists(chosen, candidates, strength, view, contentsLine);
  }
  // No numbered item anywhere: items may be titles alone, each with the same section under it.
  if (chosen.length === 0 && (pinnedForms.length === 0 || pinnedForms.includes('title'))) chosen = unnumberedItems(lines, blank, heading, syntaxOf, broad);
  else if (chosen.length <= 2 && chosen.every((c, k) => c.number === k + 1) && pinnedForms.length === 0) chosen = titlesOverListPoints(chosen, view);
  // A contents heading after the first item is no contents heading.
  if (contentsLine >= 0 && chosen.length > 0 && chosen[0]!.line < contentsLine) contentsLine = -1;

  const profile = chooseProfile(baseConfig, chosen, lines, blank);
  const config = configForProfile(baseConfig, profile);
  const matcher = SectionMatcher.for(config);

  const firstItem = chosen.length > 0 ? chosen[0]!.line : n;
  // Only where a meeting title stands after the first item can a second meeting start.
  const laterTitle = chosen.length > 1 && meetingTitles.length > 0 && meetingTitles[meetingTitles.length - 1]! > chosen[0]!.line;
  const meetingStarts = laterTitle ? findMeetingStarts(lines, blank, heading, chosen) : [];
  const header = parseHeader(lines, firstItem);
  const read = contentsLine >= 0 ? parseContents(lines, blank, contentsLine, firstItem) : undefined;
  // `DAGSORDEN` with the first item right under it: the title, no contents (the "entry" was the item).
  const contents = read && read.entries.length === 0 && !isContentsHeading(heading(contentsLine)!.text) ? undefined : read;

  const items: AgendaItem[] = [];
  const tables: Table[] = [];
  // With one meeting in the file, a decision heading that names a body and a date must name its date.
  const meetingDate = meetingStarts.length === 0 ? header.meetingDate?.date?.value ?? header.title?.date?.value : undefined;
  const ctx: ItemContext = { lines, blank, heading, headings: headingOf, syntaxOf, spaceBlocks, matcher, tables, meetingDate, transcript: pageTops !== undefined, sectionLevels: new Set(), subLevels: new Set() };
  const meetingAt = new Map<number, number>();
  for (const st of meetingStarts) meetingAt.set(st.item, st.line);
  // `Sagnr.: 1-30-72-118-25` just above an item's heading (a print view): the item's journal
  // number, and the end of the item before it.
  const above = chosen.map((c, k) => journalAbove(lines, blank, c.line, k > 0 ? chosen[k - 1]!.headEnd : -1));
  const readItems = () => {
    for (let k = 0; k < chosen.length; k++) {
      const end = meetingAt.get(k + 1) ?? (k + 1 < chosen.length ? (above[k + 1]?.range.start.line ?? chosen[k + 1]!.line) : n);
      const item = parseItem(ctx, chosen[k]!, end);
      items.push(item.journalNumber || !above[k] ? item : { ...item, journalNumber: above[k] });
    }
  };
  readItems();
  // A deeper Markdown heading was read as a sub-heading of its section in an earlier item, and a
  // later item uses that level for its sections: read again, knowing every level sections use.
  if ([...ctx.subLevels].some((l) => ctx.sectionLevels.has(l))) {
    items.length = 0;
    tables.length = 0;
    ctx.subLevels.clear();
    readItems();
  }
  // Headings that share their line with the text (`Beslutning Godkendt.`), where the document does
  // it consistently: items without a decision are read again that way, and kept if that finds one.
  if (profile.inlineSections && items.length > 0) {
    const lacking: number[] = [];
    for (let k = 0; k < items.length; k++) if (!items[k]!.sections.some((s) => s.id === 'beslutning' || s.id === 'indstilling-og-beslutning')) lacking.push(k);
    if (lacking.length > 0 && lacking.length * 2 >= items.length) {
      const inlineCtx: ItemContext = { ...ctx, tables: [], inline: true };
      const again = lacking.map((k) => parseItem(inlineCtx, chosen[k]!, meetingAt.get(k + 1) ?? (k + 1 < chosen.length ? chosen[k + 1]!.line : n)));
      const found = again.filter((it) => it.sections.some((s) => s.id === 'beslutning' || s.id === 'indstilling-og-beslutning')).length;
      if (found >= Math.min(2, lacking.length)) {
        lacking.forEach((k, j) => (items[k] = again[j]!));
        // The tables of the items read again replace their first reading's.
        const keep = tables.filter((t) => !lacking.some((k) => t.range.start.line >= items[k]!.range.start.line && t.range.start.line <= items[k]!.range.end.line));
        tables.length = 0;
        for (const t of keep) tables.push(t);
        for (const t of inlineCtx.tables) tables.push(t);
        tables.sort((a, b) => a.range.start.line - b.range.start.line);
      }
    }
  }
  const meetings: Meeting[] = [];
  if (meetingAt.size > 0) {
    const firsts = [0, ...meetingStarts.map((st) => st.item)];
    firsts.forEach((first, j) => {
      const line = j === 0 ? 0 : meetingStarts[j - 1]!.line;
      meetings.push({ header: j === 0 ? header : parseHeader(lines, chosen[first]!.line, line), line, firstItem: first, endItem: firsts[j + 1] ?? chosen.length });
    });
  }
  // Tables outside every item (a budget overview before the first item) are checked too.
  if (firstItem > 0) collectTables(ctx, contents ? contents.range.end.line + 1 : 0, firstItem);

  // Neither the title nor the file name says: minutes record decisions, so a document where no
  // item has one (and there are several items) is an agenda.
  const kind: DocumentKind =
    header.title?.kind ?? (/\.dagsorden\./i.test(options.fileName ?? '') ? 'dagsorden' : /\.referat\./i.test(options.fileName ?? '') || items.length < 2 || items.some(hasDecision) ? 'referat' : 'dagsorden');
  const markdown =
    items.some((it) => (heading(it.headingLine)?.level ?? 0) > 0) ||
    items.some((it) => it.sections.some((s) => (heading(s.headingLine)?.level ?? 0) > 0));
  const eol = lines.length > 1 ? text.slice(lines[0]!.offset + lines[0]!.text.length, lines[1]!.offset) : '\n';
  const layout: Layout = {
    profile: profile.name,
    itemForm: chosen[0]?.form,
    itemVariant: chosen.length > 0 ? formVariant(chosen[0]!) : undefined,
    numbering: config.numbering,
    pinned: baseConfig.profile !== 'auto' || pinnedForms.length > 0,
    flattened: chosen.length === 0 && looksFlattened(lines),
  };
  if (tables.length > 1 && tables[0]!.range.start.line > tables[tables.length - 1]!.range.start.line) tables.sort((a, b) => a.range.start.line - b.range.start.line);
  const doc: MinutesDocument = { kind, layout, config, meetings, headingStyle: markdown ? 'markdown' : 'plain', text, lines, eol, header, contents, items, tables, binary: looksBinary(text) };
  blankLines.set(doc, blank);
  return doc;
}

/**
 * The lines the parse read as blank (whitespace only, or a PDF's page furniture: `Side 3 af 12`,
 * a running page header), kept with the document so the checks that walk lines do not test every
 * line again.
 */
const blankLines = new DocumentSlot<readonly boolean[]>();

export function blankLinesOf(doc: MinutesDocument): readonly boolean[] {
  return blankLines.of(doc, (d) => d.lines.map((l) => isBlank(l.text)));
}

const hasDecision = (item: AgendaItem) => item.sections.some((s) => s.id === 'beslutning' || s.id === 'indstilling-og-beslutning');

const PUNKT_START = /^[\s#*_]*(?:<b>|<strong>)?\s*Punkt\s/iu;

/** Every spelling of every profile: what candidates are judged by before the profile is known. */
const BROAD_CONFIG: ReferatConfig = { ...defaultConfig, sections: allSections };

const JOURNAL_LABEL_ANYWHERE = /(?:^|\s|Udskriv|Print)(?:\*\*|__)?(?:Acadre\s+|ESDH\s+)?(?:Sags?\s*nr|Sagsnummer|Sags?\s*id|Journal\s*nr|J\s*\.\s*nr|Print|Sag(?=\s+\d))\.?\s*:?\s*(?:\*\*|__)?\s*/giu;
/** A numbered point: `1. …`, `1) …`, `1 …`, `• 1. …`. */
const LIST_POINT = /^\s*(?:[•·▪-]\s*)?(\d{1,4})(?:[.)]\s*|\s+)\S/u;
/** A labelled journal number inside a line. */
// (`Dok.nr.: 1965 Sagsid.: 14/40` on the heading's line: the title ends before the document number.)
const JOURNAL_ON_LINE = /\s(?:Sags?\s*nr|Sagsnummer|Sags?\s*id|Journal\s*nr|J\.\s*nr|Dok\.?\s*nr)\.?\s*:?\s*\d/iu;

/** Journal-number labels and forms that may stand under an item's title. */
// `Sag 306-2025-600` (polweb): the bare word Sag before a structured case number.
const JOURNAL_LABEL = /^(?:Udskriv\s*|Print\s*)?(?:Acadre\s+|ESDH\s+)?(?:Sags?\s*nr|Sagsnummer|Sags?\s*id|Journal\s*nr|J\s*\.\s*nr|Dok\.?\s*nr|Print|Sag(?=\s+\d{2,4}[-/.]\d))\.?\s*:?\s*/iu;
// (`1-30-72-118-25`: a region's case number in four or more parts.)
const JOURNAL_TOKEN = /^(?:\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|\d{2}\.\d{2}\.\d{2}\S*|\d{1,4}\/\d{1,7}|\d{1,4}(?:-\d{1,6}){3,5}|\d{2,4}-\d{2,4}-\d{1,7}|\d{4}-\d{3,7}|\d{2}-\d{3,7})(?=\s|$|,|;)/u;
/** `JOURNALNUMMER`, `Journalnr.:` alone on a line, the number on the next. */
const JOURNAL_LABEL_ALONE = /^(?:Journalnummer|Journal\s*nr\.?)\s*:?$/iu;
/** A case number without structure, after a journal label only: `Sagsnr. 299835 Udvalg Åbent punkt`. */
const PLAIN_CASE_NUMBER = /^\d{4,9}(?=\s|$|,|;)/u;
/** A KLE number or an attempt at one (`85.02.2-P35-25-25`): the document uses KLE. */
// Not a date: `12.03.2024` in `Beslutning (Byrådet 12.03.2024)` is no KLE number.
const KLE_ATTEMPT = /(?:^|[\s:])\d{2}\.\d{2}\.\d{1,2}(?!\d)/u;

/** `Sagsbehandler:⇥Mette Dahl`: two cells, a short label with its colon, a value that is no amount. */
const LABEL_ROW = /^\s*\p{L}[^\t:]{1,28}:\t+([^\t]*\S)\s*$/u;
function labelRow(text: string): boolean {
  // (A budget row, `Service:⇥1.043.984⇥…`, has more cells: no expression run on it.)
  let k = text.indexOf('\t');
  while (text.charCodeAt(k) === 9) k++;
  if (text.indexOf('\t', k) >= 0) return false;
  const m = LABEL_ROW.exec(text);
  return m !== null && parseAmount(m[1]!) === undefined;
}

/** How a candidate stands: at the top of an item's block, plain, or plainly a point of a list. */
export const enum Strength {
  Never = 0,
  Weak = 1,
  Strong = 2,
}

/**
 * A candidate at the top of an item's block (strong): a Markdown heading, a journal number under
 * it or on its line, or a section heading in the next few lines before any other candidate. A
 * sentence, a list's next point or a section's first point is never an item.
 */
/** The document's lines as the item candidates are judged: blank, table syntax, heading text, section names. */
interface TextView {
  readonly lines: readonly Line[];
  readonly blank: readonly boolean[];
  readonly heading: (i: number) => HeadingLine | undefined;
  readonly syntaxOf: readonly (TableSyntax | undefined)[];
  readonly matcher: SectionMatcher;
}

/**
 * A number used twice where the later item stands below a higher number (`15`, `16`, `15`): the
 * rising numbers leave it out, but it is an item with a duplicated number (a finding), not a
 * list's point, when it is a candidate of the document's form at the top of an item's block,
 * its title starts in upper case and two section headings follow it before the next candidate.
 */
function withDuplicatedNumbers(chosen: ItemCandidate[], candidates: readonly ItemCandidate[], strength: (k: number) => Strength, text: TextView): ItemCandidate[] {
  const { lines, blank, heading, syntaxOf, matcher } = text;
  const shape = chosen[0]!.shape;
  if (chosen.some((c) => c.shape !== shape)) return chosen;
  const taken = new Set(chosen);
  const numbers = new Set(chosen.map((c) => c.number));
  let added: ItemCandidate[] | undefined;
  const openerOf = lazily(() => itemsOpener(chosen, text));
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (taken.has(c) || c.shape !== shape || !numbers.has(c.number) || strength(k) !== Strength.Strong) continue;
    const first = lines[c.titleLine]!.text.charAt(c.titleStart);
    if (first === first.toLowerCase()) continue;
    const next = k + 1 < candidates.length ? candidates[k + 1]!.line : lines.length;
    let sections = 0;
    for (let i = c.headEnd + 1; i < next && sections < 2; i++) {
      if (blank[i] || syntaxOf[i]) continue;
      const t = heading(i)!;
      if (matcher.couldMatch(t.text.length) && matcher.match(t.text) !== undefined) sections++;
    }
    if (sections < 2) continue;
    // Inside the block of the item above it, a capitalised list point (`1. Status på ventelisten`
    // at the end of its Resume) has that item's later sections under it: the two parts have no
    // section in common. An item numbered twice has sections of its own, as the item above has.
    // The chosen items around it (they are in the order of their lines).
    const at = firstBelow(chosen, c.line);
    const above = at > 0 ? chosen[at - 1] : undefined;
    // A slip repeats the number before (`15`, `16`, `15`); a list starts again from 1 (`3`, `1`).
    if (above && c.number < above.number - 1) continue;
    if (above) {
      // The numbers go on without it when the item after it is the next number after `above`'s.
      const after = chosen[at];
      const noRoom = after !== undefined && after.number === above.number + 1;
      // Where the numbers are whole without it, a `1` is a list starting inside the item above.
      if ((noRoom && c.number === 1) || partsOfOneItem(above, c, next, text, openerOf(), noRoom)) continue;
    }
    (added ??= []).push(c);
  }
  if (!added) return chosen;
  return [...chosen, ...added].sort((a, b) => a.line - b.line);
}

/**
 * A number used again right after itself (`1. Godkendelse af dagsorden` … `1. Status på
 * ventelisten` … `2. …`) with no room in the numbers for a slip (the next item is the next number):
 * the later one is a list point when the two blocks are parts of one item (see `partsOfOneItem`).
 */
function withoutListPointsAsItems(chosen: ItemCandidate[], text: TextView, meetingTitles: readonly number[]): ItemCandidate[] {
  const kept: ItemCandidate[] = [chosen[0]!];
  // The items' opening section, asked once and only for a number used twice.
  const openerOf = lazily(() => itemsOpener(chosen, text));
  for (let k = 1; k < chosen.length; k++) {
    const c = chosen[k]!;
    const above = kept[kept.length - 1]!;
    const below = chosen[k + 1];
    // (A second meeting in the file numbers from 1 again: its title stands between.)
    const sameMeeting = !meetingTitles.some((t) => t > above.line && t < c.line);
    if (c.number !== above.number || !sameMeeting) {
      kept.push(c);
      continue;
    }
    // `1. at sagen sendes i høring` / `2. Status på ventelisten` right above the item `2. …`: the
    // first 2 has no section under it and ends a list; the item is the second.
    if (sectionIds(above.headEnd + 1, c.line, text).size === 0 && listPointAbove(above, text.lines, text.blank)) {
      kept[kept.length - 1] = c;
      continue;
    }
    const noRoom = below !== undefined && below.number === c.number + 1;
    // A second 1 where the numbers go on without it is a list starting inside item 1.
    const listPoint = (below === undefined || below.number <= c.number + 1) && ((noRoom && c.number === 1) || partsOfOneItem(above, c, below ? below.line : text.lines.length, text, openerOf(), noRoom));
    if (!listPoint) kept.push(c);
  }
  return kept.length === chosen.length ? chosen : kept;
}

/**
 * The sections under `above` (up to `c`) and those under `c` (up to line `end`) are two parts of
 * one item: each part has a section and no section is in both (an item's sections split by a
 * line that is no heading). Two items each have the sections items have: Resume, Indstilling,
 * Beslutning in both.
 */
function partsOfOneItem(above: ItemCandidate, c: ItemCandidate, end: number, text: TextView, opener: string | undefined, noRoom: boolean): boolean {
  const first = sectionIds(above.headEnd + 1, c.line, text);
  if (first.size === 0) return false;
  const second = sectionIds(c.headEnd + 1, end, text);
  // Where the numbers go on without it (the next item is the next number), more says it is part
  // of the item above: nothing under it (an item is rarely empty but closed), or not the section
  // every item opens with (Resume, Indstilling) while the part above has it.
  if (second.size === 0) return noRoom && !c.closed;
  if (noRoom && opener !== undefined && first.has(opener) && !second.has(opener)) return true;
  for (const id of second) if (first.has(id)) return false;
  return true;
}

/** The index of the first of `items` (in the order of their lines) below `line`; items.length if none. */
function firstBelow(items: readonly ItemCandidate[], line: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `compute`'s value, worked out on the first call only (undefined included). */
function lazily<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/** The section most items' blocks open with, when two thirds of them do; else undefined. */
function itemsOpener(chosen: readonly ItemCandidate[], text: TextView): string | undefined {
  const counts = new Map<string, number>();
  for (const c of chosen) {
    const top = blockTop(c, text);
    if (top !== undefined && top !== 'journal') counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  for (const [id, count] of counts) if (count * 3 >= chosen.length * 2) return id;
  return undefined;
}

function sectionIds(from: number, to: number, text: TextView): Set<string> {
  const { lines, blank, heading, syntaxOf, matcher } = text;
  const ids = new Set<string>();
  for (let i = from; i < to && i < lines.length; i++) {
    if (blank[i] || syntaxOf[i]) continue;
    const t = heading(i)!;
    const id = matcher.couldMatch(t.text.length) ? matcher.match(t.text) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * An item right after a numbered list that ends at the number before it (an agenda's last
 * section, `Indstilling` / `1. at …` / `2. at …`, then `3. Title`) reads by itself as the list's
 * next point. The document as a whole decides: a candidate of the items' form whose number is
 * the one missing between its neighbours is an item when its block opens as the other items'
 * blocks do (the same section heading, or a journal number, right under the heading) and, where
 * the contents number their entries, the contents list it under that number and title. A point
 * of a list inside a section is followed by the section's text, and its number is an item's
 * found elsewhere.
 */
function withItemsAfterLists(chosen: ItemCandidate[], candidates: readonly ItemCandidate[], strength: (k: number) => Strength, text: TextView, contentsLine: number): ItemCandidate[] {
  const { lines, blank } = text;
  const shape = chosen[0]!.shape;
  let added: ItemCandidate[] | undefined;
  let tops: Map<string, number> | undefined;
  let usual: string | undefined;
  let entries: readonly ContentsEntry[] | undefined;
  for (let k = 0, j = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    while (j < chosen.length && chosen[j]!.line < c.line) j++;
    if (c.shape !== shape || j === 0 || strength(k) !== Strength.Never) continue;
    const before = chosen[j - 1]!;
    const after = j < chosen.length ? chosen[j]! : undefined;
    if (before.number !== c.number - 1 || (after && after.number <= c.number) || c.numberSuffix) continue;
    const title = lines[c.titleLine]!.text.slice(c.titleStart, c.titleEnd);
    const first = title.charAt(0);
    if (first === first.toLowerCase() || /[.;,:]\s*$/u.test(title)) continue;
    // (Read here only for such a candidate: the contents are read again once the items are known.)
    entries ??= contentsLine >= 0 && contentsLine < chosen[0]!.line ? parseContents(lines, blank, contentsLine, chosen[0]!.line).entries : [];
    if (entries.filter((e) => e.number !== undefined).length >= 2) {
      const entry = entries.find((e) => e.number === c.number && !e.numberSuffix);
      if (!entry || !sameStart(entry.title.value, title)) continue;
    }
    if (!tops) {
      // How the items' blocks open, once: the most common opening must be most items'.
      tops = new Map();
      for (const item of chosen) {
        const top = blockTop(item, text);
        if (top) tops.set(top, (tops.get(top) ?? 0) + 1);
      }
      let best = 0;
      for (const [top, count] of tops) if (count > best) [usual, best] = [top, count];
      if (best * 3 < chosen.length * 2) usual = undefined;
    }
    const top = blockTop(c, text);
    // The list above is written in another style (`1. at sagen sendes i høring`, then `2. Ny
    // skolestruktur` over a section): a capitalised title that takes the number missing between
    // its neighbours, over a block of its own, is the next item.
    // Or its number is the one missing between its neighbours (a list of titles above ends at the
    // number before it) and it opens a block of its own.
    // (The last item: its block must open right under it, as the list's text would not.)
    const otherStyle = after ? after.number === c.number + 1 && opensBlock(c, text) : top !== undefined && pointAboveInLowerCase(c, lines, blank);
    if (!otherStyle && (usual === undefined || top !== usual)) continue;
    (added ??= []).push(c);
  }
  if (!added) return chosen;
  return [...chosen, ...added].sort((a, b) => a.line - b.line);
}

/** The list point numbered one less right above `c` (blank lines between aside), or undefined. */
function pointAbove(c: ItemCandidate, lines: readonly Line[], blank: readonly boolean[]): { text: string; first: string } | undefined {
  let i = c.line - 1;
  while (i >= 0 && blank[i]) i--;
  if (i < 0) return undefined;
  const m = LIST_POINT.exec(lines[i]!.text);
  if (!m || Number(m[1]) !== c.number - 1) return undefined;
  return { text: lines[i]!.text, first: lines[i]!.text.charAt(m.index + m[0].length - 1) };
}

const listPointAbove = (c: ItemCandidate, lines: readonly Line[], blank: readonly boolean[]) => pointAbove(c, lines, blank) !== undefined;

/** The list right above `c` (its points numbered up to c − 1) goes on in lower case: `1. at …`. */
function pointAboveInLowerCase(c: ItemCandidate, lines: readonly Line[], blank: readonly boolean[]): boolean {
  let i = c.line - 1;
  for (let n = c.number - 1; n >= 1; n--) {
    while (i >= 0 && blank[i]) i--;
    if (i < 0) return false;
    const m = LIST_POINT.exec(lines[i]!.text);
    if (!m || Number(m[1]) !== n) return false;
    const first = lines[i]!.text.charAt(m.index + m[0].length - 1);
    if (first !== first.toUpperCase()) return true;
    i--;
  }
  return false;
}

/** The first words of a contents entry and a title agree (an entry may be cut short or carry a page). */
function sameStart(entry: string, title: string): boolean {
  const a = entry.trim().toLowerCase();
  const b = title.trim().toLowerCase();
  const n = Math.min(a.length, b.length, 16);
  return n >= 3 && a.slice(0, n) === b.slice(0, n);
}

/** What opens an item's block right under its heading: a journal number or a section heading (its id). */
/**
 * A line that gives the item's journal number: `Sagsnr.: 25/14432`, `**Sagsnr.:** 17.02.00-P20-2-25`
 * (the label in bold, as Word exports print it), a KLE or local number alone, `Sag nr. 131`.
 */
function isJournalLine(text: string): boolean {
  const c = text.charCodeAt(0);
  const t = (c === 42 || c === 95) && (text.startsWith('**') || text.startsWith('__')) ? text.slice(2) : text;
  return JOURNAL_LABEL.test(t) || JOURNAL_TOKEN.test(t) || readSagAlone(t) !== undefined;
}

function blockTop(c: ItemCandidate, { lines, blank, heading, syntaxOf, matcher }: TextView): string | undefined {
  let next = c.headEnd + 1;
  while (next < lines.length && blank[next]) next++;
  if (next >= lines.length || syntaxOf[next]) return undefined;
  const t = heading(next)!;
  if (isJournalLine(t.text)) return 'journal';
  return matcher.couldMatch(t.text.length) ? matcher.match(t.text) : undefined;
}

/** `1. Resume`, `## 5. Beslutning`: a section numbered by the template, never an item (asked only of a candidate not yet ruled out). */
function namesSection(c: ItemCandidate, lines: readonly Line[], matcher: SectionMatcher): boolean {
  const length = c.titleEnd - c.titleStart;
  return matcher.couldMatch(length) && matcher.match(lines[c.titleLine]!.text.slice(c.titleStart, c.titleEnd)) !== undefined;
}

function candidateStrength(c: ItemCandidate, text: TextView): Strength {
  const { lines, blank, heading, syntaxOf, matcher } = text;
  const h = heading(c.line)!;
  if (c.end - c.titleStart > 250) return Strength.Never;
  const title = lines[c.titleLine]!.text.slice(c.titleStart, c.titleEnd);
  if (h.level > 0) return Strength.Strong;
  // A closed item (`Lukket sag: …`, `… (Lukket)`) often has no sections at all; its title says so.
  if (c.closed || CLOSED_TITLE.test(title)) return Strength.Strong;
  // A journal number (or case line) right under it: an item, whatever stands above.
  let next = c.headEnd + 1;
  while (next < lines.length && blank[next]) next++;
  if (next < lines.length && !syntaxOf[next]) {
    const t = heading(next)!;
    if (isJournalLine(t.text)) return Strength.Strong;
    // The title repeated under the heading (web pages and their exports print it twice).
    if (repeatsTitle(lines, blank, c, next)) return Strength.Strong;
  }
  // A number glued to its title (`113Ny affaldsordning`) heads one line: a line going on in lower
  // case right under it makes it a sentence (`2026Ordningen evalueres efter et år` / `og justeres.`).
  if (c.shape.startsWith('bareg') && c.line + 1 < lines.length && !blank[c.line + 1] && CONTINUES.test(lines[c.line + 1]!.text)) return Strength.Never;
  if (c.form === 'numbered' || c.form === 'bare') {
    // A sentence, or the next point of a list (`Renoveringen omfatter:` / `2. …` right above).
    const raw = lines[c.line]!.text;
    if (/[.;,]\s*$/u.test(raw.slice(c.titleStart, c.titleEnd))) return Strength.Never;
    if (c.line > 0 && !blank[c.line - 1] && /[:,;]$/u.test(lines[c.line - 1]!.text.trimEnd())) return Strength.Never;
    for (let i = c.line - 1, gap = 0; i >= 0 && gap <= 2; i--) {
      if (blank[i]) {
        gap++;
        continue;
      }
      const above = LIST_POINT.exec(lines[i]!.text);
      if (above && Number(above[1]) === c.number - 1) return Strength.Never;
      break;
    }
  }
  // Right under a section heading, a numbered line is the section's first point. Under a decision
  // heading left empty (an agenda printed with blank `Beslutning` headings: `Beslutning` /
  // `4. Meddelelser`), a number other than 1 is the next item, judged as any candidate.
  for (let i = c.line - 1, seenAbove = 0; i >= 0 && seenAbove < 1; i--) {
    if (blank[i]) continue;
    seenAbove++;
    const t = heading(i)!;
    const id = !syntaxOf[i] && matcher.couldMatch(t.text.length) ? matcher.match(t.text) : undefined;
    if (id !== undefined && (c.number === 1 || (id !== 'beslutning' && id !== 'indstilling-og-beslutning'))) return Strength.Never;
  }
  // A standing item (`Eventuelt`, `Meddelelser`) often has no sections at all; its title says it
  // is an item (after the list tests: `4. Eventuelt` may also close a list of points).
  if (STANDING_TITLE.test(title)) return Strength.Strong;
  // `45. Godkendelse af dagsorden Sagsnr.: 25/9120`: the journal number on the heading's line.
  if (JOURNAL_ON_LINE.test(lines[c.titleLine]!.text.slice(c.titleStart))) return Strength.Strong;
  return opensBlock(c, text) ? Strength.Strong : Strength.Weak;
}

/**
 * Within the first lines under `c`'s heading, before a table or another item's heading, a section
 * heading (also one with its text on the line, or `Beslutning: Vedtaget` right under the title: a
 * web page's short list of decisions) or a journal number: `c` opens a block of its own.
 */
function opensBlock(c: ItemCandidate, { lines, blank, heading, syntaxOf, matcher }: TextView): boolean {
  let seen = 0;
  for (let i = c.headEnd + 1; i < lines.length && seen < 4 && i <= c.headEnd + 12; i++) {
    if (blank[i]) continue;
    seen++;
    if (syntaxOf[i]) return false;
    const t = heading(i)!;
    if (matcher.couldMatch(t.text.length) && matcher.match(t.text) !== undefined) return true;
    if (seen === 1 && lines[i]!.text.length > MAX_PLAIN_HEADING && matcher.matchInline(t.text) !== undefined) return true;
    if (seen === 1 && inlineDecision(t.text, matcher) > 0) return true;
    if (isJournalLine(t.text)) return true;
    // The next item's heading first: `c` and its text were the end of a list.
    if (mayStartItem(lines[i]!.text) && readItemCandidate(t, lines[i]!.text, i)) return false;
  }
  return false;
}

/** A line right above `Sag nr. 131` that is its item's title: short, no sentence, no label, no section. */
function titleAbove(text: string): boolean {
  return text.length <= MAX_PLAIN_HEADING * 2 && TITLE_LIKE.test(text) && !NOT_TITLE_END.test(text) && !text.includes(': ');
}

/** A line that may be an item's title: a short line that is no sentence, list point or label. */
const TITLE_LIKE = /^[\p{Lu}\d«"„][^\t|]{2,159}$/u;
const NOT_TITLE_END = /[.,:;!?]$/u;
const SENTENCE_END = /[.!?]\s*$/u;

/**
 * Items that carry no number (a web page's text: the title, then `Beslutning` right under it).
 * Asked only of a document where no numbered item was found, in one pass over its lines: every
 * section heading whose nearest line above is a title standing alone (blank before it, no
 * sentence) pairs with that title; the section that most often comes first under such a title is
 * the one that opens an item, and each title above it is an item, numbered by its place.
 */
/**
 * A numbered point or two (`1. Status på ventelisten`) in a document whose items are titles without
 * numbers, each with its sections (a web page's text): the points stand inside the titles' items,
 * so the titles are the items. Where the items are numbered, their numbered lines are the titles
 * an unnumbered reading finds as well.
 */
function titlesOverListPoints(chosen: ItemCandidate[], view: TextView): ItemCandidate[] {
  const titles = unnumberedItems(view.lines, view.blank, view.heading, view.syntaxOf, view.matcher);
  if (titles.length < 2 || titles.length <= chosen.length) return chosen;
  const lines = new Set(titles.map((t) => t.line));
  return chosen.every((c) => !lines.has(c.line) && c.line > titles[0]!.line) ? titles : chosen;
}

function unnumberedItems(lines: readonly Line[], blank: readonly boolean[], heading: (i: number) => HeadingLine | undefined, syntaxOf: readonly (TableSyntax | undefined)[], matcher: SectionMatcher): ItemCandidate[] {
  // Every section heading in order, with the title standing above it when there is one.
  const heads: { id: string; title: number; loose: number }[] = [];
  const count = new Map<string, number>();
  let prev = -1; // the nearest non-blank line above
  let prevWasSection = false;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    let id: string | undefined;
    if (!syntaxOf[i]) {
      scanHeadingLine(lines[i]!.text);
      id = matcher.couldMatchAt(lines[i]!.text, scanned.start, scanned.end) ? matcher.match(heading(i)!.text) : undefined;
    }
    if (id !== undefined) {
      let title = -1;
      let loose = -1;
      if (prev >= 0 && !prevWasSection && !syntaxOf[prev]) {
        const t = heading(prev)!.text;
        if (TITLE_LIKE.test(t) && !NOT_TITLE_END.test(t) && !MEETING_TITLE.test(t)) {
          loose = prev;
          // The title stands alone: a blank line (or page furniture) above it, or in a PDF's
          // text, where blank lines are gone, a finished sentence or the meeting's title.
          if (prev === 0 || blank[prev - 1]! || SENTENCE_END.test(lines[prev - 1]!.text) || MEETING_TITLE.test(lines[prev - 1]!.text.trim())) {
            title = prev;
            count.set(id, (count.get(id) ?? 0) + 1);
          }
        }
      }
      heads.push({ id, title, loose });
    }
    prev = i;
    prevWasSection = id !== undefined;
  }
  let opener: string | undefined;
  let best = 1;
  for (const [id, c] of count) if (c > best) [opener, best] = [id, c];
  if (opener === undefined) return [];
  // A title above the opening section starts an item; so does a title above a section the
  // current item already has (an item whose opening section is missing).
  const items: ItemCandidate[] = [];
  let seen = new Set<string>();
  // Where the openers' "titles" are one label over and over (`Åben`: a web page whose titles
  // were links, lost in its text), that label starts an item over any section.
  const labels = new Map<string, number>();
  // (A PDF's text has no blank lines: a title-like line right above a section counts.)
  for (const h of heads) {
    const t = h.title >= 0 ? h.title : h.loose;
    if (h.id === opener && t >= 0) labels.set(heading(t)!.text, (labels.get(heading(t)!.text) ?? 0) + 1);
  }
  let label: string | undefined;
  for (const [text, c] of labels) if (c >= 2 && c * 2 > best && text.length <= 20) label = text;
  // Once the opening section is known, a title-like line right above it is a title even where it
  // does not stand alone (a PDF's text under a list of attachments).
  for (const h of heads) {
    const labelled = label !== undefined && h.loose >= 0 && heading(h.loose)!.text === label;
    const title = (h.id === opener || labelled) && h.title < 0 ? h.loose : h.title;
    if (title >= 0 && (h.id === opener || (items.length > 0 && seen.has(h.id)) || labelled)) {
      items.push(titleCandidate(heading(title)!, title, items.length + 1));
      seen = new Set();
    }
    seen.add(h.id);
  }
  return items;
}

/**
 * `Beslutning: Vedtaget`: a decision heading with a colon and the decision on the same line. The
 * length of the heading with its colon, or 0.
 */
function inlineDecision(text: string, matcher: SectionMatcher): number {
  const colon = text.indexOf(':');
  if (colon < 8 || colon > 40 || !/^\s*\S/u.test(text.slice(colon + 1))) return 0;
  const id = matcher.match(text.slice(0, colon));
  return id === 'beslutning' || id === 'indstilling-og-beslutning' ? colon + 1 : 0;
}

/** `Side 3 af 12`, `Side 3`, `Side 3/12` alone on a line (a PDF page's foot or top). */
const PAGE_NUMBER_LINE = /^[\f ]*(?:Side|Page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?\s*$/iu;

/** A page top's text without the form feed, the spaces around it and a page number at its end (`Byrådet, 27-11-2025 Side 3`). */
function pageTopKey(t: string): string {
  return t.replace(/^[\f\s]+/u, '').replace(/\s+(?:Side|Page)\s+\d{1,4}(?:\s*(?:af|of|\/)\s*\d{1,4})?\s*$/iu, '').trimEnd();
}

/**
 * `pdftotext` starts every page after the first with a form feed; a text that starts two or more
 * pages is the running header (`Økonomiudvalget – Referat – 12. marts 2025`): every line with that
 * text reads as blank (also the first page's, which has no form feed). Asked only of a transcript.
 */
function markRunningHeaders(lines: readonly Line[], blank: boolean[], tops: ReadonlyMap<string, number>): void {
  const running = new Set<string>();
  let min = Infinity;
  let max = 0;
  for (const [text, count] of tops) {
    if (count < 2 || text.length === 0 || text.length > 160) continue;
    running.add(text);
    min = Math.min(min, text.length);
    max = Math.max(max, text.length + 4);
  }
  if (running.size === 0) return;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!blank[i] && t.length >= min && t.length <= max + 200 && running.has(pageTopKey(t))) blank[i] = true;
  }
}

/**
 * Line `i` opens a PDF page: it starts with a form feed, or the nearest line above with text is
 * page furniture (the running header, `Side 3 af 12`) or starts with a form feed.
 */
function atPageTop(lines: readonly Line[], blank: readonly boolean[], i: number): boolean {
  if (lines[i]!.text.charCodeAt(0) === 12) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = lines[k]!.text;
    if (isBlank(t)) continue;
    return blank[k]! || t.charCodeAt(0) === 12;
  }
  return false;
}

/** A title line under `Pkt. 42` is none of these: another item heading or a journal line. */
function mayStartItemOrJournal(text: string): boolean {
  return JOURNAL_LABEL.test(text) || JOURNAL_TOKEN.test(text) || readNumberAlone(text) !== undefined || readSagAlone(text) !== undefined;
}

/** The last character that is neither whitespace nor Markdown emphasis (`*`, `_`), or -1. */
function lastLetterOrDigit(s: string): number {
  for (let e = s.length - 1; e >= 0; e--) {
    const c = s.charCodeAt(e);
    if (c !== 32 && c !== 9 && c !== 42 && c !== 95 && c !== 12) return c;
  }
  return -1;
}

/** Whitespace and a leading item number aside, the same text. */
const squeeze = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * True when line `at` (the first line under candidate `c`, with only blank lines or page furniture
 * between) repeats its title: `49. Title` / `Title`, or `1. Title (B)` / `1.     Title (B)`. Only
 * short lines are compared.
 */
function repeatsTitle(lines: readonly Line[], blank: readonly boolean[], c: ItemCandidate, at: number): boolean {
  if (at - c.headEnd > 6) return false;
  for (let i = c.headEnd + 1; i < at; i++) if (!blank[i]) return false;
  const text = lines[at]!.text;
  const title = lines[c.line]!.text.slice(c.fullTitleStart, c.end);
  if (title.length < 3 || text.length > title.length * 2 + 40) return false;
  // A repeat ends as the title does (markup aside): most lines under a candidate are no repeat,
  // and this is decided without the two whitespace-squeezing copies below.
  if (lastLetterOrDigit(text) !== lastLetterOrDigit(title)) return false;
  const m = /^[\s#*_]*(?:(\d{1,4})\.\s*)?/u.exec(text)!;
  // Numbered, the repeat carries the same number (`2. Title` under `1. Title` is a list).
  if (m[1] !== undefined && Number(m[1]) !== c.number) return false;
  // And it starts as the title does.
  if (text.charCodeAt(m[0].length) !== title.charCodeAt(title.length - title.trimStart().length)) return false;
  const t = squeeze(title);
  const u = squeeze(text.slice(m[0].length).replace(/[*_\s]+$/u, ''));
  return t.length > 0 && u === t;
}

/**
 * The profile a document is checked with: the configured one, or Odense's when the document
 * looks like Odense's (`Punkt N:` headings with KLE journal numbers or `B-sag:`), or `kle` when
 * its journal numbers are KLE numbers, or `standard`.
 */
function chooseProfile(config: ReferatConfig, items: readonly ItemCandidate[], lines: readonly Line[], blank: readonly boolean[]): Profile {
  const pinned = config.profile !== 'auto' ? profileByName(config.profile) : undefined;
  if (pinned) return pinned;
  let kle = 0;
  let local = 0;
  let looked = 0;
  let prefixCase = false;
  for (let k = 0; k < items.length && looked < 12; k++, looked++) {
    const c = items[k]!;
    if (c.caseType && c.caseType.end <= c.titleStart) prefixCase = true;
    let seen = 0;
    for (let i = c.headEnd + 1; i < lines.length && seen < 3; i++) {
      if (blank[i]) continue;
      seen++;
      const t = lines[i]!.text;
      if (KLE_ATTEMPT.test(t)) {
        kle++;
        break;
      }
      if (JOURNAL_LABEL.test(t.trimStart()) || JOURNAL_TOKEN.test(t.trimStart())) {
        local++;
        break;
      }
    }
  }
  // Odense's: `Punkt N:` headings with KLE numbers (or none at all) or `B-sag:` case types.
  if (items.length > 0 && items[0]!.strict && (prefixCase || kle > 0 || local === 0)) return profileByName('odense')!;
  if (kle > 0 && kle >= local) return profileByName('kle')!;
  return profileByName('standard')!;
}

/** Header lines that open a second meeting in the same file, between items. */
const A_DATE = /\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+\d{4}|\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4}/iu;
/** The same on the raw line (markup allowed before it): asked of lines that start with r, d, # or *. */
const MEETING_TITLE_LINE = /^(?:#{1,6}\s+)?(?:\*\*|__)?(?:REFERAT|DAGSORDEN|Referat fra|Dagsorden (?:for|til))\b/iu;
const MEETING_TITLE = /^(?:REFERAT|DAGSORDEN|Referat fra|Dagsorden (?:for|til))\b/iu;
function findMeetingStarts(lines: readonly Line[], blank: readonly boolean[], heading: (i: number) => HeadingLine | undefined, items: readonly ItemCandidate[]): { item: number; line: number }[] {
  const starts: { item: number; line: number }[] = [];
  for (let k = 1; k < items.length; k++) {
    // Only the few lines just above an item are looked at: a meeting header stands there.
    let seen = 0;
    let dated = false;
    for (let i = items[k]!.line - 1; i > items[k - 1]!.headEnd && seen < 8; i--) {
      if (blank[i]) continue;
      seen++;
      dated ||= A_DATE.test(lines[i]!.text);
      const h = heading(i)!;
      if (dated && h.text.length <= 160 && MEETING_TITLE.test(h.text) && !/^(?:referat|dagsorden)\s*:?$/iu.test(h.text)) {
        starts.push({ item: k, line: i });
        break;
      }
    }
  }
  return starts;
}

/** Whole items on a few long lines (a PDF transcript): lines far longer than any paragraph, and section names in them. */
function looksFlattened(lines: readonly Line[]): boolean {
  let long = 0;
  let named = false;
  for (const l of lines) {
    if (l.text.length <= 600) continue;
    long++;
    named ||= /\b(?:Beslutning|Indstilling|Sagsfremstilling|Resum[eé])\b/iu.test(l.text);
  }
  return named && (long * 4 >= Math.min(lines.length, 40) || lines.length < 20);
}

interface ItemContext {
  readonly lines: readonly Line[];
  readonly blank: readonly boolean[];
  readonly heading: (line: number) => HeadingLine | undefined;
  /** The headings `heading` has read so far, by line (filled on demand). */
  readonly headings: (HeadingLine | undefined)[];
  readonly syntaxOf: readonly (TableSyntax | undefined)[];
  /** Space-aligned tables by their first line. */
  readonly spaceBlocks: ReadonlyMap<number, SpaceBlock>;
  readonly matcher: SectionMatcher;
  readonly tables: Table[];
  /** Read section headings that share their line with the text (`Beslutning Godkendt.`). */
  inline?: boolean;
  /** The meeting's date, when the file holds one meeting and its header gives it. */
  readonly meetingDate?: CalendarDate;
  /** Markdown levels (1–6) the document uses for section headings: each read no deeper than the section it follows. */
  readonly sectionLevels: Set<number>;
  /** Levels of section-like headings read as sub-headings, being deeper than their section (`#### Tidsplan` under `### Sagsfremstilling`). */
  readonly subLevels: Set<number>;
  /** A PDF transcript (pages start with a form feed): `pdftotext` may glue a heading to an empty label. */
  readonly transcript?: boolean;
}

/**
 * `Øvrige sagsbehandlere: Sagsresume`: in a PDF transcript, an empty label and the section
 * heading under it on one line. The heading's start column and id, or undefined. Asked only of
 * short lines with a colon and a space in a transcript's items.
 */
function gluedHeading(text: string, matcher: SectionMatcher): { at: number; id: string } | undefined {
  const colon = text.lastIndexOf(': ');
  if (colon < 3 || colon > 60) return undefined;
  let at = colon + 2;
  while (text.charCodeAt(at) === 32) at++;
  const c = text.charCodeAt(at);
  // The heading starts with a capital letter (A–Z, Æ, Ø, Å) and the label before it has no digit.
  if (!((c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5) || /\d/u.test(text.slice(0, colon))) return undefined;
  const id = matcher.match(text.slice(at).trimEnd());
  return id === undefined ? undefined : { at, id };
}

/**
 * A decision headed by the body, the date and the item's number, without the word Beslutning:
 * `Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42` (some web publishing). The same form names
 * earlier bodies' recommendations inside Indstilling (`Økonomiudvalget, 18. september 2019, pkt.
 * 153:`); only the line with this meeting's date (or, where the header gives no date, this
 * item's own number) is its decision.
 */
const BODY_DATE_ITEM = /^\p{Lu}[\p{L}\-–.&/ ]{1,90}?,\s*(?:den\s+)?(?:(\d{1,2})\.\s*(\p{L}+)\s+(\d{4})|(\d{1,2})[-./](\d{1,2})[-./](\d{4})),\s*(?:pkt|punkt)\.?\s*(\d{1,6})\s*:?$/u;

/**
 * The line ends in `pkt. 42` or `punkt 42` (a colon after it allowed): checked from the end before
 * `BODY_DATE_ITEM`, whose lazy body name was tried on every line that ends in a digit or a colon
 * (every list's introduction).
 */
function endsWithItemReference(text: string): boolean {
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 58)) e--;
  const digitsEnd = e;
  while (e > 0 && text.charCodeAt(e - 1) >= 48 && text.charCodeAt(e - 1) <= 57) e--;
  if (e === digitsEnd) return false;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 46)) e--;
  const word = text.slice(Math.max(0, e - 5), e).toLowerCase();
  return word.endsWith('pkt') || word === 'punkt';
}

function bodyDecision(text: string, item: number, date: CalendarDate | undefined): boolean {
  if (!endsWithItemReference(text)) return false;
  const m = BODY_DATE_ITEM.exec(text);
  if (!m) return false;
  // The meeting's date tells this meeting's line from earlier ones; without it, the item's number.
  if (!date) return Number(m[7]) === item;
  const day = Number(m[1] ?? m[4]);
  const month = m[2] !== undefined ? DANISH_MONTHS.indexOf(m[2].normalize('NFC').toLowerCase()) + 1 : Number(m[5]);
  const year = Number(m[3] ?? m[6]);
  return day === date.day && month === date.month && year === date.year;
}

/** A labelled journal number on a line from column `from` (`Sagsnr.: 15/34881   Dok.nr.: 15/34881-3`). */
function journalOnLine(text: string, line: number, from: number): Located | undefined {
  const re = JOURNAL_LABEL_ANYWHERE;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    // After a label, a plain case number (`Sagsnr. 299835`) is a journal number too.
    const t = JOURNAL_TOKEN.exec(text.slice(at)) ?? (/nr|nummer|id/iu.test(m[0]) ? PLAIN_CASE_NUMBER.exec(text.slice(at)) : null);
    if (t) return { value: t[0], range: lineRange(line, at, at + t[0].length) };
  }
  return undefined;
}

/**
 * A labelled journal number alone on the nearest line with text above an item's heading (blank
 * lines between allowed, at most three lines up, below the previous item's heading).
 */
function journalAbove(lines: readonly Line[], blank: readonly boolean[], at: number, floor: number): Located | undefined {
  for (let i = at - 1; i > floor && i >= at - 3; i--) {
    if (blank[i]) continue;
    const text = lines[i]!.text;
    const c = text.charCodeAt(text.length - text.trimStart().length) | 32;
    // Only `Sagnr.:` / `Sagsnr.:` / `J.nr.:` / `Journalnr.:` lines: first letter s or j.
    if (c !== 115 && c !== 106) return undefined;
    const label = JOURNAL_LABEL.exec(text.trimStart());
    if (!label) return undefined;
    const from = text.length - text.trimStart().length + label[0].length;
    const t = JOURNAL_TOKEN.exec(text.slice(from));
    return t && text.slice(from + t[0].length).trim() === '' ? { value: t[0], range: lineRange(i, from, from + t[0].length) } : undefined;
  }
  return undefined;
}

/** Looks in the first lines under an item's heading (before any section) for a journal number. */
/**
 * A case number in brackets ending `text[from, to)`: Copenhagen's `(2025-0418833)` (a year and five
 * to seven digits: not a period such as `(2025-2028)`) or a whole KLE number. `at`: where the bracket
 * and the space before it begin (the title ends there).
 */
function bracketedJournal(text: string, from: number, to: number): { value: string; start: number; end: number; at: number } | undefined {
  let e = to;
  while (e > from && text.charCodeAt(e - 1) === 32) e--;
  if (e - from < 9 || text.charCodeAt(e - 1) !== 41 /* ) */) return undefined;
  const open = text.lastIndexOf('(', e - 1);
  if (open < from) return undefined;
  const m = BRACKETED_JOURNAL.exec(text.slice(open, e));
  if (!m) return undefined;
  let at = open;
  while (at > from && text.charCodeAt(at - 1) === 32) at--;
  const start = open + m[0].indexOf(m[1]!);
  return { value: m[1]!, start, end: start + m[1]!.length, at };
}
const BRACKETED_JOURNAL = /^\(\s*(\d{4}-\d{5,7}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2})\s*\)$/u;

function findJournalNumber(ctx: ItemContext, from: number, end: number): Located | undefined {
  const { lines, blank, heading, syntaxOf, matcher } = ctx;
  let seen = 0;
  for (let i = from; i < end && seen < 5; i++) {
    if (blank[i]) continue;
    seen++;
    if (syntaxOf[i]) return undefined;
    const h = heading(i)!;
    if (matcher.couldMatch(h.text.length) && matcher.match(h.text) !== undefined) return undefined;
    const text = lines[i]!.text;
    const labelled = journalOnLine(text, i, 0);
    if (labelled) return labelled;
    const t = JOURNAL_TOKEN.exec(text.slice(h.start));
    if (t && (h.start + t[0].length === h.end || /^\s+(?:Dok|Sag|Akt)/iu.test(text.slice(h.start + t[0].length)))) return { value: t[0], range: lineRange(i, h.start, h.start + t[0].length) };
  }
  return undefined;
}

/**
 * The contents: entries from the heading on, until the text stops looking like entries. A
 * contents heading with nothing like entries after it (a web page's navigation label) has none,
 * and never swallows the document.
 */
function parseContents(lines: readonly Line[], blank: readonly boolean[], headingLine: number, end: number): Contents {
  const entries: ContentsEntry[] = [];
  let last = headingLine;
  // Odense's contents run up to the first item, every line an entry (some cut short); a block
  // where most lines end in a page number or start with an item number is read the same way.
  // `Indholdsfortegnelse1. Fraværende` (a web page's text): the heading carries the first entry.
  const heading = lines[headingLine]!;
  const hs = heading.text.length - heading.text.trimStart().length;
  const glued = gluedContentsHeading(heading.text.slice(hs));
  let lineCount = 0;
  let entryLike = 0;
  let numbered = glued > 0 ? 1 : 0;
  let numberedWithEndNumber = 0;
  for (let i = headingLine + 1; i < end && lineCount < 400; i++) {
    if (blank[i]) continue;
    // (Each line's entry text once: a link is looked for in it, a search of the whole line.)
    const text = entryText(lines[i]!.text);
    if (LONE_PAGE.test(text)) continue;
    lineCount++;
    const starts = ENTRY_START.test(text);
    if (starts) numbered++;
    if (starts && SPACE_PAGE.test(text)) numberedWithEndNumber++;
    // (A link to an item's anchor is an entry by its form, numbered or not.)
    if (starts || hasEntryEnding(text) || linkEntry(lines[i]!.text)) entryLike++;
  }
  const wholeBlock = end < lines.length && lineCount > 0 && entryLike * 2 >= lineCount;
  // Where the entries carry item numbers, a line with neither a number nor a page number is no
  // entry: a group label (`Åben dagsorden`, `Til behandling - for lukkede døre`) or a PDF page's
  // furniture (`Side 2 af 5`, the running header) between the entries.
  // (Also `Bilagsliste 5` / `Underskriftsblad 5` after the entries: a page of the PDF, no item.)
  const labelsPossible = numbered >= 2 && numbered * 2 >= entryLike;
  // Every numbered entry ends in a short number after one space (a PDF's text): its page.
  const spacePage = numbered >= 2 && numberedWithEndNumber === numbered - (glued > 0 ? 1 : 0) && numberedWithEndNumber > 0;
  let gap = 0;
  /** The last entry has no page number at its end: its title may go on on the next line. */
  let open = false;
  if (glued > 0) {
    const entry = parseContentsEntry(heading, hs + glued, false);
    if (entry) entries.push(entry);
  }
  for (let i = headingLine + 1; i < end; i++) {
    if (blank[i]) {
      if (!wholeBlock && entries.length > 0 && ++gap >= 3) break;
      continue;
    }
    const text = entryText(lines[i]!.text);
    if (!wholeBlock && !(hasEntryEnding(text) || ENTRY_START.test(text) || LONE_PAGE.test(text) || linkEntry(lines[i]!.text))) {
      // A group label or a page's furniture between numbered entries: the entries go on after it.
      if (labelsPossible && entryWithin(lines, blank, i + 1, end, 3)) continue;
      break;
    }
    gap = 0;
    if (CONTENTS_TABLE_HEAD.test(lines[i]!.text)) continue;
    // A page number on a line of its own: a PDF transcript put the entry's page under it.
    if (LONE_PAGE.test(text)) continue;
    // (A label may carry leaders and a roman page number: `Til behandling - for åbne døre.....	ii`.)
    if (labelsPossible && !ENTRY_START.test(text)) continue;
    // A long title wrapped onto the next line (`… og tillæg` / `nr. 12 til Kommuneplan 2025 … 3`):
    // the entry above has no page number yet, and this line goes on in lower case.
    if (open && CONTINUES.test(text)) {
      last = i;
      open = !hasEntryEnding(text);
      continue;
    }
    const entry = parseContentsEntry(lines[i]!, 0, spacePage);
    open = false;
    if (entry) {
      entries.push(entry);
      last = i;
      open = !hasEntryEnding(text);
    }
  }
  const headingRange = trimmedLineRange(heading);
  return {
    headingRange: glued > 0 ? range(headingLine, hs, headingLine, hs + glued) : headingRange,
    range: range(headingLine, 0, last, lines[last]!.text.length),
    entries,
  };
}

/** True when one of the next `count` non-blank lines from `from` reads like a contents entry. */
function entryWithin(lines: readonly Line[], blank: readonly boolean[], from: number, end: number, count: number): boolean {
  for (let i = from, seen = 0; i < end && seen < count; i++) {
    if (blank[i]) continue;
    seen++;
    if (hasEntryEnding(entryText(lines[i]!.text)) || ENTRY_START.test(entryText(lines[i]!.text))) return true;
  }
  return false;
}

/** Index of the last non-blank line in [from, to), or from - 1. */
function lastNonBlank(blank: readonly boolean[], from: number, to: number): number {
  let i = to - 1;
  while (i >= from && blank[i]) i--;
  return i;
}

/** Tables between the header and the first item (a budget overview): checked like any other. */
function collectTables(ctx: ItemContext, from: number, to: number): void {
  const { lines, syntaxOf, heading, blank } = ctx;
  let lastAbove = -1;
  const found: Table[] = [];
  for (let i = from; i < to; i++) {
    if (blank[i]) continue;
    const syntax = syntaxOf[i];
    if (syntax === 'spaces') {
      const table = spaceTableAt(ctx, i, to, lastAbove);
      if (table) {
        found.push(table);
        i = table.range.end.line;
        lastAbove = -1;
        continue;
      }
    } else if (syntax) {
      let j = i;
      while (j + 1 < to && syntaxOf[j + 1] === syntax) j++;
      if (j > i || syntax === 'pipe') {
        const above = lastAbove >= 0 ? heading(lastAbove)! : undefined;
        found.push(buildTable(lines, i, j, syntax, above && { value: above.text, range: lineRange(lastAbove, above.start, above.end) }, syntaxOf));
        i = j;
        lastAbove = -1;
        continue;
      }
    }
    lastAbove = i;
  }
  if (found.length > 0) ctx.tables.unshift(...found);
}

/** The space-aligned table starting at line i, when it ends before `end`; `lastAbove`: the line above it, or -1. */
function spaceTableAt(ctx: ItemContext, i: number, end: number, lastAbove: number): Table | undefined {
  const block = ctx.spaceBlocks.get(i);
  if (!block || block.last >= end) return undefined;
  const above = lastAbove >= 0 ? ctx.heading(lastAbove)! : undefined;
  return block.build(above && { value: above.text, range: lineRange(lastAbove, above.start, above.end) });
}

/** Line i's heading from the scan just made of it (`level`, `start`, `end`), unless read before. */
function scannedHeading(ctx: ItemContext, i: number, level: number, start: number, end: number): HeadingLine {
  return (ctx.headings[i] ??= { level, text: ctx.lines[i]!.text.slice(start, end), start, end });
}

function parseItem(ctx: ItemContext, parts: ItemCandidate, end: number): AgendaItem {
  const { lines, blank, heading, syntaxOf, matcher } = ctx;
  const start = parts.line;
  const last = Math.max(parts.headEnd, lastNonBlank(blank, start, end));
  const tl = parts.titleLine;

  // The journal number: the first non-blank line under the heading, when it looks like one
  // (Odense); else a labelled or bare journal number in the item's first lines.
  let journalNumber: Located | undefined;
  let titleEnd = parts.titleEnd;
  let body = parts.headEnd + 1;
  while (body < end && blank[body]) body++;
  // `45. Godkendelse af dagsorden Sagsnr.: 25/9120`: on the heading's own line (flattened text).
  const onLine = JOURNAL_ON_LINE.exec(lines[tl]!.text.slice(parts.titleStart, parts.titleEnd));
  if (onLine) {
    const found = journalOnLine(lines[tl]!.text, tl, parts.titleStart + onLine.index);
    if (found) {
      journalNumber = found;
      titleEnd = parts.titleStart + onLine.index;
    }
  }
  // `… frem mod 2028 (2025-0418833)`: Copenhagen's case number in brackets at the title's end, at
  // the end of the title's wrapped second line, or alone under it.
  if (!journalNumber) {
    const inTitle = bracketedJournal(lines[tl]!.text, parts.titleStart, titleEnd);
    if (inTitle) {
      journalNumber = { value: inTitle.value, range: lineRange(tl, inTitle.start, inTitle.end) };
      titleEnd = inTitle.at;
    } else if (body < end && !syntaxOf[body]) {
      const under = bracketedJournal(lines[body]!.text, 0, lines[body]!.text.length);
      if (under) journalNumber = { value: under.value, range: lineRange(body, under.start, under.end) };
    }
  }
  if (body < end && !journalNumber) {
    const jh = heading(body)!;
    if (jh.level === 0 && !syntaxOf[body] && JOURNAL_LIKE.test(jh.text) && /\d/.test(jh.text) && matcher.match(jh.text) === undefined && !/^\d{1,4}\.\s/u.test(jh.text)) {
      journalNumber = { value: jh.text, range: lineRange(body, jh.start, jh.end) };
      body++;
    } else journalNumber = findJournalNumber(ctx, body, end);
  }

  const sections: Section[] = [];
  const preamble = { subHeadings: [] as SubHeading[], tables: [] as Table[] };
  let current: { id: string; heading: Located; line: number; level: number; subHeadings: SubHeading[]; tables: Table[]; inline?: boolean } | undefined;
  const closeSection = (until: number) => {
    if (!current) return;
    const lastLine = lastNonBlank(blank, current.line + 1, until);
    const empty = lastLine < current.line + 1 && !current.inline;
    const headingLineText = lines[current.line]!.text;
    sections.push({
      id: current.id,
      heading: current.heading,
      headingLine: current.line,
      range: range(current.line, 0, Math.max(current.line, lastLine), lines[Math.max(current.line, lastLine)]!.text.length),
      bodyRange: empty
        ? range(current.line, headingLineText.length, current.line, headingLineText.length)
        : current.inline
          ? range(current.line, current.heading.range.end.character, Math.max(current.line, lastLine), lines[Math.max(current.line, lastLine)]!.text.length)
          : range(current.line + 1, 0, lastLine, lines[lastLine]!.text.length),
      empty,
      subHeadings: current.subHeadings,
      tables: current.tables,
    });
  };

  // The nearest non-blank line above a table (its unit, often), as a line index: -1 for none.
  let lastAbove = -1;
  // The sections numbered on their own so far (`1. Resume`, `2. Indstilling`).
  let ownNumbered = 0;
  for (let i = body; i < end; i++) {
    if (blank[i]) continue;
    const syntax = syntaxOf[i];
    if (syntax === 'spaces') {
      const table = spaceTableAt(ctx, i, end, lastAbove);
      if (table) {
        (current ?? preamble).tables.push(table);
        ctx.tables.push(table);
        i = table.range.end.line;
        lastAbove = -1;
        continue;
      }
    } else if (syntax) {
      let j = i;
      while (j + 1 < end && syntaxOf[j + 1] === syntax) j++;
      if (j > i || syntax === 'pipe') {
        const above = lastAbove >= 0 ? heading(lastAbove)! : undefined;
        const table = buildTable(lines, i, j, syntax, above && { value: above.text, range: lineRange(lastAbove, above.start, above.end) }, syntaxOf);
        (current ?? preamble).tables.push(table);
        ctx.tables.push(table);
        i = j;
        lastAbove = -1;
        continue;
      }
    }
    // Allocation-free first look; the heading's text is cut out only when something needs it,
    // from this scan (`scannedHeading`: read again, it was 474 second scans of the real minutes).
    scanHeadingLine(lines[i]!.text);
    const { level, start: hs, end: he } = scanned;
    let sectionId = matcher.couldMatchAt(lines[i]!.text, hs, he) ? matcher.match(scannedHeading(ctx, i, level, hs, he).text) : undefined;
    // `1. Resume` … `5. Beslutning`: sections numbered on their own are such only as a run from 1
    // through the item (`Bilagsliste` / `1. Tidsplan` is an attachment's name).
    if (sectionId !== undefined && isDigit(lines[i]!.text.charCodeAt(hs))) {
      const own = ownSectionNumber(scannedHeading(ctx, i, level, hs, he).text);
      if (own !== undefined) {
        if (own === ownNumbered + 1 && ownNumbered === sections.length + (current ? 1 : 0)) ownNumbered = own;
        else sectionId = undefined;
      }
    }
    // Cheap guard first: such a heading ends in the item's number (or a colon after it).
    if (sectionId === undefined && he - hs <= 140 && he - hs >= 12 && isDigitOrColon(lines[i]!.text.charCodeAt(he - 1)) && bodyDecision(scannedHeading(ctx, i, level, hs, he).text, parts.number, ctx.meetingDate)) sectionId = 'beslutning';
    if (sectionId === undefined && ctx.transcript && he - hs <= 100 && he - hs > 12 && lines[i]!.text.indexOf(': ', hs) > 0) {
      const glued = gluedHeading(lines[i]!.text.slice(0, he), matcher);
      if (glued) {
        closeSection(i);
        current = { id: glued.id, heading: { value: lines[i]!.text.slice(glued.at, he), range: lineRange(i, glued.at, he) }, line: i, level: 0, subHeadings: [], tables: [] };
        lastAbove = -1;
        continue;
      }
    }
    // `#### Tidsplan` inside `### Sagsfremstilling`: a deeper heading is a sub-heading of its
    // section, unless the document uses that level for sections elsewhere.
    if (sectionId !== undefined && level > 0 && current !== undefined && current.level > 0) {
      if (level > current.level && !ctx.sectionLevels.has(level)) {
        ctx.subLevels.add(level);
        current.subHeadings.push({ line: i, range: lineRange(i, hs, he), text: scannedHeading(ctx, i, level, hs, he).text, level });
        lastAbove = i;
        continue;
      }
    }
    if (sectionId !== undefined) {
      if (level > 0 && (current === undefined || level <= current.level)) ctx.sectionLevels.add(level);
      closeSection(i);
      // `Kompetence: Byrådet`: the heading carries its own text.
      const text = scannedHeading(ctx, i, level, hs, he).text;
      const carries = /:\s*\S/u.test(text);
      current = { id: sectionId, heading: { value: text, range: lineRange(i, hs, he) }, line: i, level, subHeadings: [], tables: [], inline: carries || undefined };
      lastAbove = -1;
      continue;
    }
    // `Beslutning: Vedtaget` before any other section: the decision, on the heading's line.
    if (sections.length === 0 && !current && he - hs > 11) {
      const text = scannedHeading(ctx, i, level, hs, he).text;
      const length = inlineDecision(text, matcher);
      if (length > 0) {
        current = { id: matcher.match(text.slice(0, length - 1))!, heading: { value: text.slice(0, length), range: lineRange(i, hs, hs + length) }, line: i, level, subHeadings: [], tables: [], inline: true };
        lastAbove = i;
        continue;
      }
    }
    if (ctx.inline) {
      const h = scannedHeading(ctx, i, level, hs, he);
      const inline = matcher.matchInline(h.text);
      if (inline) {
        closeSection(i);
        current = { id: inline.id, heading: { value: h.text.slice(0, inline.length), range: lineRange(i, hs, hs + inline.length) }, line: i, level, subHeadings: [], tables: [], inline: true };
        lastAbove = i;
        continue;
      }
    }
    // `JOURNALNUMMER` / the number, at the item's end (eDoc's regional template): its journal number.
    if (!journalNumber && he - hs <= 15 && (lines[i]!.text.charCodeAt(hs) | 32) === 106 && JOURNAL_LABEL_ALONE.test(scannedHeading(ctx, i, level, hs, he).text)) {
      let j = i + 1;
      while (j < end && blank[j]) j++;
      const t = j < end ? heading(j) : undefined;
      const token = t && (JOURNAL_TOKEN.exec(t.text) ?? PLAIN_CASE_NUMBER.exec(t.text));
      if (t && token && token[0].length === t.text.length) journalNumber = { value: token[0], range: lineRange(j, t.start, t.end) };
    }
    const prevBlank = i === 0 || blank[i - 1]!;
    const nextBlank = i + 1 >= lines.length || blank[i + 1]!;
    // A paragraph on one line between blank lines (most of a plain-text file) is too long to be a
    // heading: the length is known from the scan, so its heading text is never cut out.
    const isSub = level > 0 || (prevBlank && nextBlank && he - hs <= MAX_PLAIN_HEADING && looksLikePlainHeading(scannedHeading(ctx, i, level, hs, he).text, prevBlank, nextBlank));
    if (isSub) (current ?? preamble).subHeadings.push({ line: i, range: lineRange(i, hs, he), text: scannedHeading(ctx, i, level, hs, he).text, level });
    lastAbove = i;
  }
  closeSection(end);

  const headingRange = trimmedLineRange(lines[start]!);
  const titleText = lines[tl]!.text.slice(parts.titleStart, parts.end);
  let closed = parts.closed === true || CLOSED_TITLE.test(titleText);
  // `Lukket` / `Lukket punkt` / `Lukket sag` alone, or ending a journal line, before any section.
  for (let i = parts.headEnd + 1, seen = 0; !closed && i < end && seen < 5; i++) {
    if (blank[i]) continue;
    if (sections.length > 0 && i >= sections[0]!.headingLine) break;
    seen++;
    closed = CLOSED_LINE.test(lines[i]!.text);
  }
  return {
    number: { value: parts.number, range: lineRange(parts.numberLine, parts.numberStart, parts.numberEnd) },
    numberSuffix: parts.numberSuffix,
    title: { value: lines[tl]!.text.slice(parts.titleStart, titleEnd), range: lineRange(tl, parts.titleStart, titleEnd) },
    fullTitle: { value: lines[tl]!.text.slice(parts.fullTitleStart, parts.end), range: lineRange(tl, parts.fullTitleStart, parts.end) },
    caseType: parts.caseType ? { value: parts.caseType.code, range: lineRange(tl, parts.caseType.start, parts.caseType.end) } : undefined,
    headingLine: start,
    headingRange,
    range: range(start, 0, last, lines[last]!.text.length) as Range,
    journalNumber,
    closed: closed || undefined,
    sections,
    preamble,
  };
}

/** Items on every agenda that often have no sections: a list point rarely reads like these. */
const STANDING_TITLE = /^(?:Eventuelt|Evt\.|Meddelelser(?:\s+fra\s+[\p{L} -]+)?|Orienteringer|Underskriftsark|Underskriftsblad)\s*$/iu;
/** A closed item's title: `Lukket punkt: Personalesag`, `Lukket sag - …`, `Salg af ejendom (Lukket)`. */
const CLOSED_START = /^(?:Lukket\s+(?:punkt|sag|dagsordenspunkt)\b|Lukket\s*[-–:]\s*\S)/iu;
const CLOSED_END = /\((?:Lukket|Lukket punkt|Lukket sag)\)\s*$/iu;
/**
 * `Lukket punkt: …`, `Lukket - …` or `… (Lukket punkt)`. The end is looked at only for a title
 * that ends in `)`: as one expression with `.*` before the mark, every title was read to its end
 * and back.
 */
const CLOSED_TITLE = { test: (title: string): boolean => CLOSED_START.test(title) || (endsWithParen(title) && CLOSED_END.test(title)) };
/** A line under the heading that marks the item closed (`Lukket`, `Lukket punkt`, `… Lukket sag`). */
const CLOSED_LINE = /(?:^|\s)Lukket(?:\s+(?:punkt|sag))?\s*$/iu;

function isDigitOrColon(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 58;
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
  // (By the SIMD scan where there is one: ≈1 µs against ≈24 µs for the expression on 8 KB.)
  if (!(holdsControl(text, limit) ?? SUSPECT.test(limit === text.length ? text : text.slice(0, limit)))) return false;
  let control = 0;
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return limit > 0 && control / limit > 0.1;
}
