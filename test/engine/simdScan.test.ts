import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { holdsControl, holdsSuspect, pairPlaces } from '../../server/src/engine/text/simdScan';

/**
 * The WebAssembly scan behind the canonical form (text/simdScan.ts) says exactly what the
 * expression says, for every code unit wherever it stands in a step of 64 bytes, and its bytes are
 * the assembled source (text/wasm/scan.wat).
 */
const SUSPECT = /[\u00A0\u00AD\u2000-\u200F\u202F\u205F\u2060\u3000\uFEFF\uD800-\uDFFF\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/;
const ROOT = path.resolve(__dirname, '../../..');

describe('suspect scan (WebAssembly SIMD)', () => {
  it('is available in Node', () => {
    assert.equal(holdsSuspect('x'.repeat(5000)), false);
  });

  it('agrees with the expression for every code unit (each in a lane of its own), among ASCII, Latin-1 and wider text', () => {
    // Fillers that take each path of a step: ASCII only, Latin-1 (æøå), and a character from U+0100
    // on that is not suspect (an en dash), so that the full comparison runs on the step.
    for (const filler of ['abcdefgh', 'æøåÆØÅéü', 'a–b”c•d→']) {
      const base = filler.repeat(80); // 640 code units: 20 steps
      const mismatches: string[] = [];
      for (let unit = 0; unit <= 0xffff; unit++) {
        if (unit === 13) continue; // CR is the caller's (one native search before the scan)
        // A place that moves through the 32 lanes of a step as the unit changes, and the last unit.
        for (const at of [300 + (unit % 32), base.length - 1]) {
          const text = base.slice(0, at) + String.fromCharCode(unit) + base.slice(at + 1);
          if (holdsSuspect(text) !== SUSPECT.test(text)) mismatches.push(`U+${unit.toString(16)} at ${at}`);
        }
      }
      assert.deepEqual(mismatches.slice(0, 10), [], `among ${JSON.stringify(filler)}`);
      assert.equal(holdsSuspect(base), false);
    }
  });

  it('finds each edge of every range of the set in every lane of a step', () => {
    // The first and last unit of each range and the units just outside it, and the edges between
    // the scan's three paths (U+007F/0080, U+00FF/0100).
    const edges = [0x7f, 0x80, 0x9f, 0xa0, 0xa1, 0xac, 0xad, 0xae, 0xff, 0x100, 0x2ff, 0x300, 0x36f, 0x370, 0x1aaf, 0x1ab0, 0x1aff, 0x1b00, 0x1dbf, 0x1dc0, 0x1dff, 0x1e00, 0x1fff, 0x2000, 0x200f, 0x2010, 0x202e, 0x202f, 0x2030, 0x205e, 0x205f, 0x2060, 0x2061, 0x20cf, 0x20d0, 0x20ff, 0x2100, 0x2fff, 0x3000, 0x3001, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfe1f, 0xfe20, 0xfe2f, 0xfe30, 0xfefe, 0xfeff, 0xff00];
    for (const filler of ['abcdefgh', 'æøåÆØÅéü', 'a–b”c•d→']) {
      const base = filler.repeat(16); // 128 code units: 4 steps
      const mismatches: string[] = [];
      for (const unit of edges) {
        for (let at = 32; at < 64; at++) {
          const text = base.slice(0, at) + String.fromCharCode(unit) + base.slice(at + 1);
          if (holdsSuspect(text) !== SUSPECT.test(text)) mismatches.push(`U+${unit.toString(16)} at ${at}`);
        }
      }
      assert.deepEqual(mismatches.slice(0, 10), [], `among ${JSON.stringify(filler)}`);
    }
  });

  it('grows its memory for a long text and still reads a short one after it', () => {
    const long = 'Økonomi og æøå '.repeat(20000) + '\u00A0';
    assert.equal(holdsSuspect(long), true);
    assert.equal(holdsSuspect('Økonomi og æøå '.repeat(400)), false); // nothing left over from the long text
  });

  it('finds every `kr` in any case where the expression does: across the boundaries of vectors and steps, overlapping, at the text\'s end', () => {
    const expected = (text: string) => {
      const re = /kr/gi;
      const out: number[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
      return out;
    };
    // Letters that fold onto k and r only in their own case pair (U+212A, the Kelvin sign, is no k
    // for the expression without the u flag), and units whose low byte is k's or r's.
    const alphabet = ['k', 'K', 'r', 'R', 'x', 'æ', '\u016b', '\u0172', '\u212a', '\u006b\u0072', ' ', '\n'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 140);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      assert.deepEqual([...pairPlaces(text, 'kr')!], expected(text), JSON.stringify(text));
    }
    // `kr` at every place of a step of 32 units, and split over the last unit of a vector.
    for (let at = 0; at < 70; at++) {
      const text = 'x'.repeat(at) + 'Kr' + 'y'.repeat(70 - at);
      assert.deepEqual([...pairPlaces(text, 'kr')!], [at]);
    }
    assert.deepEqual([...pairPlaces('x'.repeat(63) + 'k', 'kr')!], []);
  });

  it('finds a control character or U+FFFD among the first units as the expression does, in every lane and in the last few units', () => {
    const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;
    const mismatches: string[] = [];
    const units = [...Array.from({ length: 34 }, (_, c) => c), 0x7f, 0xa0, 0xfffc, 0xfffd, 0xfffe, 0x2028];
    for (const unit of units) {
      for (const length of [40, 45]) {
        for (let at = 0; at < length; at++) {
          const text = 'æ'.repeat(at) + String.fromCharCode(unit) + 'x'.repeat(length - at - 1);
          for (const limit of [length, 43, 16]) {
            if (holdsControl(text, limit) !== CONTROL.test(text.slice(0, limit))) mismatches.push(`U+${unit.toString(16)} at ${at} of ${length}, limit ${limit}`);
          }
        }
      }
    }
    assert.deepEqual(mismatches.slice(0, 10), []);
  });

  it('holds the bytes assembled from text/wasm/scan.wat (node scripts/make-wasm.mjs)', async () => {
    const { assemble } = (await import(path.join(ROOT, 'scripts/make-wasm.mjs'))) as { assemble(): Promise<string> };
    const ts = fs.readFileSync(path.join(ROOT, 'server/src/engine/text/simdScan.ts'), 'utf8');
    assert.equal(/^const MODULE = '([^']*)';$/m.exec(ts)?.[1], await assemble());
  });
});
