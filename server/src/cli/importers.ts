import type { Finding, Locale } from '../engine';
import { importKindOf, importMinutes, notesAsFindings, withPlaces } from '../import';
import { importers } from './input';

/**
 * Word and PDF minutes for `referat check`: the importer (server/src/import) turns the bytes into
 * Referat's text form with an origin per line; `finish` gives each finding the place a reader can
 * find in the original (page and line of the PDF, the Word table row or paragraph) and adds the
 * importer's notes (a scan without text, an unreadable file). Imported here, by checkFile.ts, so
 * the worker threads register it as the main thread does.
 */
importers.push({
  extensions: ['.docx', '.pdf'],
  async toText(bytes, file) {
    const imported = await importMinutes(bytes, importKindOf(file));
    return {
      ok: true,
      text: imported.text,
      encoding: 'utf-8',
      bom: false,
      imported: true,
      finish: (findings: readonly Finding[], locale: Locale): Finding[] => [
        ...notesAsFindings(imported, locale),
        ...(imported.text ? withPlaces(findings, imported, locale) : []),
      ],
    };
  },
});
