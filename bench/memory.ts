/**
 * Peak memory of one analysis, measured in a fresh process so nothing else is in the heap:
 * the growth of the process's resident-set high-water mark during the analysis, and the heap the
 * analysis keeps (its document model and findings). Run by bench.ts as
 * `node --expose-gc memory.js FILE`; prints one JSON line.
 */
import * as fs from 'node:fs';
import { analyze } from '../server/src/engine';

const file = process.argv[2]!;
const text = fs.readFileSync(file, 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const highWaterBefore = Math.max(process.resourceUsage().maxRSS * 1024, process.memoryUsage().rss);
const analysis = analyze(text, { fileName: file });
const peak = process.resourceUsage().maxRSS * 1024 - highWaterBefore;
gc?.();
const retained = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(JSON.stringify({ peak: Math.max(0, peak), retained, findings: analysis.findings.length }) + '\n');
