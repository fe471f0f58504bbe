import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (tests run from out/test/…). */
export const ROOT = path.resolve(__dirname, '../../..');

/** The real minutes: `../shared/corpus` beside the repository, or $REFERAT_CORPUS. */
export const CORPUS = process.env.REFERAT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');

export const CORPUS_2020 = path.join(CORPUS, 'odense-bsu-2020-11-10.referat.txt');
export const CORPUS_2024 = path.join(CORPUS, 'odense-bsu-2024-04-09.referat.md');

/** Whether the real minutes are there. A fresh clone has no `../shared`; CI always has them. */
export const HAVE_CORPUS = fs.existsSync(CORPUS_2020) && fs.existsSync(CORPUS_2024);
/** In CI the real minutes must be there: a missing corpus fails instead of being skipped. */
const MUST_HAVE_CORPUS = !!process.env.CI || process.env.REFERAT_CORPUS !== undefined;
/** Why the tests on the real minutes did not run (printed in `npm test`'s summary). */
export const CORPUS_MISSING_REASON = `the real minutes are not in ${CORPUS} (put ../shared/corpus beside the clone or set REFERAT_CORPUS)`;

/** The test running now (set by the root hooks in mochaHooks.ts), so a read can skip it. */
let running: { skip(): never } | undefined;
export function setRunningTest(test: { skip(): never } | undefined): void {
  running = test;
}

/**
 * The text of one of the real minutes. Without them (a fresh clone), the test that asked is
 * skipped and reported as not run; at suite level (inside `describeCorpus`) the text is empty and
 * the suite's tests are skipped. In CI, or when REFERAT_CORPUS names a place, a missing file fails.
 */
export function readCorpus(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  if (MUST_HAVE_CORPUS) throw new Error(`The real minutes are missing: ${file} (set REFERAT_CORPUS)`);
  if (running) running.skip();
  return '';
}

/**
 * `describe` for a suite that reads the real minutes while it is set up (at suite level or in a
 * `before` hook): without them its body is not even run (it may compute from the text) and the
 * suite shows as one pending test that says why.
 */
export function describeCorpus(title: string, fn: (this: Mocha.Suite) => void): Mocha.Suite {
  if (HAVE_CORPUS || MUST_HAVE_CORPUS) return describe(title, fn);
  return describe(title, () => {
    it(`not run: ${CORPUS_MISSING_REASON}`);
  });
}

export const FIXTURES = path.join(ROOT, 'test/fixtures');

/**
 * In a test that needs the real minutes: without them (a fresh clone) the test is skipped and
 * reported as not run; in CI, or when REFERAT_CORPUS names a place, it fails instead.
 */
export function needCorpus(test: Mocha.Context): void {
  if (HAVE_CORPUS) return;
  if (MUST_HAVE_CORPUS) throw new Error(`The real minutes are missing: ${CORPUS} (set REFERAT_CORPUS)`);
  test.skip();
}

/**
 * In a test that needs an outside program (LibreOffice, chromium): `npm test` installs them before
 * the unit stage, so in CI a missing one fails; elsewhere (a bare `mocha`) the test is skipped.
 */
export function needTool(test: Mocha.Context, available: boolean, name: string): void {
  if (available) return;
  if (process.env.CI) throw new Error(`${name} is missing: scripts/e2e/install-tools.sh installs it`);
  test.skip();
}
