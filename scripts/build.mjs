// Bundles the client, the server and the CLI with esbuild: the packaged extension ships these
// three files and no node_modules.
import * as esbuild from 'esbuild';
import { promises as fs } from 'node:fs';

const watch = process.argv.includes('--watch');
// --production (npm run package): minified bundles for the .vsix.
const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', minify: production };

/**
 * Node built-ins that vscode-languageserver's node entry requires when it loads but uses only for
 * transports and lookups a stdio or IPC server never makes (random pipe names, `npm config get
 * prefix`, the temp directory): in the server bundle each becomes a stand-in that requires the
 * real module on first use. Loading them eagerly (crypto alone is some 20 internal modules) cost
 * the server about a tenth of its start (docs/performance.md). The stand-in says `__esModule`, so
 * the bundle's `__importStar` hands it on instead of copying every export (which would load it).
 */
const LAZY_BUILTINS = ['crypto', 'child_process', 'os'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? undefined : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real;
const load = () => (real ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? true : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); return d && { ...d, configurable: true }; },
});`,
      loader: 'js',
    }));
  },
};

/**
 * The export (docx, pdfkit: some 2.5 MB) is a bundle of its own that the server loads on the
 * first «Eksportér» and the CLI on `referat export`: neither's start parses any of it (in the CLI
 * bundle it was three quarters of the file every `referat check` read and parsed).
 */
const exportExternal = {
  name: 'export-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/export\/index\.js$/ }, () => ({ path: './export.js', external: true }));
  },
};

/**
 * PDF.js (server/src/import/pdf.ts) is an ES module that asks `import.meta.url` for a `require`
 * of its own; in a CommonJS bundle that becomes the bundle's own file URL. Its optional canvas
 * package (rendering only) is never bundled: PDF.js finds it missing and reads text without it.
 */
const importMetaUrl = {
  define: { 'import.meta.url': '__referatImportMetaUrl' },
  banner: { js: "const __referatImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * PDF.js is big (some 3 MB): it lives in bundles of its own, dist/pdfjs.js and
 * dist/pdfjs-worker.js, which the CLI and the client require when the first PDF is read. So the
 * CLI and the client start as fast as before for text files.
 */
const PDFJS = { 'pdfjs-dist/legacy/build/pdf.mjs': './pdfjs.js', 'pdfjs-dist/legacy/build/pdf.worker.mjs': './pdfjs-worker.js' };
const pdfjsApart = {
  name: 'pdfjs-apart',
  setup(build) {
    build.onResolve({ filter: /^pdfjs-dist\/legacy\/build\/pdf(\.worker)?\.mjs$/ }, (args) => ({ path: PDFJS[args.path], external: true }));
  },
};

/**
 * re2js (user patterns in linear time, server/src/engine/config/patterns.ts) is a quarter of a
 * megabyte that only a configured pattern needs: a bundle of its own, dist/re2js.js, required on
 * first use, so the server and the CLI do not parse it at every start.
 */
const re2jsApart = {
  name: 're2js-apart',
  setup(build) {
    build.onResolve({ filter: /^re2js$/ }, () => ({ path: './re2js.js', external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], plugins: [pdfjsApart] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [lazyBuiltins, exportExternal, re2jsApart] },
  { entryPoints: ['server/src/engine/config/re2js.ts'], outfile: 'dist/re2js.js' },
  { entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [pdfjsApart, exportExternal, re2jsApart] },
  // `referat check` over many files checks them on worker threads; each loads this entry.
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js', plugins: [pdfjsApart, re2jsApart] },
  { entryPoints: ['node_modules/pdfjs-dist/legacy/build/pdf.mjs'], outfile: 'dist/pdfjs.js', ...importMetaUrl },
  { entryPoints: ['node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs'], outfile: 'dist/pdfjs-worker.js', ...importMetaUrl },
];
// The PDF export's fonts (DejaVu Sans, free licence beside them) are read at run time from
// dist/fonts: inlined, they would make every bundle 2 MB bigger to parse at start.
await fs.mkdir('dist/fonts', { recursive: true });
for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'LICENSE-DejaVu.txt']) await fs.copyFile(`server/src/export/fonts/${f}`, `dist/fonts/${f}`);

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
