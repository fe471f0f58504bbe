// Paired A/B of the engine on the two real minutes: two builds in one process, CPU time per
// analysis of both, rounds of A B B A (neither side always second). Prints the median of new/base
// and the quartiles. Run it both ways (A B, then B A): the order alone moves it by about 1.5%.
//
//   node --max-semi-space-size=48 scripts/ab.mjs BASE_OUT_DIR NEW_OUT_DIR [rounds]
//
// (an out/ directory each: `cp -r out /tmp/base` before a change, then `npx tsc -b`).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const { resolve } = require('node:path');
const A = require(resolve(process.argv[2], 'server/src/engine')).analyze;
const B = require(resolve(process.argv[3], 'server/src/engine')).analyze;
const corpus = process.env.REFERAT_CORPUS || new URL('../../shared/corpus/', import.meta.url).pathname.replace(/\/$/, '');
const docs = [['a.referat.txt', fs.readFileSync(corpus + '/odense-bsu-2020-11-10.referat.txt', 'utf8')], ['b.referat.md', fs.readFileSync(corpus + '/odense-bsu-2024-04-09.referat.md', 'utf8')]];
const run = (f, n) => { const c0 = process.cpuUsage(); for (let i = 0; i < n; i++) for (const [name, t] of docs) f(t, { fileName: name }); const c = process.cpuUsage(c0); return (c.user + c.system) / n; };
for (let i = 0; i < 300; i++) { run(A, 1); run(B, 1); }
const ra = [], rb = [], ratio = [];
const rounds = +process.argv[4] || 20;
for (let r = 0; r < rounds; r++) { const a1 = run(A, 40), b1 = run(B, 40), b2 = run(B, 40), a2 = run(A, 40); ra.push(a1 + a2); rb.push(b1 + b2); ratio.push((b1 + b2) / (a1 + a2)); }
const sorted = (x) => [...x].sort((p, q) => p - q);
const med = (x) => sorted(x)[x.length >> 1];
const q = (x, f) => sorted(x)[Math.floor((x.length - 1) * f)];
console.log(`base ${(med(ra) / 2000).toFixed(3)} ms  new ${(med(rb) / 2000).toFixed(3)} ms  new/base ${med(ratio).toFixed(3)} (quartiles ${q(ratio, 0.25).toFixed(3)}–${q(ratio, 0.75).toFixed(3)})`);
