import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { analyze } from '../../server/src/engine';
import { importMinutes } from '../../server/src/import';
import { checkImportedFile } from '../../server/src/import/check';
import { minutesToHtml } from '../support/minutesHtml';
import { CORPUS, CORPUS_2020, CORPUS_2024, FIXTURES, ROOT, needCorpus, needTool } from '../support/paths';

/**
 * Word and PDF files made by tools nobody here wrote: LibreOffice (headless) converts HTML to
 * .docx and .pdf, chromium prints HTML to PDF. The importers read them back, and the checks must
 * find on them what they find on the text. The files are made at test time in .tmp (converted
 * real minutes are never committed). Without LibreOffice or chromium these tests are skipped and
 * say so; scripts/e2e/install-tools.sh installs both.
 */

/** Fixtures whose findings survive a trip through HTML (their layout is what Word/PDF can carry). */
const FIXTURE_NAMES = ['clean.referat.md', 'numbering.referat.md', 'tables/nested.referat.md', 'tables/flat-total.referat.md', 'structure.referat.txt', 'prose-sums.referat.md'];

const WORK = path.join(ROOT, '.tmp/import-test');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const SOFFICE = has('soffice');
const CHROMIUM = has('chromium');

function soffice(to: 'docx' | 'pdf', files: string[], outDir: string): void {
  const filter = to === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export';
  // A private profile: parallel runs (and a desktop LibreOffice) must not share one.
  const profile = `file://${path.join(WORK, 'lo-profile')}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 180_000 });
  for (const f of files) {
    const out = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, `.${to}`));
    if (!fs.existsSync(out)) throw new Error(`soffice made no ${out}: ${r.stderr}`);
  }
}

function chromiumPdf(html: string, pdf: string): void {
  const r = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`], { encoding: 'utf8', timeout: 180_000 });
  if (!fs.existsSync(pdf)) throw new Error(`chromium made no ${pdf}: ${r.stderr}`);
}

function writeHtml(name: string, text: string, css?: string): string {
  const file = path.join(WORK, `${name}.html`);
  fs.writeFileSync(file, minutesToHtml(text, { css }));
  return file;
}

/** code + message without the place in the original: what must agree between text and file. */
const essence = (fs_: readonly { code: string; severity: string; message: string }[]) =>
  fs_.map((f) => `${f.severity} ${f.code}: ${f.message.replace(/ \((?:side \d|page \d|Word: ).*\)$/, '')}`).sort();

describe('Word and PDF minutes made by LibreOffice and chromium', function () {
  this.timeout(600_000);
  const haveCorpus = fs.existsSync(CORPUS_2024) && fs.existsSync(CORPUS_2020);

  before(function () {
    needTool(this, SOFFICE, 'LibreOffice (soffice)');
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.mkdirSync(WORK, { recursive: true });
    const html: string[] = [];
    if (haveCorpus) {
      html.push(writeHtml('real-2024', fs.readFileSync(CORPUS_2024, 'utf8')), writeHtml('real-2020', fs.readFileSync(CORPUS_2020, 'utf8')));
    }
    for (const f of FIXTURE_NAMES) html.push(writeHtml(`fixture-${path.basename(f).replace(/\.referat\.(md|txt)$/, '')}`, fs.readFileSync(path.join(FIXTURES, f), 'utf8')));
    html.push(writeHtml('long-table', longTable(60, false)), writeHtml('long-table-wrong', longTable(60, true)));
    // One LibreOffice start per format converts them all.
    soffice('pdf', html, path.join(WORK, 'pdf'));
    soffice('docx', html, path.join(WORK, 'docx'));
    // Word documents printed to PDF by LibreOffice Writer: tables laid out as Word lays them.
    soffice('pdf', html.map((h) => path.join(WORK, 'docx', path.basename(h).replace(/\.html$/, '.docx'))), path.join(WORK, 'pdf-from-docx'));
  });

  it('2024 real minutes as PDF (LibreOffice): the nine rounding rows, found by page and line, and no table error', async function () {
    needCorpus(this);
    const findings = await checkImportedFile(path.join(WORK, 'pdf/real-2024.pdf'), {});
    // One note per table; each total that differs by rounding is one of its related places.
    const rounding = findings.filter((f) => f.code === 'table-rounding');
    const places = rounding.flatMap((f) => f.related ?? []);
    const rows = new Set(places.map((r) => r.range.start.line));
    assert.equal(rows.size, 9, `rounding rows: ${[...rows].join(', ')}`);
    for (const f of rounding) assert.match(f.message, /\(side \d+, linje \d+\)$/);
    for (const r of places) assert.match(r.message, /\(side \d+, linje \d+\)$/);
    assert.deepEqual(findings.filter((f) => f.code.startsWith('table-') && f.code !== 'table-rounding'), []);
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
    // The same findings as on the text, word for word.
    assert.deepEqual(essence(findings), essence(analyze(fs.readFileSync(CORPUS_2024, 'utf8')).findings));
  });

  it('2024 real minutes printed by chromium: the same findings as on the text', async function () {
    needCorpus(this);
    needTool(this, CHROMIUM, 'chromium');
    const pdf = path.join(WORK, 'chromium-2024.pdf');
    chromiumPdf(path.join(WORK, 'real-2024.html'), pdf);
    const findings = await checkImportedFile(pdf, {});
    assert.deepEqual(essence(findings), essence(analyze(fs.readFileSync(CORPUS_2024, 'utf8')).findings));
  });

  it('2020 real minutes as .docx: Beslutning missing in items 8–12, the empty Bilag, nothing else', async function () {
    needCorpus(this);
    const findings = await checkImportedFile(path.join(WORK, 'docx/real-2020.docx'), {});
    const missing = findings.filter((f) => f.code === 'missing-section');
    assert.deepEqual(
      missing.map((f) => f.message.replace(/ \(.*\)$/, '')),
      [8, 9, 10, 11, 12].map((n) => `Punkt ${n} mangler afsnittet «Beslutning».`),
    );
    for (const f of missing) assert.match(f.message, /\(Word: ved «Punkt \d+: .+»\)$/);
    assert.deepEqual(essence(findings), essence(analyze(fs.readFileSync(CORPUS_2020, 'utf8')).findings));
  });

  it('2020 real minutes as PDF and 2024 as .docx: the same findings as on the text', async function () {
    needCorpus(this);
    assert.deepEqual(essence(await checkImportedFile(path.join(WORK, 'pdf/real-2020.pdf'), {})), essence(analyze(fs.readFileSync(CORPUS_2020, 'utf8')).findings));
    assert.deepEqual(essence(await checkImportedFile(path.join(WORK, 'docx/real-2024.docx'), {})), essence(analyze(fs.readFileSync(CORPUS_2024, 'utf8')).findings));
  });

  for (const name of FIXTURE_NAMES) {
    it(`fixture ${name} as .docx and .pdf: the same findings as on the text`, async () => {
      const base = `fixture-${path.basename(name).replace(/\.referat\.(md|txt)$/, '')}`;
      const text = fs
        .readFileSync(path.join(FIXTURES, name), 'utf8')
        .split('\n')
        .filter((l) => !/^\s*%%/.test(l))
        .join('\n');
      const expected = essence(analyze(text).findings).map(stripLines);
      // flat-total's two-column tables are laid out by LibreOffice so narrow that amounts break
      // inside their cells (`16.7` over `00`): that PDF is unreadable to a person too.
      const files = name === 'tables/flat-total.referat.md' ? [`docx/${base}.docx`] : [`docx/${base}.docx`, `pdf-from-docx/${base}.pdf`];
      for (const file of files) {
        assert.deepEqual(essence(await checkImportedFile(path.join(WORK, file), {})).map(stripLines), expected, file);
      }
    });
  }

  it('a table split across pages is one table: its right total passes, a wrong one is one error', async () => {
    // The text itself is right (so a finding below is the import's doing).
    assert.deepEqual(analyze(longTable(60, false)).findings.filter((f) => f.code.startsWith('table-')), []);
    const right = await checkImportedFile(path.join(WORK, 'pdf-from-docx/long-table.pdf'), {});
    const pdfText = (await importMinutes(fs.readFileSync(path.join(WORK, 'pdf-from-docx/long-table.pdf')))).text;
    assert.ok((pdfText.match(/^\S.*\t/gm) ?? []).length >= 62 && /Post 60\t/.test(pdfText), 'one table over the pages');
    assert.ok((pdfText.match(/^Post \d+\t/gm) ?? []).length === 60, 'all 60 rows in one table');
    assert.deepEqual(right.filter((f) => f.code.startsWith('table-')), []);
    const wrong = await checkImportedFile(path.join(WORK, 'pdf-from-docx/long-table-wrong.pdf'), {});
    assert.deepEqual(
      wrong.filter((f) => f.code.startsWith('table-')).map((f) => f.code),
      ['table-sum'],
    );
  });

  // Chromium's CSS columns do not share baselines (the first paragraph's top margin moves the left
  // column down): the page is cut at its gutter before its runs are put into lines.
  it('a two-column page (chromium, CSS columns) reads column by column', async function () {
    needTool(this, CHROMIUM, 'chromium');
    const sentences = Array.from({ length: 24 }, (_, k) => `Sætning nummer ${k + 1} i brødteksten handler om udvalgets arbejde med beskæftigelse og sociale forhold i kommunen.`);
    const html = writeHtml('two-columns', sentences.join('\n\n'), 'body{column-count:2;column-gap:2cm}');
    const pdf = path.join(WORK, 'two-columns.pdf');
    chromiumPdf(html, pdf);
    const { text } = await importMinutes(fs.readFileSync(pdf));
    // Every sentence whole, and in order.
    let at = -1;
    for (const s of sentences) {
      const i = text.indexOf(s);
      assert.ok(i > at, `«${s}» whole and after the one before:\n${text.slice(0, 600)}`);
      at = i;
    }
  });

  it('a scanned page (an image only PDF) gets one clear finding and nothing else', async function () {
    if (!CHROMIUM || !has('pdftoppm')) this.skip();
    // A real page, rendered to an image (as a scanner would), printed into a PDF.
    const png = path.join(WORK, 'scan');
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(WORK, 'pdf/long-table.pdf'), png]);
    const html = path.join(WORK, 'scan.html');
    fs.writeFileSync(html, `<!doctype html><html><body style="margin:0"><img src="scan.png" style="width:100%"></body></html>`);
    const pdf = path.join(WORK, 'scan.pdf');
    chromiumPdf(html, pdf);
    const findings = await checkImportedFile(pdf, {});
    assert.deepEqual(
      findings.map((f) => `${f.severity} ${f.code}`),
      ['error import-no-text'],
    );
    assert.match(findings[0]!.message, /ingen tekst.*OCR/);
  });

  it('a damaged or foreign file is one clear finding, not a crash', async () => {
    const bad = path.join(WORK, 'broken.pdf');
    fs.writeFileSync(bad, '%PDF-1.7\nthis is not really a PDF\n');
    const notZip = path.join(WORK, 'broken.docx');
    fs.writeFileSync(notZip, 'PK\u0003\u0004 no zip after all');
    const emptyZip = path.join(WORK, 'empty.docx');
    fs.writeFileSync(emptyZip, zipSync({ 'hello.txt': strToU8('hi') }));
    for (const f of [bad, notZip, emptyZip]) {
      const findings = await checkImportedFile(f, {});
      assert.deepEqual(
        findings.map((x) => x.code),
        ['import-unreadable'],
        f,
      );
    }
  });
});


/** Line numbers in messages (`første gang i linje 12`) differ between the text and the import. */
function stripLines(s: string): string {
  return s.replace(/linje \d+/g, 'linje N').replace(/line \d+/g, 'line N');
}

/** Minutes with one long budget table (it runs over a page), total right or wrong. */
function longTable(rows: number, wrong: boolean): string {
  const lines = ['# Punkt 1: Budget', '', '## Økonomi', '', '1.000 kr.\tBudget\tRegnskab'];
  let a = 0;
  let b = 0;
  const da = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');
  for (let k = 1; k <= rows; k++) {
    // Irregular amounts: no row is the sum of the rows above it (which would read as a subtotal).
    const x = 1000 + ((k * 7919) % 9973);
    const y = 900 + ((k * 104729) % 8761);
    lines.push(`Post ${k}\t${da(x)}\t${da(y)}`);
    a += x;
    b += y;
  }
  lines.push(`<b>I alt</b>\t<b>${da(a + (wrong ? 1000 : 0))}</b>\t<b>${da(b)}</b>`);
  return lines.join('\n');
}

// The real minutes' folder, named for the report when the tests above are skipped.
void CORPUS;
