// The acceptance measurement of issue 13 on annotated documents: for each file, how many of its
// annotated items and sections the parser read, and how many warnings or errors it raised that no
// annotation expects (false alarms). Annotations: test/support/annotated.ts (`%%^ item 185`,
// `%%^ section beslutning`, `%%^ warning code`); documents without structure annotations are
// skipped.
//
//   npm run measure:layouts -- [folder …] [--verbose] [--json]
//
// Folders default to test/fixtures/layouts and test/fixtures/layouts-checks; folders are searched recursively for .md and .txt
// files. --verbose lists, per file, the items and sections not read (or read wrongly) and the
// unexpected warnings. Reads the compiled engine in out/ (npm run build).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engineJs = join(root, 'out/server/src/engine/index.js');
const annotatedJs = join(root, 'out/test/support/annotated.js');
if (!existsSync(engineJs) || !existsSync(annotatedJs)) {
  console.error('The compiled engine is missing: run `npm run build` first.');
  process.exit(2);
}
const { analyze } = require(engineJs);
const { parseAnnotated, measureLayout, structureLines, expectedStructureLines } = require(annotatedJs);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const folders = args.filter((a) => !a.startsWith('--'));
// The layouts (how items and sections are written) and what the checks read in them.
if (folders.length === 0) folders.push(join(root, 'test/fixtures/layouts'), join(root, 'test/fixtures/layouts-checks'));

function* documents(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* documents(join(path, name));
  } else if (/\.(md|txt)$/i.test(path)) {
    yield path;
  }
}

const rows = [];
for (const folder of folders) {
  for (const file of documents(resolve(folder))) {
    let annotated;
    try {
      annotated = parseAnnotated(readFileSync(file, 'utf8'));
    } catch (err) {
      console.error(`${relative(process.cwd(), file)}: ${err.message}`);
      continue;
    }
    if (!annotated.annotatesStructure && annotated.expected.length === 0) continue;
    const name = file.split(/[\\/]/).pop();
    const { doc, findings } = analyze(annotated.text, { fileName: name });
    const m = measureLayout(doc, findings, annotated);
    const row = { file: relative(process.cwd(), file), ...m };
    if (verbose) {
      const read = new Set(structureLines(doc));
      const wanted = new Set(expectedStructureLines(annotated.structure));
      row.notRead = [...wanted].filter((l) => !read.has(l));
      row.readWrongly = [...read].filter((l) => !wanted.has(l));
      const expected = new Set(annotated.expected.map((e) => `${e.line} ${e.severity} ${e.code}`));
      row.unexpected = findings
        .filter((f) => (f.severity === 'warning' || f.severity === 'error') && !expected.has(`${f.range.start.line} ${f.severity} ${f.code}`))
        .map((f) => `L${f.range.start.line + 1} ${f.severity} ${f.code}: ${f.message}`);
    }
    rows.push(row);
  }
}

const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
const total = {
  files: rows.length,
  itemsAnnotated: sum('itemsAnnotated'),
  itemsRead: sum('itemsRead'),
  sectionsAnnotated: sum('sectionsAnnotated'),
  sectionsRead: sum('sectionsRead'),
  unexpectedWarnings: sum('unexpectedWarnings'),
  missedWarnings: sum('missedWarnings'),
};
const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)}%`);

if (json) {
  console.log(JSON.stringify({ files: rows, total }, null, 2));
} else {
  const width = Math.max(4, ...rows.map((r) => r.file.length));
  const line = (file, items, sections, unexpected, missed) => `${file.padEnd(width)}  ${items.padStart(13)}  ${sections.padStart(15)}  ${unexpected.padStart(17)}  ${missed.padStart(14)}`;
  console.log(line('file', 'items read', 'sections read', 'false warn/err', 'missed warn/err'));
  for (const r of rows) {
    console.log(line(r.file, `${r.itemsRead}/${r.itemsAnnotated}`, `${r.sectionsRead}/${r.sectionsAnnotated}`, String(r.unexpectedWarnings), String(r.missedWarnings)));
    if (verbose) {
      for (const l of r.notRead) console.log(`    not read:     ${l}`);
      for (const l of r.readWrongly) console.log(`    read wrongly: ${l}`);
      for (const l of r.unexpected.slice(0, 10)) console.log(`    unexpected:   ${l}`);
      if (r.unexpected.length > 10) console.log(`    … and ${r.unexpected.length - 10} more unexpected`);
    }
  }
  console.log(
    line(
      `total (${total.files} files)`,
      `${total.itemsRead}/${total.itemsAnnotated} ${pct(total.itemsRead, total.itemsAnnotated)}`,
      `${total.sectionsRead}/${total.sectionsAnnotated} ${pct(total.sectionsRead, total.sectionsAnnotated)}`,
      String(total.unexpectedWarnings),
      String(total.missedWarnings),
    ),
  );
  console.log('Target (issue 13): ≥ 90% of items and ≥ 85% of sections read, ≤ 2 false warnings or errors in all.');
}
