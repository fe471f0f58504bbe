/**
 * Whether a text holds a character the canonical form changes, by a WebAssembly SIMD scan: eight
 * UTF-16 code units at a time, four vectors a step. A step of ASCII (most of any text) is ruled out
 * by one mask of the four vectors' union, a step of Latin-1 (æ, ø, å) by two comparisons; only a
 * step with a character from U+0100 on is compared against every range of the set.
 *
 * The module is `text/wasm/suspect.wat`, assembled by `node scripts/make-wasm.mjs` (the bytes below;
 * a test holds them to the source). Undefined where WebAssembly SIMD or Node's `Buffer` (for the
 * one native copy of the text into the module's memory) is missing: the caller then scans by
 * regular expression.
 */
const MODULE = 'AGFzbQEAAAABCwJgAXsBf2ABfwF/AwMCAAEFAwEAAQcRAgZtZW1vcnkCAARzY2FuAAEKzAYC4gMAIAD9DKAAoACgAKAAoACgAKAAoAD9LSAA/QytAK0ArQCtAK0ArQCtAK0A/S39UCAA/QwAAwADAAMAAwADAAMAAwAD/ZEB/QxwAHAAcABwAHAAcABwAHAA/TAgAP0MsBqwGrAasBqwGrAasBqwGv2RAf0MUABQAFAAUABQAFAAUABQAP0w/VD9UCAA/QzAHcAdwB3AHcAdwB3AHcAd/ZEB/QxAAEAAQABAAEAAQABAAEAA/TAgAP0MACAAIAAgACAAIAAgACAAIP2RAf0MEAAQABAAEAAQABAAEAAQAP0w/VAgAP0MLyAvIC8gLyAvIC8gLyAvIP0tIAD9DF8gXyBfIF8gXyBfIF8gXyD9kQH9DAIAAgACAAIAAgACAAIAAgD9MP1Q/VAgAP0M0CDQINAg0CDQINAg0CDQIP2RAf0MMAAwADAAMAAwADAAMAAwAP0wIAD9DAAwADAAMAAwADAAMAAwADD9Lf1QIAD9DADYANgA2ADYANgA2ADYANj9kQH9DAAIAAgACAAIAAgACAAIAAj9MCAA/Qwg/iD+IP4g/iD+IP4g/iD+/ZEB/QwQABAAEAAQABAAEAAQABAA/TD9UCAA/Qz//v/+//7//v/+//7//v/+/S39UP1Q/VD9UP1TC+UCAgF/BXsCQANAIAEgAE8NASAB/QAEACECIAH9AAQQIQMgAf0ABCAhBCAB/QAEMCEFIAIgA/1QIAQgBf1Q/VAhBiAG/QyA/4D/gP+A/4D/gP+A/4D//U79UwRAIAb9DAD/AP8A/wD/AP8A/wD/AP/9Tv1TBEAgAhAAIAMQAHIgBBAAIAUQAHJyBEBBAQ8LBSAC/QygAKAAoACgAKAAoACgAKAA/S0gAv0MrQCtAK0ArQCtAK0ArQCtAP0t/VAgA/0MoACgAKAAoACgAKAAoACgAP0tIAP9DK0ArQCtAK0ArQCtAK0ArQD9Lf1Q/VAgBP0MoACgAKAAoACgAKAAoACgAP0tIAT9DK0ArQCtAK0ArQCtAK0ArQD9Lf1QIAX9DKAAoACgAKAAoACgAKAAoAD9LSAF/QytAK0ArQCtAK0ArQCtAK0A/S39UP1Q/VD9UwRAQQEPCwsLIAFBwABqIQEMAAsLQQAL';

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
}

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
 * True when `text` holds one of the characters (see SUSPECT in canonical.ts) other than CR, which
 * the caller looks for first; undefined when the scan is not available here.
 */
export function holdsSuspect(text: string): boolean | undefined {
  if (scanner === null) scanner = load();
  if (scanner === undefined) return undefined;
  const bytes = (text.length * 2 + 63) & ~63; // whole steps of 64 bytes, the rest zeros
  const memory = scanner.memory;
  if (memory.buffer.byteLength < bytes) {
    try {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536)); // kept for the next text
    } catch {
      return undefined; // beyond what the engine gives one module: the expression, slower but exact
    }
  }
  const view = NodeBuffer!.from(memory.buffer, 0, bytes);
  if (view.write(text, 0, 'utf16le') !== text.length * 2) return undefined;
  view.fill(0, text.length * 2, bytes);
  return scanner.scan(bytes) === 1;
}
