// The findings and items of every fixture, example and real minutes, with two builds' engines: the
// check that a speed change changed nothing (used with scripts/ab.mjs for every decision).
//
//   node scripts/compare-builds.mjs BASE_OUT_DIR NEW_OUT_DIR
//
// (an out/ directory each: `cp -r out /tmp/base` before a change, then `npx tsc -b`). Prints the files
// that differ and exits 1 when any does.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const A = require(resolve(process.argv[2], 'server/src/engine')).analyze;
const B = require(resolve(process.argv[3], 'server/src/engine')).analyze;
const corpus = process.env.REFERAT_CORPUS || join(root, '../shared/corpus');
const files = [];
const walk = (dir) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(md|txt)$/.test(f) && f !== 'README.md') files.push(p);
  }
};
walk(join(root, 'test/fixtures'));
walk(join(root, 'examples'));
try {
  walk(corpus);
} catch {
  // no corpus beside the clone
}
const show = (a) =>
  JSON.stringify({
    findings: a.findings.map((f) => [f.code, f.severity, f.range, f.message]),
    items: a.doc.items.map((i) => [i.number.value, i.title.value, i.journalNumber?.value, i.sections.map((s) => s.id)]),
  });
let differ = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (show(A(text, { fileName: basename(file) })) !== show(B(text, { fileName: basename(file) }))) {
    differ++;
    console.log(`differs: ${file}`);
  }
}
console.log(`${files.length} files, ${differ} differ`);
process.exitCode = differ > 0 ? 1 : 0;
