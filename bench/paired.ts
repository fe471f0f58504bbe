/**
 * The two ratios that need the most care, measured in paired rounds: S (the real minutes ten
 * times over ÷ the real minutes) and F (referat ÷ the floor on the real minutes). Each round times
 * the two sides back to back and takes their ratio; the result is the median round. A shared
 * machine's load drifts over seconds, but hardly within a pair.
 *
 * bench.ts calls `pairedRounds` in its own process (started with the product's node flags), and
 * runs this file as a script (`node paired.js [--quick]`, with node's defaults) for the same figures
 * under V8's default young generation, printed beside them for reference. Prints JSON.
 */
import { analyze } from '../server/src/engine';
import { DOCS, load } from './docs';
import { measure } from './measure';

/** The floor: the least any line-based checker must do (split into lines, one regex per line). */
const FLOOR_PATTERN = /^\s*#{1,6}\s|^Punkt\s+\d+/i;
export function floor(text: string): number {
  let hits = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (FLOOR_PATTERN.test(line)) hits++;
  return hits;
}

export interface PairedRatios {
  /** Median of the rounds. */
  readonly s: number;
  readonly sRounds: readonly number[];
  readonly f: number;
  readonly fRounds: readonly number[];
}

const REAL = ['2020-11-10', '2024-04-09'];
const REAL_TIMES_10 = ['2020-11-10 ×10', '2024-04-09 ×10'];

export function pairedRatios(textOf: (name: string) => string, quick: boolean): PairedRatios {
  const rounds = quick ? 3 : 9;
  const engine = (names: readonly string[]) => names.reduce((a, n) => a + measure(() => analyze(textOf(n), { fileName: n }), { budgetMs: quick ? 60 : 250 }).ms, 0);
  const floorOf = (names: readonly string[]) => names.reduce((a, n) => a + measure(() => floor(textOf(n)), { budgetMs: quick ? 30 : 120 }).ms, 0);
  const sRounds: number[] = [];
  for (let round = 0; round < rounds; round++) sRounds.push(engine(REAL_TIMES_10) / engine(REAL));
  const fRounds: number[] = [];
  for (let round = 0; round < rounds; round++) fRounds.push(engine(REAL) / floorOf(REAL));
  sRounds.sort((p, q) => p - q);
  fRounds.sort((p, q) => p - q);
  return { s: sRounds[sRounds.length >> 1]!, sRounds, f: fRounds[fRounds.length >> 1]!, fRounds };
}

/** The whole engine on the real minutes for a while, so nothing timed pays for the JIT. */
export function warmUp(textOf: (name: string) => string, quick: boolean): void {
  const until = Date.now() + (quick ? 300 : 1500);
  while (Date.now() < until) for (const name of REAL) analyze(textOf(name), { fileName: name });
}

if (require.main === module) {
  const quick = process.argv.includes('--quick');
  const texts = new Map(DOCS.filter((d) => REAL.includes(d.name) || REAL_TIMES_10.includes(d.name)).map((d) => [d.name, load(d)]));
  const textOf = (name: string) => texts.get(name)!;
  warmUp(textOf, quick);
  process.stdout.write(JSON.stringify(pairedRatios(textOf, quick)) + '\n');
}
