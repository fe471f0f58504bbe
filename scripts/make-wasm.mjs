// Assembles the engine's WebAssembly (server/src/engine/text/wasm/scan.wat) and writes its bytes,
// as base64, into server/src/engine/text/simdScan.ts (the `MODULE` line). Run after editing the
// .wat: `node scripts/make-wasm.mjs`. test/engine/simdScan.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const watFile = `${root}server/src/engine/text/wasm/scan.wat`;
const tsFile = `${root}server/src/engine/text/simdScan.ts`;

export async function assemble(file = watFile) {
  const wabt = await require('wabt')();
  const module = wabt.parseWat(file, readFileSync(file, 'utf8'), { simd: true });
  module.validate();
  return Buffer.from(module.toBinary({}).buffer).toString('base64');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const base64 = await assemble();
  const ts = readFileSync(tsFile, 'utf8');
  const next = ts.replace(/^const MODULE = '[^']*';$/m, `const MODULE = '${base64}';`);
  if (next === ts) console.log('simdScan.ts: up to date');
  else {
    writeFileSync(tsFile, next);
    console.log(`simdScan.ts: MODULE written (${Buffer.from(base64, 'base64').length} bytes)`);
  }
}
