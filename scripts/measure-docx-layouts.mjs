// Word minutes (issue 13): invented minutes written as .docx in several Word layouts
// (test/support/docxLayouts.ts: numbering from the list or the heading style, bold or styled
// section headings, Danish style names, merged table heads, a TOC field, a running header), read
// by the same path as `referat check x.docx` (importMinutes, then the engine) and measured as
// issue 13 measures other municipalities' minutes: items found again by number with their
// sections, warnings or errors nobody expects, and the defects injected (a table total changed,
// also in a table with remarks right of the amounts; a decision left out) found.
//
//   node scripts/measure-docx-layouts.mjs [--soffice] [--keep] [--text NAME]
//
// --soffice also measures each document after a round through LibreOffice (docx → docx: its own
// numbering, styles and fields), and the plain-text layout fixtures converted to .docx by
// LibreOffice. --text NAME prints the text form the reader made of one layout. Needs the compiled
// engine and tests in out/ (npx tsc -b).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'out/server/src/engine/index.js'));
const { importMinutes } = require(join(root, 'out/server/src/import/index.js'));
const { DOCX_LAYOUTS, buildDocx, expectedOf } = require(join(root, 'out/test/support/docxLayouts.js'));
const { parseAnnotated } = require(join(root, 'out/test/support/annotated.js'));

const args = process.argv.slice(2);
const withSoffice = args.includes('--soffice');
const keep = args.includes('--keep');
const showText = args.includes('--text') ? args[args.indexOf('--text') + 1] : undefined;
const work = mkdtempSync(join(tmpdir(), 'referat-docx-'));

async function check(bytes) {
  const imported = await importMinutes(bytes, 'docx');
  return { text: imported.text, ...analyze(imported.text, { fileName: 'x.docx' }) };
}

/** Items found again by number, their sections, the unexpected warnings/errors, the expected ones missed. */
function score(result, expected) {
  const read = new Map(result.doc.items.map((i) => [i.number.value, i.sections.map((s) => s.id)]));
  let items = 0;
  let sections = 0;
  let sectionsRead = 0;
  for (const item of expected.items) {
    sections += item.sections.length;
    const got = read.get(item.number);
    if (!got) continue;
    items++;
    const pool = [...got];
    for (const s of item.sections) {
      const k = pool.indexOf(s);
      if (k >= 0) {
        sectionsRead++;
        pool.splice(k, 1);
      }
    }
  }
  const loud = result.findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
  const unexpected = loud.filter((f) => !expected.findings.includes(f.code));
  const missed = expected.findings.filter((c) => !loud.some((f) => f.code === c));
  // The meeting's date, wherever the layout states it (a header line, a table, the page header):
  // what the date checks measure against.
  const dated = result.doc.header.meetingDate?.date !== undefined;
  return { items, itemsOf: expected.items.length, sectionsRead, sections, unexpected, missed, extraItems: result.doc.items.length - items, dated };
}

const total = { items: 0, itemsOf: 0, sectionsRead: 0, sections: 0, unexpected: 0, missed: 0, defects: 0, documents: 0, dated: 0 };
function report(label, s) {
  total.items += s.items;
  total.itemsOf += s.itemsOf;
  total.sectionsRead += s.sectionsRead;
  total.sections += s.sections;
  total.unexpected += s.unexpected.length;
  total.documents++;
  if (s.dated) total.dated++;
  const note = s.unexpected.slice(0, 3).map((f) => `  L${f.range.start.line + 1} ${f.code}`).join('');
  const extra = s.extraItems > 0 ? `  (+${s.extraItems} items)` : '';
  console.log(`${label.padEnd(40)} items ${s.items}/${s.itemsOf}${extra}  sections ${s.sectionsRead}/${s.sections}  unexpected ${s.unexpected.length}${s.dated ? '' : '  (no meeting date)'}${note}`);
}

const files = [];
for (const layout of DOCX_LAYOUTS) {
  const bytes = await buildDocx(layout);
  const result = await check(bytes);
  if (showText === layout.name) console.log(result.text);
  report(layout.name, score(result, expectedOf(layout)));
  // The defects: each must be found (and nothing else raised).
  const third = (layout.start ?? 1) + 2;
  for (const defects of [{ wrongTotal: true }, { wrongNet: true }, { dropDecision: third }]) {
    const s = score(await check(await buildDocx(layout, defects)), expectedOf(layout, defects));
    total.defects++;
    total.missed += s.missed.length;
    if (s.missed.length || s.unexpected.length) {
      console.log(`  defect ${JSON.stringify(defects)}: missed ${s.missed.join(', ') || '-'}; unexpected ${s.unexpected.map((f) => `L${f.range.start.line + 1} ${f.code}`).join(', ') || '-'}`);
    }
  }
  const file = join(work, `${layout.name}.docx`);
  writeFileSync(file, bytes);
  files.push({ file, layout });
}

if (withSoffice) {
  // LibreOffice writes its own numbering.xml and styles.xml: the same minutes, saved again.
  const profile = `file://${join(work, 'lo-profile')}`;
  const again = join(work, 'libreoffice');
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', again, ...files.map((f) => f.file)], { stdio: 'ignore' });
  for (const { file, layout } of files) {
    const out = join(again, file.split('/').pop());
    if (!existsSync(out)) continue;
    const result = await check(readFileSync(out));
    if (showText === `lo-${layout.name}`) console.log(result.text);
    report(`${layout.name} (LibreOffice)`, score(result, expectedOf(layout)));
  }
  // The plain-text layout fixtures converted to .docx by LibreOffice (one paragraph per line).
  const folder = join(root, 'test/fixtures/layouts');
  const texts = join(work, 'fixtures');
  const fixtures = new Map();
  execFileSync('mkdir', ['-p', texts]);
  for (const name of readdirSync(folder).sort()) {
    if (!/\.(referat|dagsorden)\.txt$/.test(name)) continue;
    const doc = parseAnnotated(readFileSync(join(folder, name), 'utf8'));
    if (!doc.annotatesStructure) continue;
    const base = name.replace(/\.txt$/, '');
    writeFileSync(join(texts, `${base}.txt`), doc.text);
    fixtures.set(base, doc);
  }
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=Text (encoded):UTF8', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(texts, 'docx'), ...[...fixtures.keys()].map((b) => join(texts, `${b}.txt`))], {
    stdio: 'ignore',
  });
  for (const [base, doc] of fixtures) {
    const out = join(texts, 'docx', `${base}.docx`);
    if (!existsSync(out)) continue;
    const result = await check(readFileSync(out));
    const expected = {
      items: doc.structure.items.map((i) => ({ number: i.number, sections: i.sections.map((s) => s.id) })),
      findings: doc.expected.map((e) => e.code),
    };
    report(`${base} (txt→docx)`, score(result, expected));
  }
}

const pct = (a, b) => (b === 0 ? 100 : Math.round((100 * a) / b));
console.log(
  `total: items ${total.items}/${total.itemsOf} (${pct(total.items, total.itemsOf)}%), sections ${total.sectionsRead}/${total.sections} (${pct(total.sectionsRead, total.sections)}%), unexpected warnings/errors ${total.unexpected}, defects missed ${total.missed}/${total.defects}, meeting date read ${total.dated}/${total.documents}`,
);
if (keep) console.log(`documents: ${work}`);
else rmSync(work, { recursive: true, force: true });
