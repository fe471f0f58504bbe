// How often a numbered list at the END of a section is misread as items (issue 13, 1d): in every
// annotated fixture, after the last line of every section, a list of one to three points in four
// forms (`1. Title`, `1.    Title`, `1) Title`, `1 Title`; capitalised or `at …`), with and
// without a blank line above; counts the documents whose items or sections change.
//
//   node scripts/measure-list-points.mjs [folder …] [--verbose]
//
// Folders default to test/fixtures/layouts and test/fixtures/layouts-checks. Reads out/ (npm run build).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { analyze } = require(join(root, 'out/server/src/engine/index.js'));
const { parseAnnotated } = require(join(root, 'out/test/support/annotated.js'));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folders = args.filter((a) => !a.startsWith('--'));
const FORMS = [(n, p) => `${n}. ${p}`, (n, p) => `${n}.    ${p}`, (n, p) => `${n}) ${p}`, (n, p) => `${n} ${p}`];
const PHRASES = ['Godkendelse af budget 2026', 'at sagen sendes i høring', 'Status på ventelisten'];
const shape = (doc) => doc.items.map((i) => `${i.number.value}: ${i.sections.map((s) => s.id).join(' ')}`).join(' | ');

let total = 0;
let changed = 0;
for (const folder of folders.length > 0 ? folders : ['test/fixtures/layouts', 'test/fixtures/layouts-checks']) {
  const dir = resolve(root, folder);
  for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
    const text = parseAnnotated(readFileSync(join(dir, file), 'utf8')).text;
    const base = analyze(text, { fileName: file }).doc;
    const want = shape(base);
    const lines = text.split('\n');
    let fileTotal = 0;
    let fileChanged = 0;
    let example;
    for (const item of base.items) {
      for (const section of item.sections) {
        let end = section.range.end.line;
        while (end > section.range.start.line && lines[end].trim() === '') end--;
        for (const [f, form] of FORMS.entries()) {
          for (const length of [1, 2, 3]) {
            for (const blank of [true, false]) {
              const points = Array.from({ length }, (_, k) => form(k + 1, PHRASES[(k + 1 + f) % PHRASES.length]));
              const injected = [...lines.slice(0, end + 1), ...(blank ? [''] : []), ...points, ...lines.slice(end + 1)].join('\n');
              fileTotal++;
              const got = shape(analyze(injected, { fileName: file }).doc);
              if (got === want) continue;
              fileChanged++;
              example ??= `after line ${end + 1}: ${points.join(' / ')}\n    read  ${want}\n    now   ${got}`;
            }
          }
        }
      }
    }
    total += fileTotal;
    changed += fileChanged;
    if (fileChanged > 0) console.log(`${folder}/${file}: ${fileChanged}/${fileTotal}${verbose ? `\n  ${example}` : ''}`);
  }
}
console.log(`total: ${changed} of ${total} injected lists changed the items (${((100 * changed) / total).toFixed(1)}%)`);
