import { analyze } from '../../server/src/engine';

/**
 * Pathological inputs for the linear-time tests, and the probe that times one of them. The probe
 * runs in a process of its own (`node complexity.js INDEX`): the test suite's earlier tests leave
 * the heap in a state (old generation, young-generation size) that made the same measurement a few
 * times slower for the large input than in a fresh process, and that is the collector, not the
 * algorithm being measured.
 */
const KB = 1024;
export const PATTERNS: readonly (readonly [string, (size: number) => string])[] = [
  ['one line of tabs', (n) => '\t'.repeat(n)],
  ['one line of dots', (n) => '.'.repeat(n)],
  ['one line of digits', (n) => '7'.repeat(n)],
  ['one line of *', (n) => '*'.repeat(n)],
  ['one line of #', (n) => '#'.repeat(n)],
  ['one line of |', (n) => '|'.repeat(n)],
  ['one line of spaces then text', (n) => ' '.repeat(n) + 'Punkt 1: x'],
  ['one line of <b>', (n) => '<b>'.repeat(n / 3)],
  ['one line of ** around a heading', (n) => '**'.repeat(n / 4) + 'Punkt 1: Titel' + '**'.repeat(n / 4)],
  ['a contents entry with a huge title and leaders', (n) => 'Indholdsfortegnelse\n\n' + 'ord '.repeat(n / 8) + '.'.repeat(n / 2) + '\t3\n\nPunkt 1: x'],
  ['Punkt headings with a tab-table and digits', (n) => 'Punkt 1: Titel\n\n' + '1\t'.repeat(n / 2)],
  ['many lines: item headings', (n) => 'Punkt 1: Titel\n'.repeat(n / 15)],
  ['many lines: contents entries without items', (n) => 'Indholdsfortegnelse\n' + 'Punkt 1: Titel.....\t3\n'.repeat(n / 23)],
  ['many lines: contents with one item fewer', (n) => {
    const k = Math.floor(n / 60);
    const entries = Array.from({ length: k }, (_, i) => `Punkt ${i + 1}: Emne ${i + 1} om noget.....\t${i + 3}`).join('\n');
    const items = Array.from({ length: k - 1 }, (_, i) => `Punkt ${i + 1}: Emne ${i + 1} om noget`).join('\n');
    return `Indholdsfortegnelse\n${entries}\n${items}`;
  }],
  ['many lines: section headings', (n) => 'Punkt 1: Titel\n' + 'Beslutning\n'.repeat(n / 11)],
  ['many lines: tab rows', (n) => 'Punkt 1: Titel\n' + 'a\t1\t2\n'.repeat(n / 6)],
  ['many lines: blank and tabs', (n) => '\t\n \n'.repeat(n / 4)],
  // The prose number checks: sentences full of amounts, sums, lists and totals against tables.
  ['one line of amounts in sentences', (n) => 'Punkt 1: Titel\n\nResume\n\n' + '1 kr. Og '.repeat(n / 9)],
  ['one sentence of amounts and i alt', (n) => 'Punkt 1: Titel\n\nResume\n\n' + '1 kr., 2 kr., i alt 4 kr., '.repeat(n / 26)],
  ['one sentence of a total with many parts', (n) => 'Punkt 1: Titel\n\nResume\n\nsamlet 9 kr., som inkluderer ' + '1 kr. og '.repeat(n / 9)],
  ['one line of kr', (n) => 'Punkt 1: Titel\n\nResume\n\n' + 'kr'.repeat(n / 2)],
  ['many lines: lists under fordelt med', (n) => 'Punkt 1: Titel\n\nResume\n\n' + 'Samlet 3 kr. fordelt med:\n- 1 kr.\n- 1 kr.\n'.repeat(n / 40)],
  ['many lines: list intros without totals', (n) => 'Punkt 1: Titel\n\nResume\n\n' + 'Samlet 3 kr. i 2024.\nBeløbet fordeles således:\n'.repeat(n / 48)],
  ['many lines: totals in the text against a table of totals', (n) => {
    const k = Math.floor(n / 40);
    return `Punkt 1: Titel\n\nResume\n\n${'I alt 124,1 mio. kr.\n\n'.repeat(k)}Økonomi\n\nMio. kr.\tBeløb\n${'<b>I alt</b>\t<b>123,4</b>\n'.repeat(k)}`;
  }],
];

/** Single lines at 1 MB; many-line inputs at 64 KB (see the test for why). */
export function sizeOf(name: string): number {
  return name.startsWith('many lines') ? 64 * KB : 1024 * KB;
}

const cpuMs = (fn: () => void): number => {
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};

/** How many times larger the large input is than the small one (and how often the small one is analysed). */
export const FACTOR = 64;

/**
 * CPU milliseconds (best of five) for the input at 1/FACTOR of the size analysed FACTOR times
 * (`small`), and at full size once (`large`).
 */
export function probe(index: number, factor = FACTOR): { small: number; large: number } {
  const [name, make] = PATTERNS[index]!;
  const size = sizeOf(name);
  const small = make(size / factor);
  const large = make(size);
  analyze(large);
  const smallMs = cpuMs(() => {
    for (let k = 0; k < factor; k++) analyze(small);
  });
  return { small: smallMs, large: cpuMs(() => void analyze(large)) };
}

if (require.main === module) process.stdout.write(JSON.stringify(probe(Number(process.argv[2]), process.argv[3] ? Number(process.argv[3]) : undefined)));
