import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, Finding } from '../support/engine';
import { canonicalText, toCanonical, toOriginal } from '../../server/src/engine/text/canonical';
import { parseAnnotated } from '../support/annotated';
import { CORPUS_2020, CORPUS_2024, FIXTURES, readCorpus } from '../support/paths';

/**
 * Line endings and invisible characters never change a finding (issue 12): the findings of a text
 * are those of its canonical form, at the right positions in the text as given.
 */
const fixtureTexts = (): [string, string][] =>
  fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(referat|dagsorden)\.(md|txt)$/.test(f))
    .map((f) => [f, parseAnnotated(fs.readFileSync(path.join(FIXTURES, f), 'utf8')).text.replace(/\r\n?/g, '\n')]);

/** A deterministic pseudo-random source (the same mixes every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * The LF text with each break replaced by LF, CRLF or CR at random. CR followed by an empty line's
 * LF would be one CRLF break (one line fewer, for an editor too), so that pair is never made.
 */
function mixLineEndings(text: string, seed: number): string {
  const rnd = random(seed);
  const lines = text.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    let e: string;
    do e = ['\n', '\r\n', '\r'][Math.floor(rnd() * 3)]!;
    while (out.endsWith('\r') && e === '\n' && lines[i] === '');
    out += e;
  }
  return out;
}

const key = (findings: readonly Finding[]) => findings.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.code} ${f.message}`);
const lineKey = (findings: readonly Finding[]) => findings.map((f) => `${f.range.start.line} ${f.code}`);

/** The text a range covers. */
function slice(text: string, r: Finding['range']): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (r.start.line === r.end.line) return lines[r.start.line]!.slice(r.start.character, r.end.character);
  return [lines[r.start.line]!.slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line]!.slice(0, r.end.character)].join('\n');
}

/** Invisible changes, each applied to a whole document. */
const VARIANTS: [string, (t: string) => string][] = [
  ['a BOM', (t) => `\uFEFF${t}`],
  ['zero-width joiners inside every heading word', (t) => t.replace(/^(#*\s*\**)(\p{L})(\p{L})/gmu, '$1$2\u200D$3')],
  ['zero-width spaces inside words', (t) => t.replace(/(\p{L}{3})(\p{L})/gu, '$1\u200B$2')],
  ['soft hyphens inside section names', (t) => t.replace(/(Beslut|Indstil|Sagsfrem)/g, '$1\u00AD')],
  ['zero-width spaces inside amounts', (t) => t.replace(/(\d)\.(\d)/g, '$1.\u200B$2')],
  ['no-break spaces for every third space', (t) => t.replace(/ /g, (m, i: number) => (i % 3 === 0 ? '\u00A0' : m))],
  ['no-break spaces in headings', (t) => t.replace(/^#.*$/gmu, (l) => l.replace(/ /g, '\u00A0'))],
  ['narrow no-break spaces before units', (t) => t.replace(/(\d) (kr|mio)/g, '$1\u202F$2')],
  ['decomposed letters (NFD)', (t) => t.normalize('NFD')],
  ['lone surrogates after full stops', (t) => t.replace(/\. /g, (m, i: number) => (i % 3 === 0 ? '.\uD83D ' : i % 3 === 1 ? '.\uDE00 ' : m))],
];

describe('canonical text: line endings and invisible characters never change a finding', () => {
  it('every random mix of CR, LF and CRLF gives the findings of the LF text, fixtures', () => {
    for (const [file, text] of fixtureTexts()) {
      const expected = key(analyze(text).findings);
      for (const seed of [1, 2, 3]) assert.deepEqual(key(analyze(mixLineEndings(text, seed)).findings), expected, `${file} seed ${seed}`);
      assert.deepEqual(key(analyze(text.replace(/\n/g, '\r\n')).findings), expected, `${file} CRLF`);
      assert.deepEqual(key(analyze(text.replace(/\n/g, '\r')).findings), expected, `${file} CR`);
    }
  });

  it('every random mix of line endings gives the findings of the LF text, the real minutes', () => {
    for (const file of [CORPUS_2020, CORPUS_2024]) {
      const text = readCorpus(file).replace(/\r\n?/g, '\n');
      const expected = key(analyze(text).findings);
      for (const seed of [1, 2, 3, 4, 5]) assert.deepEqual(key(analyze(mixLineEndings(text, seed)).findings), expected, `${path.basename(file)} seed ${seed}`);
    }
  });

  for (const [name, change] of VARIANTS) {
    it(`${name}: the same findings on the same lines, covering the same text`, () => {
      const texts: [string, string][] = [...fixtureTexts()];
      for (const file of [CORPUS_2020, CORPUS_2024]) if (fs.existsSync(file)) texts.push([path.basename(file), readCorpus(file).replace(/\r\n?/g, '\n')]);
      for (const [file, text] of texts) {
        const plain = analyze(text).findings;
        const changedText = change(text);
        const changed = analyze(changedText).findings;
        assert.deepEqual(lineKey(changed), lineKey(plain), file);
        const clean = (s: string) => canonicalText(s).text;
        for (let i = 0; i < plain.length; i++) assert.equal(clean(slice(changedText, changed[i]!.range)), clean(slice(text, plain[i]!.range)), `${file}: ${plain[i]!.code}`);
      }
    });
  }

  it('finds every kind of changed character in a long text too, wherever it stands (the SIMD scan)', () => {
    // Texts of 4,096 characters and more are scanned two UTF-16 code units at a time: each kind of
    // character at an even and an odd position, first, last and in the middle, in ASCII text and
    // after Danish letters (pairs the mask does not rule out).
    const cases: [string, string][] = [
      ['\r\n', '\n'],
      ['\r', '\n'],
      ['\u00a0', ' '],
      ['\u2003', ' '],
      ['\u202f', ' '],
      ['\u3000', ' '],
      ['\u00ad', ''],
      ['\u200b', ''],
      ['\u2060', ''],
      ['\ufeff', ''],
      ['\ud83d', ''],
      ['\ude00', ''],
      ['a\u030a', '\u00e5'],
      ['o\u0308', '\u00f6'],
    ];
    for (const filler of ['x', 'æø']) {
      const pad = filler.repeat(Math.ceil(2600 / filler.length));
      for (const [odd, canonical] of cases) {
        for (const at of [0, 1, pad.length - 1, pad.length, 2 * pad.length - 1, 2 * pad.length]) {
          const base = pad + pad;
          const text = base.slice(0, at) + odd + base.slice(at);
          const want = base.slice(0, at) + canonical + base.slice(at);
          assert.equal(canonicalText(text).text, want, `${JSON.stringify(odd)} at ${at} among ${filler}`);
        }
      }
      assert.equal(canonicalText(pad + pad).text, pad + pad);
    }
    // A text of many thousand code units: anywhere in it, and as its odd last code unit.
    for (const filler of ['x', 'æø']) {
      const base = filler.repeat(Math.ceil(20001 / filler.length)).slice(0, 20001);
      for (const [odd, canonical] of cases) {
        for (const at of [8191, 8192, 8193, 16383, 16384, base.length - 1, base.length]) {
          const text = base.slice(0, at) + odd + base.slice(at);
          const want = base.slice(0, at) + canonical + base.slice(at);
          assert.equal(canonicalText(text).text, want, `${JSON.stringify(odd)} at ${at} of ${base.length} among ${filler}`);
        }
      }
      assert.equal(canonicalText(base).text, base);
    }
  });

  it('maps columns both ways on a line with removed and composed characters', () => {
    const original = 'Be\u200Bslutning: a\u030Ar \uD800ok';
    const c = canonicalText(`x\n${original}\ny`);
    assert.equal(c.text, 'x\nBeslutning: år ok\ny');
    // «år» in the canonical line starts at 12; in the original at 13 (after the ZWSP).
    assert.deepEqual(toOriginal(c, { line: 1, character: 12 }), { line: 1, character: 13 });
    // The end of «år» (canonical 14) is after the ring above (original 16).
    assert.deepEqual(toOriginal(c, { line: 1, character: 14 }), { line: 1, character: 16 });
    assert.deepEqual(toCanonical(c, { line: 1, character: 13 }), { line: 1, character: 12 });
    assert.deepEqual(toOriginal(c, { line: 1, character: 17 }), { line: 1, character: original.length });
    assert.deepEqual(toOriginal(c, { line: 0, character: 1 }), { line: 0, character: 1 });
    // A text with nothing to change is given back as it is, without a map.
    const plain = 'REFERAT\n\nPunkt 1: Budget æøå\n';
    assert.equal(canonicalText(plain).text, plain);
    assert.equal(canonicalText(plain).columns, undefined);
  });
});
