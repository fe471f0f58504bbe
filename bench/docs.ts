import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine';
import { SyntheticOptions, syntheticMinutes } from '../test/support/synthetic';

/** The repository root (this file runs from out/bench/). */
export const ROOT = path.resolve(__dirname, '../..');
export const CORPUS = process.env.REFERAT_CORPUS ?? path.resolve(ROOT, '../shared/corpus');
export const CORPUS_FILES = ['odense-bsu-2020-11-10.referat.txt', 'odense-bsu-2024-04-09.referat.md'];

export type DocSpec =
  | { readonly name: string; readonly corpus: string; readonly times?: number }
  | { readonly name: string; readonly synthetic: SyntheticOptions };

/** What the benchmark runs on: the two real minutes, then synthetic minutes scaled up. */
export const DOCS: readonly DocSpec[] = [
  ...CORPUS_FILES.map((f) => ({ name: short(f), corpus: f })),
  ...CORPUS_FILES.map((f) => ({ name: `${short(f)} ×10`, corpus: f, times: 10 })),
  { name: 'synthetic 10 items', synthetic: { items: 10 } },
  { name: 'synthetic 100 items', synthetic: { items: 100 } },
  { name: 'synthetic 1000 items', synthetic: { items: 1000 } },
  { name: 'table 10 rows', synthetic: { items: 1, tableRows: 10 } },
  { name: 'table 100 rows', synthetic: { items: 1, tableRows: 100 } },
  { name: 'table 1000 rows', synthetic: { items: 1, tableRows: 1000 } },
  { name: 'table 10000 rows', synthetic: { items: 1, tableRows: 10000 } },
];

function short(file: string): string {
  return file.replace(/^odense-bsu-/, '').replace(/\.referat\..*$/, '');
}

export function load(spec: DocSpec): string {
  if ('corpus' in spec) {
    const file = path.join(CORPUS, spec.corpus);
    if (!fs.existsSync(file)) throw new Error(`The real minutes are missing: ${file} (set REFERAT_CORPUS)`);
    const text = fs.readFileSync(file, 'utf8');
    return spec.times ? repeatMinutes(text, spec.times) : text;
  }
  return syntheticMinutes(spec.synthetic);
}

/**
 * The same minutes, `times` times over: the contents entries and the items repeated, the items
 * renumbered so they continue (Punkt 13, 14, …). "10× the input" for the scaling figure: the real
 * text, ten times as long, still correct minutes.
 */
export function repeatMinutes(text: string, times: number): string {
  const { doc } = analyze(text);
  if (doc.items.length === 0) return Array.from({ length: times }, () => text).join('\n');
  const lines = doc.lines.map((l) => l.text);
  const firstItem = doc.items[0]!.headingLine;
  const contentsEnd = doc.contents ? doc.contents.range.end.line + 1 : firstItem;
  const entryLines = doc.contents ? lines.slice(doc.contents.range.start.line + 1, contentsEnd) : [];
  const head = lines.slice(0, contentsEnd);
  const between = lines.slice(contentsEnd, firstItem);
  const body = lines.slice(firstItem);
  const count = doc.items.length;
  const out: string[] = [...head];
  for (let k = 1; k < times; k++) out.push(...entryLines.map((l) => l.replace(/(Punkt\s+)(\d+)/u, (_, p: string, n: string) => p + (Number(n) + k * count))));
  out.push(...between);
  for (let k = 0; k < times; k++) {
    const copy = [...body];
    for (const item of doc.items) {
      const at = item.headingLine - firstItem;
      const { start, end } = item.number.range;
      const l = copy[at]!;
      copy[at] = l.slice(0, start.character) + String(item.number.value + k * count) + l.slice(end.character);
    }
    out.push(...copy);
  }
  return out.join('\n');
}
