import { promises as fs } from 'node:fs';
import { AnalyzeOptions, Finding, analyze } from '../engine';
import { importKindOf, importMinutes } from './index';
import { notesAsFindings, withPlaces } from './places';

/** `referat check minutes.pdf|minutes.docx`: true for the files this module reads. */
export function isImportedFile(file: string): boolean {
  return importKindOf(file) !== undefined;
}

/**
 * Reads a Word or PDF file, checks the text it holds and names each finding's place in the
 * original. Throws only when the file cannot be read from disk (as reading a text file would).
 */
export async function checkImportedFile(file: string, options: AnalyzeOptions): Promise<Finding[]> {
  const bytes = await fs.readFile(file);
  const imported = await importMinutes(bytes, importKindOf(file));
  const notes = notesAsFindings(imported, options.locale);
  if (!imported.text) return notes;
  return [...notes, ...withPlaces(analyze(imported.text, options).findings, imported, options.locale)];
}
