import * as assert from 'node:assert/strict';
import type { Finding, MinutesDocument } from '../../server/src/engine';

/**
 * Annotated fixture documents. A fixture is a minutes document with lines starting `%%` that
 * say what is expected where; those lines are removed before the document is checked, so they
 * never change what is checked.
 *
 *   Punkt 8: Status på Center for Familier og Unge (CFU)
 *   %%^ warning missing-section "Beslutning"
 *
 * Each `^` points one (non-annotation) line up: `%%^` is the line just above, `%%^^` the one
 * above that. Then what is expected there:
 *
 * - a finding: the severity, the code and, optionally, a quoted piece of the message
 *   (`%%^ warning missing-section "Beslutning"`);
 * - structure (the layout fixtures in test/fixtures/layouts say where every part is):
 *   - `%%^ meeting`: a meeting's header starts here (its title line);
 *   - `%%^ contents`: the heading of a table of contents;
 *   - `%%^ entry 185`: a contents entry for item 185;
 *   - `%%^ item 185`: the line opens agenda item number 185 (its heading line: where the item
 *     begins, even when the number stands on the next line, as in `Title` / `Sag nr. 185`);
 *   - `%%^ section beslutning`: a section heading with that canonical id (resume, effekt,
 *     indstilling, beslutning, sagsfremstilling, okonomi, bilag, kompetence, hoering,
 *     lovgrundlag, tidsplan, personale, risiko, kommunikation, indstilling-og-beslutning); it belongs to the item annotated last;
 *   - `%%^ journal 15/34881`: the item annotated last has this journal number, written on this
 *     line (or up to three lines above its heading: `%%^^^ journal …` after `%%^ item 1`).
 * - `%% free text` (or a bare `%%`): a comment, nothing expected.
 *
 * Several annotations may point at the same line (a flattened line can open several sections).
 */
export interface Expectation {
  /** 0-based line in the stripped document. */
  readonly line: number;
  readonly severity: string;
  readonly code: string;
  readonly contains?: string;
}

export interface ExpectedSection {
  readonly line: number;
  readonly id: string;
}

export interface ExpectedItem {
  readonly line: number;
  readonly number: number;
  /** A supplementary item's letter (`item 12a`). */
  readonly suffix?: string;
  readonly sections: readonly ExpectedSection[];
  /** The journal number the item carries, when annotated, and the line it stands on. */
  readonly journal?: { readonly line: number; readonly value: string };
}

export interface ExpectedEntry {
  readonly line: number;
  readonly number: number;
  readonly suffix?: string;
}

export interface ExpectedStructure {
  /** Lines where a meeting's header starts, in order. */
  readonly meetings: readonly number[];
  /** Lines of contents headings, in order. */
  readonly contents: readonly number[];
  readonly entries: readonly ExpectedEntry[];
  /** Every item of the file, in document order (all meetings' items together). */
  readonly items: readonly ExpectedItem[];
}

export interface AnnotatedDocument {
  readonly text: string;
  readonly expected: readonly Expectation[];
  readonly structure: ExpectedStructure;
  /** True when the fixture has any structure annotation (item, section, meeting, contents, entry, journal). */
  readonly annotatesStructure: boolean;
}

/** The canonical section ids the layout fixtures use (agreed with the parser). */
export const SECTION_IDS = [
  'resume',
  'effekt',
  'indstilling',
  'beslutning',
  'sagsfremstilling',
  'okonomi',
  'bilag',
  'kompetence',
  'hoering',
  'lovgrundlag',
  'tidsplan',
  'personale',
  'risiko',
  'kommunikation',
  'indstilling-og-beslutning',
] as const;

const FINDING = /^%%(\^+)\s+(error|warning|information|hint)\s+([a-z0-9-]+)(?:\s+"([^"]*)")?\s*$/;
const STRUCTURE = /^%%(\^+)\s+(meeting|contents|entry|item|section|journal)(?:\s+(\S+))?\s*$/;
const COMMENT = /^%%(?:\s.*)?$/;

export function parseAnnotated(source: string): AnnotatedDocument {
  const kept: string[] = [];
  const expected: Expectation[] = [];
  const meetings: number[] = [];
  const contents: number[] = [];
  const entries: ExpectedEntry[] = [];
  const items: { line: number; number: number; suffix?: string; sections: ExpectedSection[]; journal?: { line: number; value: string } }[] = [];
  let annotatesStructure = false;
  const lineOf = (carets: string, raw: string) => {
    const line = kept.length - carets.length;
    if (line < 0) throw new Error(`Annotation points above the document: ${raw}`);
    return line;
  };
  const number = (value: string | undefined, raw: string) => {
    if (value === undefined || !/^\d+[a-h]?$/.test(value)) throw new Error(`Annotation needs a whole number (a supplementary item's letter allowed: 12a): ${raw}`);
    return Number(/^\d+/.exec(value)![0]);
  };
  const suffix = (value: string | undefined) => /[a-h]$/.exec(value ?? '')?.[0];
  for (const raw of source.split('\n')) {
    if (!raw.startsWith('%%')) {
      kept.push(raw);
      continue;
    }
    const line = raw.trimEnd();
    const f = FINDING.exec(line);
    if (f) {
      expected.push({ line: lineOf(f[1]!, raw), severity: f[2]!, code: f[3]!, contains: f[4] });
      continue;
    }
    const s = STRUCTURE.exec(line);
    if (s) {
      annotatesStructure = true;
      const at = lineOf(s[1]!, raw);
      const kind = s[2]!;
      const arg = s[3];
      const noArg = () => {
        if (arg !== undefined) throw new Error(`«${kind}» takes no argument: ${raw}`);
      };
      const current = () => {
        const item = items[items.length - 1];
        if (!item) throw new Error(`«${kind}» before any item: ${raw}`);
        if (at < item.line) throw new Error(`«${kind}» above its item's heading: ${raw}`);
        return item;
      };
      switch (kind) {
        case 'meeting':
          noArg();
          meetings.push(at);
          break;
        case 'contents':
          noArg();
          contents.push(at);
          break;
        case 'entry':
          entries.push({ line: at, number: number(arg, raw), ...(suffix(arg) ? { suffix: suffix(arg) } : {}) });
          break;
        case 'item': {
          const last = items[items.length - 1];
          if (last && at <= last.line) throw new Error(`Items must be annotated in document order: ${raw}`);
          items.push({ line: at, number: number(arg, raw), ...(suffix(arg) ? { suffix: suffix(arg) } : {}), sections: [] });
          break;
        }
        case 'section': {
          if (!arg || !(SECTION_IDS as readonly string[]).includes(arg)) throw new Error(`Unknown section id «${arg ?? ''}» (one of ${SECTION_IDS.join(', ')}): ${raw}`);
          current().sections.push({ line: at, id: arg });
          break;
        }
        case 'journal': {
          if (!arg) throw new Error(`«journal» needs the number: ${raw}`);
          // A journal number may stand just above its item's heading (`Sagnr.: …` / `1. Title`).
          const last = items[items.length - 1];
          const item = last && at < last.line && at >= last.line - 3 ? last : current();
          if (item.journal) throw new Error(`Two journal numbers for item ${item.number}: ${raw}`);
          item.journal = { line: at, value: arg };
          break;
        }
      }
      continue;
    }
    if (COMMENT.test(line) && !line.startsWith('%%^')) continue;
    throw new Error(`Malformed annotation: ${raw}`);
  }
  return { text: kept.join('\n'), expected, structure: { meetings, contents, entries, items }, annotatesStructure };
}

/**
 * The findings are exactly the annotated ones (line, severity, code: no fewer, no more), and each
 * annotation's quoted part is in its finding's message.
 */
export function assertAnnotatedFindings(findings: readonly Finding[], expected: readonly Expectation[]): void {
  const actual = findings.map((f) => `${f.range.start.line + 1} ${f.severity} ${f.code}`).sort();
  const wanted = expected.map((e) => `${e.line + 1} ${e.severity} ${e.code}`).sort();
  assert.deepEqual(actual, wanted, findings.map((f) => `${f.range.start.line + 1}: ${f.code}: ${f.message}`).join('\n'));
  for (const e of expected) {
    if (!e.contains) continue;
    const hits = findings.filter((x) => x.range.start.line === e.line && x.code === e.code);
    assert.ok(hits.some((f) => f.message.includes(e.contains!)), `line ${e.line + 1}: ${JSON.stringify(hits.map((h) => h.message))} lacks ${JSON.stringify(e.contains)}`);
  }
}

/** One line per item and per section as the parser read them: `L12 item 185`, `L14   section resume`. */
export function structureLines(doc: MinutesDocument): string[] {
  const out: string[] = [];
  for (const item of doc.items) {
    out.push(`L${item.headingLine + 1} item ${item.number.value}${item.numberSuffix ?? ''}`);
    for (const s of item.sections) out.push(`L${s.headingLine + 1}   section ${s.id}`);
  }
  return out;
}

/** The same lines for what a fixture's annotations expect. */
export function expectedStructureLines(structure: ExpectedStructure): string[] {
  const out: string[] = [];
  for (const item of structure.items) {
    out.push(`L${item.line + 1} item ${item.number}${item.suffix ?? ''}`);
    for (const s of item.sections) out.push(`L${s.line + 1}   section ${s.id}`);
  }
  return out;
}

export interface LayoutMeasurement {
  readonly itemsAnnotated: number;
  /** Annotated items the parser read: an item on the same heading line with the same number. */
  readonly itemsRead: number;
  readonly sectionsAnnotated: number;
  /** Annotated sections the parser read: a section heading on the same line with the same id. */
  readonly sectionsRead: number;
  /** Warnings and errors that no annotation expects (false alarms). */
  readonly unexpectedWarnings: number;
  /** Annotated warnings and errors that did not come. */
  readonly missedWarnings: number;
}

/**
 * The acceptance measurement on one annotated document: how many of its items and
 * sections the parser read, and how many warnings or errors it raised that nobody expects.
 */
export function measureLayout(doc: MinutesDocument, findings: readonly Finding[], annotated: Pick<AnnotatedDocument, 'structure' | 'expected'>): LayoutMeasurement {
  const items = new Set(doc.items.map((i) => `${i.headingLine} ${i.number.value}${i.numberSuffix ?? ''}`));
  const sections = new Map<string, number>();
  for (const item of doc.items) for (const s of item.sections) sections.set(`${s.headingLine} ${s.id}`, (sections.get(`${s.headingLine} ${s.id}`) ?? 0) + 1);
  let itemsRead = 0;
  let sectionsAnnotated = 0;
  let sectionsRead = 0;
  for (const item of annotated.structure.items) {
    if (items.has(`${item.line} ${item.number}${item.suffix ?? ''}`)) itemsRead++;
    for (const s of item.sections) {
      sectionsAnnotated++;
      const key = `${s.line} ${s.id}`;
      const left = sections.get(key) ?? 0;
      if (left > 0) {
        sectionsRead++;
        sections.set(key, left - 1);
      }
    }
  }
  const serious = (severity: string) => severity === 'warning' || severity === 'error';
  const wanted = new Map<string, number>();
  for (const e of annotated.expected) if (serious(e.severity)) wanted.set(`${e.line} ${e.severity} ${e.code}`, (wanted.get(`${e.line} ${e.severity} ${e.code}`) ?? 0) + 1);
  let unexpectedWarnings = 0;
  for (const f of findings) {
    if (!serious(f.severity)) continue;
    const key = `${f.range.start.line} ${f.severity} ${f.code}`;
    const left = wanted.get(key) ?? 0;
    if (left > 0) wanted.set(key, left - 1);
    else unexpectedWarnings++;
  }
  let missedWarnings = 0;
  for (const n of wanted.values()) missedWarnings += n;
  return { itemsAnnotated: annotated.structure.items.length, itemsRead, sectionsAnnotated, sectionsRead, unexpectedWarnings, missedWarnings };
}
