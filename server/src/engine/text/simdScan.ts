/**
 * Scans of a whole text by WebAssembly SIMD, eight UTF-16 code units at a time, where a regular
 * expression would walk it one code unit at a time:
 * - `holdsSuspect`: whether it holds a character the canonical form changes (text/canonical.ts). Four
 *   vectors a step: a step of ASCII (most of any text) is ruled out by one mask of their union, a step
 *   of Latin-1 (æ, ø, å) by two comparisons; only a step with a character from U+0100 on is compared
 *   against every range of the set.
 * - `pairPlaces`: every place of a letter pair in either case (`kr`: where amounts of money may be).
 * - `holdsControl`: a control character or U+FFFD among the first units (a binary file read as text).
 *
 * The module is `text/wasm/scan.wat`, assembled by `node scripts/make-wasm.mjs` (the bytes below;
 * a test holds them to the source). Each scan copies the text into the module's memory (one native
 * copy, ≈10 µs for the two real minutes). Undefined where WebAssembly SIMD or Node's `Buffer` (for
 * that copy) is missing: the caller then scans by regular expression.
 */
const MODULE = 'AGFzbQEAAAABEwNgAXsBf2ABfwF/YAR/f39/AX8DBgUAAQICAQUDAQABByQEBm1lbW9yeQIABHNjYW4AAQVwYWlycwACCGNvbnRyb2xzAAQK6wsF4gMAIAD9DKAAoACgAKAAoACgAKAAoAD9LSAA/QytAK0ArQCtAK0ArQCtAK0A/S39UCAA/QwAAwADAAMAAwADAAMAAwAD/ZEB/QxwAHAAcABwAHAAcABwAHAA/TAgAP0MsBqwGrAasBqwGrAasBqwGv2RAf0MUABQAFAAUABQAFAAUABQAP0w/VD9UCAA/QzAHcAdwB3AHcAdwB3AHcAd/ZEB/QxAAEAAQABAAEAAQABAAEAA/TAgAP0MACAAIAAgACAAIAAgACAAIP2RAf0MEAAQABAAEAAQABAAEAAQAP0w/VAgAP0MLyAvIC8gLyAvIC8gLyAvIP0tIAD9DF8gXyBfIF8gXyBfIF8gXyD9kQH9DAIAAgACAAIAAgACAAIAAgD9MP1Q/VAgAP0M0CDQINAg0CDQINAg0CDQIP2RAf0MMAAwADAAMAAwADAAMAAwAP0wIAD9DAAwADAAMAAwADAAMAAwADD9Lf1QIAD9DADYANgA2ADYANgA2ADYANj9kQH9DAAIAAgACAAIAAgACAAIAAj9MCAA/Qwg/iD+IP4g/iD+IP4g/iD+/ZEB/QwQABAAEAAQABAAEAAQABAA/TD9UCAA/Qz//v/+//7//v/+//7//v/+/S39UP1Q/VD9UP1TC+UCAgF/BXsCQANAIAEgAE8NASAB/QAEACECIAH9AAQQIQMgAf0ABCAhBCAB/QAEMCEFIAIgA/1QIAQgBf1Q/VAhBiAG/QyA/4D/gP+A/4D/gP+A/4D//U79UwRAIAb9DAD/AP8A/wD/AP8A/wD/AP/9Tv1TBEAgAhAAIAMQAHIgBBAAIAUQAHJyBEBBAQ8LBSAC/QygAKAAoACgAKAAoACgAKAA/S0gAv0MrQCtAK0ArQCtAK0ArQCtAP0t/VAgA/0MoACgAKAAoACgAKAAoACgAP0tIAP9DK0ArQCtAK0ArQCtAK0ArQD9Lf1Q/VAgBP0MoACgAKAAoACgAKAAoACgAP0tIAT9DK0ArQCtAK0ArQCtAK0ArQD9Lf1QIAX9DKAAoACgAKAAoACgAKAAoAD9LSAF/QytAK0ArQCtAK0ArQCtAK0A/S39UP1Q/VD9UwRAQQEPCwsLIAFBwABqIQEMAAsLQQALpgMCAn8GeyAB/RAhBiAC/RAhBwJAA0AgBCAATw0BIAT9AAQA/QwgACAAIAAgACAAIAAgACAA/VAgBv0tIQggBP0ABBD9DCAAIAAgACAAIAAgACAAIAD9UCAG/S0hCSAE/QAEIP0MIAAgACAAIAAgACAAIAAgAP1QIAb9LSEKIAT9AAQw/QwgACAAIAAgACAAIAAgACAA/VAgBv0tIQsgCCAJ/VAgCiAL/VD9UP1TBEAgCCAE/QAEAv0MIAAgACAAIAAgACAAIAAgAP1QIAf9Lf1OIQggCSAE/QAEEv0MIAAgACAAIAAgACAAIAAgAP1QIAf9Lf1OIQkgCiAE/QAEIv0MIAAgACAAIAAgACAAIAAgAP1QIAf9Lf1OIQogCyAE/QAEMv0MIAAgACAAIAAgACAAIAAgAP1QIAf9Lf1OIQsgCCAJ/VAgCiAL/VD9UP1TBEAgCP2EASAEIAMgBRADIQUgCf2EASAEQRBqIAMgBRADIQUgCv2EASAEQSBqIAMgBRADIQUgC/2EASAEQTBqIAMgBRADIQULCyAEQcAAaiEEDAALCyAFCzgAAkAgAEUNAANAIAIgA0ECdGogAUEBdiAAaGo2AgAgA0EBaiEDIAAgAEEBa3EhACAADQALCyADC7wBAgF/AXsCQANAIAEgAE8NASAB/QAEACECIAL9DCAAIAAgACAAIAAgACAAIAD9MCAC/QwJAAkACQAJAAkACQAJAAkA/S0gAv0MCgAKAAoACgAKAAoACgAKAP0t/VAgAv0MDAAMAAwADAAMAAwADAAMAP0tIAL9DA0ADQANAA0ADQANAA0ADQD9Lf1Q/VD9TyAC/Qz9//3//f/9//3//f/9//3//S39UP1TBEBBAQ8LIAFBEGohAQwACwtBAAs=';

interface BufferLike {
  from(buffer: ArrayBuffer, byteOffset: number, length: number): { write(text: string, offset: number, encoding: 'utf16le'): number; fill(value: number, from: number, to: number): unknown };
  from(text: string, encoding: 'base64'): Uint8Array;
}
/** Node's Buffer when the engine runs in Node; the engine imports nothing from Node. */
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;

/** The little of the WebAssembly API used here (the engine is built without the DOM's types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const Wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;

interface Scanner {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  scan(bytes: number): number;
  pairs(bytes: number, first: number, second: number, out: number): number;
  controls(bytes: number): number;
}

/** The text in the module's memory now. */
let copied: string | undefined;

/** Loaded on first use; undefined where it cannot be. */
let scanner: Scanner | undefined | null = null;

function load(): Scanner | undefined {
  if (NodeBuffer === undefined || Wasm === undefined) return undefined;
  try {
    return new Wasm.Instance(new Wasm.Module(NodeBuffer.from(MODULE, 'base64'))).exports as Scanner;
  } catch {
    return undefined; // no SIMD in this engine
  }
}

/**
 * The text in the module's memory from address 0, in whole steps of 64 bytes with zeros after it (and
 * `extra` bytes more room); the steps' byte count, or undefined when the scans are not available here.
 */
function copyIn(text: string, extra: number): { scanner: Scanner; bytes: number } | undefined {
  if (scanner === null) scanner = load();
  if (scanner === undefined) return undefined;
  const bytes = (text.length * 2 + 63) & ~63;
  const needed = bytes + 64 + extra;
  const memory = scanner.memory;
  if (memory.buffer.byteLength < needed) {
    try {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / 65536)); // kept for the next text
    } catch {
      return undefined; // beyond what the engine gives one module: the expression, slower but exact
    }
  }
  // The text the last scan copied is there still (the scans write only past it): the canonical
  // check and the `kr` scan read the same text of nearly every document, copied once.
  if (text !== copied) {
    const view = NodeBuffer!.from(memory.buffer, 0, bytes + 64);
    copied = undefined;
    if (view.write(text, 0, 'utf16le') !== text.length * 2) return undefined;
    view.fill(0, text.length * 2, bytes + 64);
    copied = text;
  }
  return { scanner, bytes };
}

/**
 * True when `text` holds one of the characters (see SUSPECT in canonical.ts) other than CR, which
 * the caller looks for first; undefined when the scan is not available here.
 */
export function holdsSuspect(text: string): boolean | undefined {
  const copy = copyIn(text, 0);
  return copy && copy.scanner.scan(copy.bytes) === 1;
}

/**
 * Where the two-letter `pair` (lower-case ASCII) stands in `text` in any case: the code-unit index of
 * each first letter, rising (overlapping places included: `kkr` has one, at 1). Undefined when the
 * scan is not available here.
 */
export function pairPlaces(text: string, pair: string): Int32Array | undefined {
  // Room for every place, 4 bytes each: two different letters can start at most every other unit.
  const copy = copyIn(text, pair.charCodeAt(0) === pair.charCodeAt(1) ? text.length * 4 : text.length * 2 + 64);
  if (copy === undefined) return undefined;
  const out = copy.bytes + 64;
  const count = copy.scanner.pairs(copy.bytes, pair.charCodeAt(0), pair.charCodeAt(1), out);
  return new Int32Array(copy.scanner.memory.buffer, out, count).slice();
}

/**
 * Whether the first `limit` code units of `text` hold a control character other than tab, line feed,
 * form feed and CR, or U+FFFD. Undefined when the scan is not available here.
 */
export function holdsControl(text: string, limit: number): boolean | undefined {
  const copy = copyIn(text, 0);
  if (copy === undefined) return undefined;
  // Whole vectors only (the padding is zeros, which would count); the last few units one by one.
  const units = Math.min(limit, text.length);
  const whole = units & ~7;
  if (copy.scanner.controls(whole * 2) === 1) return true;
  for (let i = whole; i < units; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) return true;
  }
  return false;
}
