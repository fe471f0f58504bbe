import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { analyze } from '../support/engine';
import { assertInvariants, findingKeys } from '../support/invariants';
import { CORPUS_2020, CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';
import { syntheticMinutes } from '../support/synthetic';
import { FACTOR, PATTERNS, sizeOf } from '../support/complexity';

/**
 * Hostile and random input for the engine: parse + every registered check (via `analyze`, so a
 * check added later is covered without touching this file). Fixed seed and a small case count
 * keep `npm test` fast and reproducible; `npm run test:fuzz` (REFERAT_FUZZ_RUNS) runs many more.
 */
const RUNS = Number(process.env.REFERAT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.REFERAT_FUZZ_SEED ?? 20240409);
const params = { seed: SEED, numRuns: RUNS };

/** Pieces of minutes and the characters parsers trip over. */
const TOKENS = [
  '\n', '\r\n', '\r', '\t', '\t\t', ' ', '  ', '\u00a0', '\uFEFF', '\u0000', '\uFFFD', '\u200b',
  '#', '## ', '# ', '######', '*', '**', '__', '<b>', '</b>', '<strong>', '</strong>', '|', '| --- |', '---', '.....', '…',
  'Punkt ', 'Punkt 1:', 'Punkt 2: B-sag: ', 'Punkt 999999:', 'Punkt 0.', 'Indholdsfortegnelse', 'REFERAT ', 'DAGSORDEN ',
  'd. 31-02-2024', 'Mødedato: Tirsdag d. 9. april 2024, kl. 09:00', 'Mødested: ', 'Resume', 'Resumé', 'Re\u0301sume\u0301',
  'Indstilling', 'Beslutning', 'INDSTILLING', 'Økonomi', 'Bilag', 'Sagsfremstilling', 'Indstillingen godkendes.',
  '00.30.00-S00-1-24', '12.34', 'I alt', '1.234.567', '16.700 kr.', '0,4 mio. kr.', '-', '(', ')', 'æøå', 'ÆØÅ', 'a\u030a',
  '\uD83D\uDE00', '\uD800', '\\', '"', '«', '»',
];
const token = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
const randomText = fc.array(token, { maxLength: 200 }).map((parts) => parts.join(''));

/** Edits a typist (or a bad paste) makes: insert, delete, duplicate a span. */
type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'copy'; at: number; from: number; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: token }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let t = text;
  for (const m of mutations) {
    const at = m.at % (t.length + 1);
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else {
      const from = m.from % (t.length + 1);
      t = t.slice(0, at) + t.slice(from, from + m.length) + t.slice(at);
    }
  }
  return t;
}

const check = (text: string) => {
  const analysis = analyze(text, { fileName: 'fuzz.referat.md' });
  assertInvariants(text, analysis);
  return analysis;
};

describeCorpus('robustness: the engine on random and hostile input (fast-check, fixed seed)', () => {
  const corpus = [readCorpus(CORPUS_2020), readCorpus(CORPUS_2024)];
  const realMinutes = fc.constantFrom(...corpus);

  it('never throws and keeps every range inside the document, on random text', () => {
    fc.assert(fc.property(randomText, (text) => void check(text)), params);
  });

  it('never throws and keeps every range inside the document, on randomly mutated real minutes', () => {
    fc.assert(fc.property(realMinutes, fc.array(mutation, { minLength: 1, maxLength: 12 }), (text, ms) => void check(mutate(text, ms))), { ...params, numRuns: Math.max(20, Math.round(RUNS / 3)) });
  });

  it('gives the same findings whatever the line endings (LF, CRLF, CR)', () => {
    fc.assert(
      fc.property(realMinutes, fc.array(mutation, { maxLength: 6 }), (base, ms) => {
        const lf = mutate(base, ms).replace(/\r\n?/g, '\n');
        // Fixes insert the document's own line break; apart from that, nothing may differ.
        const same = (findings: readonly unknown[]) => JSON.stringify(findings, (k, v) => (k === 'newText' && typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v));
        const expected = same(analyze(lf).findings);
        assert.equal(same(check(lf.replace(/\n/g, '\r\n')).findings), expected);
        assert.equal(same(check(lf.replace(/\n/g, '\r')).findings), expected);
      }),
      { ...params, numRuns: Math.max(10, Math.round(RUNS / 10)) },
    );
  });

  for (const [name, text] of [
    ['2020', () => corpus[0]!],
    ['2024', () => corpus[1]!],
    ['synthetic plain-text', () => syntheticMinutes({ items: 8, markdown: false })],
  ] as const) {
    it(`${name} minutes: NFD-decomposed æøå, a BOM and trailing spaces change nothing`, () => {
      const t = text();
      const expected = findingKeys(check(t).findings);
      const nfd = t.normalize('NFD');
      assert.notEqual(nfd, t, 'the text has composed characters to decompose');
      assert.deepEqual(findingKeys(check(nfd).findings), expected);
      assert.deepEqual(findingKeys(check('\uFEFF' + t).findings), expected);
      assert.deepEqual(findingKeys(check(t.replace(/\n/g, '  \n')).findings), expected);
    });
  }

  it('survives tabs and spaces mixed in at the start and end of any lines', () => {
    fc.assert(
      fc.property(realMinutes, fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', '\t', ' \t', '\t ', '\u00a0')), { minLength: 1, maxLength: 40 }), (base, spots) => {
        const lines = base.split('\n');
        for (const [at, ws] of spots) {
          const i = at % lines.length;
          lines[i] = at % 2 === 0 ? ws + lines[i] : lines[i] + ws;
        }
        check(lines.join('\n'));
      }),
      { ...params, numRuns: Math.max(10, Math.round(RUNS / 5)) },
    );
  });

  it('survives half-typed tables: any table line cut off anywhere, or a row of a table removed', () => {
    const text = corpus[1]!;
    const lines = text.split('\n');
    const tableLines = lines.map((l, i) => (l.includes('\t') || l.trimStart().startsWith('|') ? i : -1)).filter((i) => i >= 0);
    assert.ok(tableLines.length > 20, 'the 2024 minutes have tables');
    fc.assert(
      fc.property(fc.constantFrom(...tableLines), fc.nat(), fc.boolean(), (i, cut, dropNext) => {
        const copy = [...lines];
        copy[i] = copy[i]!.slice(0, cut % (copy[i]!.length + 1));
        if (dropNext) copy.splice(i + 1, 1);
        check(copy.join('\n'));
        // Typing stops in the middle of the line: the document ends there.
        check(copy.slice(0, i + 1).join('\n'));
      }),
      params,
    );
  });

  it('reports binary input once, as not-text, and nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), fc.nat(), (bytes, at) => {
        const raw = Buffer.from(bytes);
        raw[at % raw.length] = 0; // a NUL byte: what every binary format has
        const text = raw.toString('latin1');
        const { findings } = check(text);
        assert.deepEqual(
          findings.map((f) => f.code),
          ['not-text'],
        );
      }),
      params,
    );
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('utf8');
    assert.deepEqual(
      check(png).findings.map((f) => f.code),
      ['not-text'],
    );
  });

  it('sniffs the first 8 KiB for binary characters, as git does: a NUL there is binary, one far below is a stray character', () => {
    const minutes = readCorpus(CORPUS_2020);
    const early = `${minutes.slice(0, 8000)}\u0000${minutes.slice(8000)}`;
    assert.deepEqual(
      check(early).findings.map((f) => f.code),
      ['not-text'],
    );
    const late = `${minutes.slice(0, 20000)}\u0000${minutes.slice(20000)}`;
    assert.ok(!check(late).findings.some((f) => f.code === 'not-text'), 'a NUL past the first 8 KiB does not make real minutes binary');
    assert.ok(check(late).findings.some((f) => f.code === 'missing-section'), 'and the minutes are checked');
  });
});

/**
 * Linear time, asserted on complexity and not on a clock: the same pathological pattern at
 * 1/FACTOR (64) of the size, analysed 64 times, and at full size once (1 MB for single lines,
 * 64 KB for thousands of lines: a quadratic pass over them is hundreds of millions of steps,
 * plain to see; not larger, because past about 16,000 lines V8's scavenges slow down on the big
 * arrays of young objects, a step that is the collector's and not the algorithm's). Linear work
 * gives a ratio near 1, quadratic 64. The bound, 16, sits between them with room on both sides:
 * linear patterns measure up to about 5 on these machines, because the large document's model
 * (tens of MB for a megabyte of amounts) lives through scavenges that the small ones never see.
 * CPU time, best of five, each pattern in a fresh process (test/support/complexity.ts). Noise only
 * ever adds time, so a ratio over the bound is measured again, in a new process, up to three
 * times, and the lowest counts: a quadratic pass can never measure low.
 */
describe('robustness: every check runs in linear time on pathological input', () => {
  const probeScript = path.join(__dirname, '../support/complexity.js');
  const BOUND = 16;
  PATTERNS.forEach(([name, make], index) => {
    it(name, function () {
      this.timeout(120_000);
      // Every check runs: nothing threw, ranges are sane, before timing anything.
      check(make(sizeOf(name)));
      const tries: string[] = [];
      let lowest = Infinity;
      for (let attempt = 0; attempt < 3 && lowest >= BOUND; attempt++) {
        const { small, large } = JSON.parse(execFileSync(process.execPath, [probeScript, String(index)], { encoding: 'utf8' })) as { small: number; large: number };
        const ratio = large / Math.max(small, 0.001);
        lowest = Math.min(lowest, ratio);
        tries.push(`${FACTOR} × small: ${small.toFixed(2)} ms, large: ${large.toFixed(2)} ms`);
      }
      assert.ok(lowest < BOUND, `${FACTOR}× the input took ${(FACTOR * lowest).toFixed(1)}× as long at best (${tries.join('; ')}): not linear`);
    });
  });
});
