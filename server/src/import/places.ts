import type { Finding, Position } from '../engine';
import { messagesFor } from '../engine/i18n/messages';
import type { ImportedMinutes, LineOrigin, Place } from './types';

/**
 * Findings on imported text name the place in the original a reader can find: the page and line
 * of the PDF, the table row or the paragraph's opening words in the Word document.
 */

/** The original's place for a position in the imported text. */
export function placeAt(origins: readonly (LineOrigin | undefined)[], at: Position): Place | undefined {
  // A finding on a blank line (rare) takes the next line's place.
  for (let line = at.line; line < origins.length; line++) {
    const o = origins[line];
    if (!o || o.pieces.length === 0) continue;
    let best = o.pieces[0]!;
    if (line === at.line) for (const p of o.pieces) if (p.from <= at.character) best = p;
    return best.place;
  }
  return undefined;
}

export function describePlace(place: Place, locale?: string): string {
  const msg = messagesFor(locale);
  if (place.kind === 'pdf') return msg.placePdf(place.page, place.line);
  if (place.table !== undefined && place.row !== undefined) return msg.placeDocxRow(place.table, place.row, place.text);
  return msg.placeDocxParagraph(place.text);
}

/** Each finding's message ends with where it stands in the original: `(side 4, linje 17)`. */
export function withPlaces(findings: readonly Finding[], imported: ImportedMinutes, locale?: string): Finding[] {
  const placed = (message: string, at: Position): string => {
    const place = placeAt(imported.origins, at);
    return place ? `${message} (${describePlace(place, locale)})` : message;
  };
  // Related locations (the rows of a table's rounding note, say) name their own places too.
  return findings.map((f) => ({
    ...f,
    message: placed(f.message, f.range.start),
    ...(f.related ? { related: f.related.map((r) => ({ ...r, message: placed(r.message, r.range.start) })) } : {}),
  }));
}

/** The importer's notes (a scan, an unreadable file) as findings on the first line. */
export function notesAsFindings(imported: ImportedMinutes, locale?: string): Finding[] {
  const msg = messagesFor(locale);
  const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return imported.notes.map((n) => ({
    code: n.code,
    severity: n.severity,
    range: at,
    message:
      n.code === 'import-no-text'
        ? msg.importNoText()
        : n.code === 'import-pages-no-text'
          ? msg.importPagesNoText(pageList(n.pages ?? []))
          : msg.importUnreadable(imported.kind === 'pdf' ? 'PDF' : 'Word (.docx)', n.detail ?? ''),
  }));
}

/** `3`, `3–5`, `2, 7–9`. */
function pageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    out.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}
