// `npm run package` (after the build): packs referat.vsix with vsce, then reads the archive back
// and refuses it when it carries what must not ship (node_modules, tests, sources, build output
// other than the two bundles). Prints the file list and the size, which the README reports.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'referat.vsix');
const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
const args = [
  vsce, 'package', '--no-dependencies', '-o', out,
  // No repository is assumed: relative README links stay relative and resolve inside the
  // package (docs/images ships), so packaging needs no network and no repository URL.
  '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license',
];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) {
  console.error(`package: vsce failed (exit ${r.status})`);
  process.exit(1);
}

/** Names in a zip's central directory (enough for a .vsix: no zip64, no multi-disk). */
export function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    names.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size: buf.readUInt32LE(p + 24) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const entries = zipEntries(readFileSync(out));
const forbidden = entries.filter(({ name }) =>
  /(^|\/)node_modules\//.test(name) ||
  /^extension\/(test|out|server|client|scripts|\.tools|\.tmp)\//.test(name) ||
  /\.(ts|map)$/.test(name) ||
  /^extension\/dist\/cli\.js$/.test(name));
for (const required of ['extension/package.json', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/pdfjs.js', 'extension/dist/pdfjs-worker.js', 'extension/images/icon.png', 'extension/README.md', 'extension/CHANGELOG.md', 'extension/snippets/referat.code-snippets']) {
  if (!entries.some((e) => e.name.toLowerCase() === required.toLowerCase())) forbidden.push({ name: `${required} (missing)` });
}
for (const e of entries) console.log(`  ${e.name}  ${(e.size / 1024).toFixed(1)} KiB`);
const kib = statSync(out).size / 1024;
console.log(`package: referat.vsix ${kib.toFixed(1)} KiB, ${entries.length} files`);
if (forbidden.length) {
  console.error(`package: the .vsix must not contain / must contain:\n  ${forbidden.map((e) => e.name).join('\n  ')}`);
  process.exit(1);
}
