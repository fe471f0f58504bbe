/**
 * Synthetic minutes in the shape of the real ones (Odense BSU): a header with title and
 * Mødedato, an Indholdsfortegnelse with dot leaders and page numbers, and `Punkt N:` items with
 * a journal number and the usual sections, some with tab-separated budget tables that end in an
 * `I alt` row whose figures add up. Deterministic (a seeded generator), so the benchmark and the
 * tests see the same text every run.
 */
export interface SyntheticOptions {
  /** Number of agenda items. */
  readonly items: number;
  /** Body rows of the one budget table in each item's Økonomi section (0: no table). */
  readonly tableRows?: number;
  /** Markdown headings (`#`, `##`) like the 2024 minutes, or plain text like 2020. */
  readonly markdown?: boolean;
  readonly seed?: number;
}

const WORDS = (
  'borgere indsats kommune udvalget forvaltningen beskæftigelse socialområdet handleplan budget ' +
  'opfølgning tilbud sagsbehandling målgruppe ydelse rådmanden indstiller bevilling aftale ' +
  'evaluering midler udmøntning perioden center familier unge specialenheden økonomi drift ' +
  'kvalitet samarbejde region botilbud misbrugsbehandling rammeaftale status nøgletal'
).split(' ');

const TITLES = ['Rammeaftale for', 'Status på', 'Udmøntning af', 'Drøftelse af', 'Evaluering af', 'Godkendelse af', 'Orientering om'];

/** Small linear congruential generator: reproducible without a dependency. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Danish thousands separators: 1234567 → 1.234.567 */
function kroner(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function syntheticMinutes(options: SyntheticOptions): string {
  const { items, tableRows = 10, markdown = true, seed = 1 } = options;
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const sentence = (words: number): string => {
    const ws: string[] = [];
    for (let i = 0; i < words; i++) ws.push(pick(WORDS));
    const s = ws.join(' ');
    return s[0]!.toUpperCase() + s.slice(1) + '.';
  };
  const paragraph = (sentences: number): string => Array.from({ length: sentences }, () => sentence(8 + Math.floor(rand() * 12))).join(' ');
  const h1 = (t: string) => (markdown ? `# ${t}` : t);
  const h2 = (t: string) => (markdown ? `## ${t}` : t);

  const titles: string[] = [];
  for (let i = 1; i <= items; i++) {
    const caseType = i % 3 === 0 ? 'D' : 'B';
    titles.push(`${caseType}-sag: ${pick(TITLES)} ${pick(WORDS)} og ${pick(WORDS)} ${2020 + (i % 8)}`);
  }

  const out: string[] = [];
  out.push(h1('REFERAT Beskæftigelses- og Socialudvalget 2022-2025 d. 09-04-2024'), '');
  out.push('Mødedato: Tirsdag d. 9. april 2024, kl. 09:00', '');
  out.push('Mødested: Rådhuset, Udvalgsværelse 1, Flakhaven 2, 5000 Odense C', '');
  out.push(h1('Indholdsfortegnelse'), '');
  let page = 3;
  for (let i = 0; i < items; i++) {
    out.push(`Punkt ${i + 1}: ${titles[i]}.....\t${page}`);
    page += 2 + Math.floor(rand() * 3);
  }
  out.push('');

  for (let i = 0; i < items; i++) {
    out.push(h1(`Punkt ${i + 1}: ${titles[i]}`), '');
    out.push(`${String(i % 100).padStart(2, '0')}.01.00-S00-${i + 1}-24`, '');
    out.push(h2('Resume'), '', paragraph(4), '', paragraph(3), '');
    const isB = titles[i]!.startsWith('B-');
    if (isB) {
      out.push(h2('Indstilling'), '', `Rådmanden indstiller, at udvalget godkender en bevilling på ${kroner(100_000 + i * 700)} kr. til ${pick(WORDS)}.`, '');
    }
    out.push(h2('Beslutning'), '', isB ? 'Indstillingen blev godkendt.' : 'Udvalget tog orienteringen til efterretning.', '');
    out.push(h2('Sagsfremstilling'), '', paragraph(5), '', markdown ? '### Baggrund' : 'Baggrund', '', paragraph(4), '');
    out.push('- ' + sentence(6), '- ' + sentence(7), '- ' + sentence(5), '', paragraph(3), '');
    if (isB || tableRows > 0) {
      out.push(h2('Økonomi'), '', paragraph(2), '');
      if (tableRows > 0) {
        out.push('Mio. kr.', '', '\t2024\t2025\t2026\t2027');
        const totals = [0, 0, 0, 0];
        for (let r = 0; r < tableRows; r++) {
          const row = totals.map((_, c) => {
            const v = Math.floor(rand() * 50_000);
            totals[c]! += v;
            return v;
          });
          out.push(`${pick(WORDS)} ${r + 1}\t${row.map(kroner).join('\t')}`);
        }
        out.push(`I alt\t${totals.map(kroner).join('\t')}`, '');
      }
    }
    out.push(h2('Bilag'), '', `1. Bilag til punkt ${i + 1}`, '');
  }
  return out.join('\n');
}
