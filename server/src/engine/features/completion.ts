import type { ReferatConfig } from '../config/config';
import { learnOrder } from '../analysis/learnedOrder';
import { Locale, messagesFor } from '../i18n/messages';
import type { AgendaItem, MinutesDocument, Section } from '../model/minutes';
import { Position, Range, lineRange } from '../text/range';
import { heading, itemHeadingShape, sectionHeadingShape, sectionName, sectionPlaceholder, sectionSpelling, standardDecisions } from '../edits/style';
import { memberReference, membersOf } from './members';
import { itemSkeleton, snippetDescription } from './snippets';
import { readHeadingLine } from '../parse/headingLine';
import { PLACEHOLDER } from '../edits/placeholders';

export type CompletionKind = 'section' | 'decision' | 'vote' | 'itemNumber' | 'snippet';

/**
 * A completion in the engine's terms. `insertText` is VS Code/LSP snippet syntax when
 * `snippet` is true (placeholders the secretary tabs through), plain text otherwise; it
 * replaces `range` (what was typed on the line so far).
 */
export interface Completion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly insertText: string;
  readonly snippet: boolean;
  readonly range: Range;
  /** What the typed text is matched against (the whole line the completion writes). */
  readonly filterText: string;
  /** Keeps the engine's order (most likely first). */
  readonly sortText: string;
}

/** What was typed at the start of a line: nothing, `#`s, `**`, and at most part of one word. */
const LINE_START = /^\s*(?:#{1,6}\s*)?(?:\*\*)?[\p{L}]*$/u;
/** What was typed at the start of a vote, absence or decision line: words, no sentence end. */
const SENTENCE_START = /^\s*[\p{L}][\p{L}\p{N} ()\-.]*$/u;
const PUNKT = /^(\s*(?:#{1,6}\s+)?(?:\*\*)?)Punkt\s+(\d*)$/iu;

/** Escapes text for the body of an LSP snippet. */
export function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

function itemAt(doc: MinutesDocument, line: number): AgendaItem | undefined {
  let found: AgendaItem | undefined;
  for (const item of doc.items) {
    if (item.headingLine < line) found = item;
    else break;
  }
  return found;
}

function sectionAt(item: AgendaItem, line: number): Section | undefined {
  let found: Section | undefined;
  for (const s of item.sections) {
    if (s.headingLine < line) found = s;
    else break;
  }
  return found;
}

/** Only blank lines follow `line` up to the end of `item`: the cursor is after all its text. */
function atItemEnd(doc: MinutesDocument, item: AgendaItem, line: number): boolean {
  const last = Math.min(item.range.end.line, doc.lines.length - 1);
  for (let l = line + 1; l <= last; l++) if ((doc.lines[l]?.text.trim() ?? '') !== '') return false;
  return true;
}

/**
 * Completions at a position, aware of where it is: the next item number after `Punkt `; at the
 * start of a line in an item, the sections the item still lacks (in the configured order, in
 * the document's heading style); inside Beslutning, the standard decisions for the item's case
 * type and vote/absence lines for the members the document already names; between or after
 * items, a new item skeleton with the next number.
 */
export function completions(doc: MinutesDocument, config: ReferatConfig, locale: Locale, position: Position): Completion[] {
  const msg = messagesFor(locale);
  const line = doc.lines[position.line];
  if (!line || doc.binary) return [];
  const typed = line.text.slice(0, Math.min(position.character, line.text.length));
  const replace = lineRange(position.line, 0, typed.length);
  const out: Completion[] = [];
  const push = (c: Omit<Completion, 'sortText' | 'range'> & { range?: Range }) => out.push({ range: replace, ...c, sortText: String(out.length).padStart(4, '0') });
  const item = itemAt(doc, position.line);

  // `Punkt ` → the next number, and the colon.
  const punkt = PUNKT.exec(typed);
  if (punkt) {
    const next = (item?.number.value ?? 0) + 1;
    const start = typed.length - punkt[2]!.length;
    push({ label: `${next}: `, kind: 'itemNumber', detail: msg.completionNextItem(next), insertText: `${next}: `, snippet: false, range: lineRange(position.line, start, typed.length), filterText: `${next}` });
    return out;
  }

  if (item && position.line > item.headingLine) {
    const section = sectionAt(item, position.line);
    if (section?.id === 'beslutning' && (typed.trim() === '' || SENTENCE_START.test(typed))) {
      for (const decision of standardDecisions(doc, item)) {
        push({ label: decision, kind: 'decision', detail: msg.completionDecision(), insertText: decision, snippet: false, filterText: decision });
      }
      for (const m of membersOf(doc)) {
        const who = memberReference(m);
        for (const [text, detail] of [
          [`${who} stemmer imod indstillingen.`, msg.completionVoteAgainst()],
          [`${who} stemmer for indstillingen.`, msg.completionVoteFor()],
          [`${m.role} ${m.name} deltog ikke i behandlingen af dette punkt.`, msg.completionAbsent()],
        ] as const) {
          push({ label: text, kind: 'vote', detail, insertText: text, snippet: false, filterText: text });
        }
      }
    }
    if (LINE_START.test(typed)) {
      const present = new Set(item.sections.map((s) => s.id));
      const shape = sectionHeadingShape(doc, item, section);
      const prevBlank = position.line === 0 || (doc.lines[position.line - 1]?.text.trim() ?? '') === '';
      // The document's own profile and order (learnt from it when the profile has none), its spelling.
      const own = doc.config ?? config;
      const order = own.sectionOrder.length > 0 ? own.sectionOrder : learnOrder(doc.items).order;
      for (const id of order) {
        if (present.has(id)) continue;
        const name = sectionName(own, id);
        const head = heading(shape, sectionSpelling(doc, own, id));
        const body = `${snippetEscape(head)}\n\n\${1:${snippetEscape(sectionPlaceholder(doc, item, id))}}\n`;
        push({ label: head, kind: 'section', detail: msg.completionSection(name), insertText: prevBlank ? body : `\n${body}`, snippet: true, filterText: head });
      }
    }
  }

  // A new item (skeleton with the next number) on an empty line after everything the item
  // holds (never inside a section with text below), and only with a number not yet used.
  const next = (item?.number.value ?? 0) + 1;
  if (typed.trim() === '' && doc.items.length > 0 && item && position.line > item.headingLine && atItemEnd(doc, item, position.line) && !doc.items.some((i) => i.number.value === next)) {
    const shape = itemHeadingShape(doc, position.line);
    // The new item in the document's own layout: its numbering form, case types only where the
    // document writes them (`B-sag:`), its spelling of the sections.
    const numberForm = itemNumberForm(doc, item);
    const numberLine = itemNumberLine(doc, item);
    const numberAbove = itemNumberAbove(doc, item);
    const caseTypePrefix = doc.items.some((i) => CASE_TYPE_PREFIX.test(i.fullTitle.value));
    const own = doc.config ?? config;
    const spell = (id: string) => sectionSpelling(doc, own, id);
    // Items headed by their title alone (no number written) open with the same section each: the
    // new one does too, right under its title, with no journal number where the document has none.
    const unnumbered = item.number.range.start.character === item.number.range.end.character && item.number.range.start.line === item.headingLine;
    const journalNumber = doc.items.some((i) => i.journalNumber !== undefined);
    const firstSection = unnumbered ? openingSection(doc) : undefined;
    // Titles that are one label over and over (`Åben`): the new item is headed by it too.
    const titleText = unnumbered && doc.items.filter((i) => i.title.value === item.title.value).length >= 2 ? item.title.value : undefined;
    for (const variant of ['B', 'D'] as const) {
      const skeleton = itemSkeleton(doc.headingStyle, variant, { number: next, committee: doc.header.title?.committee?.value, itemShape: shape, sectionShape: sectionHeadingShape(doc, item), numberForm, numberLine, numberAbove, caseTypePrefix, spell, journalNumber, firstSection, titleText });
      const filter = (numberAbove ?? numberLine ?? numberForm).replace('{n}', String(next)).trim();
      push({ label: msg.completionItemSkeleton(next, variant), kind: 'snippet', detail: snippetDescription(variant === 'B' ? 'itemDecision' : 'itemOrientation', locale), insertText: skeleton, snippet: true, filterText: filter || PLACEHOLDER.title });
    }
  }
  return out;
}

const CASE_TYPE_PREFIX = /^\p{Lu}-sag\s*:/u;

/**
 * How an item's heading writes its number before the title (`Punkt {n}: `, `{n}. `, `• {n}. `),
 * read off the item the new one follows; Odense's form when the number is not on the heading line
 * (a title with `Sag nr. N` below it).
 */
function itemNumberForm(doc: MinutesDocument, model: AgendaItem): string {
  const h = readHeadingLine(doc.lines[model.headingLine]!.text);
  if (!h || model.number.range.start.line !== model.headingLine) return 'Punkt {n}: ';
  // An item without a written number (a title alone): the new one is a title alone too.
  if (model.number.range.start.character === model.number.range.end.character) return '';
  const raw = doc.lines[model.headingLine]!.text;
  const before = raw.slice(h.start, model.number.range.start.character);
  // `Pkt. 42` alone with the title below: see `itemNumberAbove`.
  if (model.fullTitle.range.start.line !== model.headingLine) return `${before}{n} `;
  const after = raw.slice(model.number.range.end.character, model.fullTitle.range.start.character);
  return `${before}{n}${after}`;
}

/** `Pkt. {n}` when the document writes an item's number alone on a line, its title on the next. */
function itemNumberAbove(doc: MinutesDocument, model: AgendaItem): string | undefined {
  const at = model.number.range.start;
  if (at.line !== model.headingLine || model.fullTitle.range.start.line === model.headingLine) return undefined;
  const raw = doc.lines[at.line]!.text;
  const h = readHeadingLine(raw);
  const start = h ? h.start : 0;
  return `${raw.slice(start, at.character)}{n}${raw.slice(model.number.range.end.character, h ? h.end : raw.length)}`;
}

/** The section most items open with (their first section), or undefined. */
function openingSection(doc: MinutesDocument): string | undefined {
  const count = new Map<string, number>();
  for (const i of doc.items) if (i.sections.length > 0) count.set(i.sections[0]!.id, (count.get(i.sections[0]!.id) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [id, c] of count) if (c > most) [best, most] = [id, c];
  return best;
}

/** `Sag nr. {n}` when the document writes an item's number on the line under its title. */
function itemNumberLine(doc: MinutesDocument, model: AgendaItem): string | undefined {
  const at = model.number.range.start;
  if (at.line === model.headingLine) return undefined;
  const raw = doc.lines[at.line]!.text;
  const h = readHeadingLine(raw);
  const start = h ? h.start : 0;
  return `${raw.slice(start, at.character)}{n}${raw.slice(model.number.range.end.character, h ? h.end : raw.length)}`;
}
