import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (tests run from out/test/…). */
export const ROOT = path.resolve(__dirname, '../../..');

/** The real minutes: `../shared/corpus` beside the repository, or $REFERAT_CORPUS. */
export const CORPUS = process.env.REFERAT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');

export const CORPUS_2020 = path.join(CORPUS, 'odense-bsu-2020-11-10.referat.txt');
export const CORPUS_2024 = path.join(CORPUS, 'odense-bsu-2024-04-09.referat.md');

export function readCorpus(file: string): string {
  // No silent skip: without the real minutes the suite must fail loudly.
  if (!fs.existsSync(file)) throw new Error(`The real minutes are missing: ${file} (set REFERAT_CORPUS)`);
  return fs.readFileSync(file, 'utf8');
}

export const FIXTURES = path.join(ROOT, 'test/fixtures');
