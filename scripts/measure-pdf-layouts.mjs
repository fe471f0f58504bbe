// The layout fixtures as PDF transcripts: each plain-text fixture is made into a PDF by LibreOffice
// (test/support/layoutFodt.ts: short pages, a running header and a `Side N af M` footer, as Word
// templates print them, tab blocks with amounts as tables), the PDF
// is transcribed by `pdftotext` with and without `-layout`, and the transcripts are measured as
// issue 13 measures other municipalities' minutes: the fixture's annotated items found again (by
// number) with their sections, and the warnings or errors that no annotation of the fixture expects.
//
//   node scripts/measure-pdf-layouts.mjs [folder] [--keep] [--tabs|--html] [--pdfjs] [--only-pdfjs] [--text NAME]
//   node scripts/measure-pdf-layouts.mjs --real [--keep]
//
// --html prints each fixture from the HTML the import tests use (headings, tables, lists) instead.
// --pdfjs also reads each PDF through the product's own import (PDF.js and the layout rules in
// server/src/import, as `referat check x.pdf` does) and measures its text the same way;
// --only-pdfjs measures that route alone. --text NAME prints the text the import made of one
// fixture (NAME without .txt). --real measures the two real minutes instead (see measureReal).
// Needs `soffice` (LibreOffice) and `pdftotext` (poppler-utils) on
// the PATH, and the compiled engine and import in out/ (npx tsc -b). --keep leaves the PDFs and
// transcripts in the temporary folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'out/server/src/engine/index.js'));
const { parseAnnotated } = require(join(root, 'out/test/support/annotated.js'));
const { importMinutes } = require(join(root, 'out/server/src/import/index.js'));
const { layoutFodt } = require(join(root, 'out/test/support/layoutFodt.js'));
const { minutesToHtml } = require(join(root, 'out/test/support/minutesHtml.js'));

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const tabs = args.includes('--tabs');
const html = args.includes('--html');
const onlyPdfjs = args.includes('--only-pdfjs');
const pdfjs = onlyPdfjs || args.includes('--pdfjs');
const showText = args.includes('--text') ? args[args.indexOf('--text') + 1] : undefined;
const folder = resolve(args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--text') ?? join(root, 'test/fixtures/layouts'));
const work = mkdtempSync(join(tmpdir(), 'referat-pdf-'));

const fodt = (text) => layoutFodt(text, { tabs });

if (args.includes('--real')) {
  await measureReal();
  process.exit(0);
}

/**
 * --real: the two real minutes (shared/corpus) as PDFs made by LibreOffice three ways — the text
 * file opened as it is (a paragraph per line, tabs at default stops), the form above (tab blocks
 * with amounts as tables, header and footer), and the HTML the import tests print (headings,
 * tables) — read by `referat check x.pdf` (the CLI bundle, dist/cli.js) and compared finding by
 * finding (code, severity, message without the place) with the check of the text itself.
 */
async function measureReal() {
  const corpus = resolve(root, '../../shared/corpus');
  const dir = [corpus, '/work/shared/corpus'].find((d) => existsSync(join(d, 'README.md')));
  if (!dir) throw new Error('no shared/corpus');
  const files = readdirSync(dir).filter((f) => /\.referat\.(txt|md)$/.test(f));
  const made = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    const base = f.replace(/\.(txt|md)$/, '');
    writeFileSync(join(work, `${base}.plain.txt`), text);
    writeFileSync(join(work, `${base}.fodt.fodt`), fodt(text));
    writeFileSync(join(work, `${base}.html.html`), minutesToHtml(text));
    made.push({ f, base });
  }
  const profile = `-env:UserInstallation=file://${join(work, 'lo-profile')}`;
  const inputs = made.flatMap(({ base }) => [`${base}.plain.txt`, `${base}.fodt.fodt`, `${base}.html.html`].map((x) => join(work, x)));
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...inputs], { stdio: 'ignore' });
  const cli = (file) => {
    const r = spawnSync(process.execPath, ['--max-semi-space-size=48', join(root, 'bin/referat.js'), 'check', '--format', 'json', file], { encoding: 'utf8' });
    return JSON.parse(r.stdout)[0]?.diagnostics ?? [];
  };
  const essence = (findings) => findings.map((f) => `${f.severity} ${f.code}: ${f.message.replace(/ \((?:side \d|page \d|Word: ).*\)$/, '')}`).sort();
  for (const { f, base } of made) {
    const want = essence(cli(join(dir, f)));
    console.log(`${f}: text ${want.length} findings`);
    for (const how of ['plain', 'fodt', 'html']) {
      const pdf = join(work, `${base}.${how}.pdf`);
      const got = essence(cli(pdf));
      const extra = got.filter((x) => !want.includes(x));
      const lost = want.filter((x) => !got.includes(x));
      console.log(`  as PDF (${how.padEnd(5)}): ${got.length} findings, ${extra.length} more, ${lost.length} lost`);
      for (const x of extra) console.log(`    + ${x.slice(0, 160)}`);
      for (const x of lost) console.log(`    - ${x.slice(0, 160)}`);
    }
  }
  if (keep) console.log(`PDFs: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const fixtures = new Map();
for (const name of readdirSync(folder).sort()) {
  // Markdown would need rendering first; transcripts and hand-made PDF texts are transcripts already.
  if (!/\.(referat|dagsorden)\.txt$/.test(name) || /pdf/.test(name)) continue;
  const doc = parseAnnotated(readFileSync(join(folder, name), 'utf8'));
  if (!doc.annotatesStructure) continue;
  const base = name.replace(/\.txt$/, '');
  if (html) writeFileSync(join(work, `${base}.html`), minutesToHtml(doc.text));
  else writeFileSync(join(work, `${base}.fodt`), fodt(doc.text));
  fixtures.set(base, doc);
}
const sources = readdirSync(work).filter((f) => f.endsWith(html ? '.html' : '.fodt'));
// A private profile: a desktop LibreOffice (or another run) must not hold the default one's lock.
execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...sources.map((f) => join(work, f))], { stdio: 'ignore' });

/** The text of one PDF as a route reads it: pdftotext (plain or -layout), or the product's import. */
async function transcript(base, mode) {
  const pdf = join(work, `${base}.pdf`);
  if (mode === 'pdfjs') {
    const imported = await importMinutes(new Uint8Array(readFileSync(pdf)), 'pdf');
    writeFileSync(join(work, `${base}.pdfjs.txt`), imported.text);
    return { text: imported.text, fileName: `${base}.pdf` };
  }
  const out = join(work, `${base}.${mode}.txt`);
  execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), pdf, out]);
  return { text: readFileSync(out, 'utf8'), fileName: `${base}.txt` };
}

if (showText) {
  process.stdout.write((await transcript(showText, 'pdfjs')).text);
  if (keep) console.log(`PDFs and transcripts: ${work}`);
  else rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

const modes = onlyPdfjs ? ['pdfjs'] : pdfjs ? ['default', 'layout', 'pdfjs'] : ['default', 'layout'];
const total = { items: 0, itemsRead: 0, sections: 0, sectionsRead: 0, unexpected: 0, defects: 0, found: 0 };
const byMode = new Map(modes.map((m) => [m, { items: 0, itemsRead: 0, sections: 0, sectionsRead: 0, unexpected: 0, defects: 0, found: 0 }]));
for (const [base, doc] of fixtures) {
  for (const mode of modes) {
    const { text, fileName } = await transcript(base, mode);
    const { doc: parsed, findings } = analyze(text, { fileName });
    const read = new Map(parsed.items.map((i) => [`${i.number.value}${i.numberSuffix ?? ''}`, i.sections.map((s) => s.id)]));
    let items = 0;
    let sections = 0;
    let sectionsRead = 0;
    for (const item of doc.structure.items) {
      sections += item.sections.length;
      const got = read.get(`${item.number}${item.suffix ?? ''}`);
      if (!got) continue;
      items++;
      const pool = [...got];
      for (const s of item.sections) {
        const k = pool.indexOf(s.id);
        if (k >= 0) {
          sectionsRead++;
          pool.splice(k, 1);
        }
      }
    }
    const expected = new Set(doc.expected.map((e) => e.code));
    const unexpected = findings.filter((f) => (f.severity === 'warning' || f.severity === 'error') && !expected.has(f.code));
    // The annotated findings found again (by code and quoted piece: a transcript's lines are not
    // the fixture's), each finding counted once.
    const pool = [...findings];
    const missed = [];
    for (const e of doc.expected) {
      const k = pool.findIndex((f) => f.code === e.code && f.severity === e.severity && (e.contains === undefined || f.message.includes(e.contains)));
      if (k >= 0) pool.splice(k, 1);
      else missed.push(e);
    }
    for (const t of [total, byMode.get(mode)]) {
      t.items += doc.structure.items.length;
      t.itemsRead += items;
      t.sections += sections;
      t.sectionsRead += sectionsRead;
      t.unexpected += unexpected.length;
      t.defects += doc.expected.length;
      t.found += doc.expected.length - missed.length;
    }
    const note = unexpected.slice(0, 2).map((f) => `  L${f.range.start.line + 1} ${f.code}`).join('');
    const found = doc.expected.length > 0 ? `  expected ${doc.expected.length - missed.length}/${doc.expected.length}` : '';
    const lost = missed.slice(0, 3).map((e) => `  missed ${e.code}${e.contains ? ` "${e.contains}"` : ''}`).join('');
    console.log(`${`${base} (${mode})`.padEnd(44)} items ${items}/${doc.structure.items.length}  sections ${sectionsRead}/${sections}  unexpected ${unexpected.length}${note}${found}${lost}`);
  }
}
const pct = (a, b) => (b === 0 ? 100 : Math.round((100 * a) / b));
if (modes.length > 1) {
  for (const [mode, t] of byMode) {
    console.log(`${mode.padEnd(8)}: items ${t.itemsRead}/${t.items}, sections ${t.sectionsRead}/${t.sections}, unexpected warnings/errors ${t.unexpected}, annotated findings found ${t.found}/${t.defects}`);
  }
}
console.log(
  `total (${fixtures.size} fixtures × ${modes.length} transcripts): items ${total.itemsRead}/${total.items} (${pct(total.itemsRead, total.items)}%), sections ${total.sectionsRead}/${total.sections} (${pct(total.sectionsRead, total.sections)}%), unexpected warnings/errors ${total.unexpected}, annotated findings found ${total.found}/${total.defects}`,
);
if (keep) console.log(`PDFs and transcripts: ${work}`);
else rmSync(work, { recursive: true, force: true });
