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
 * first «Eksportér»: the server's start parses none of it.
 */
const exportExternal = {
  name: 'export-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/export\/index\.js$/ }, () => ({ path: './export.js', external: true }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [lazyBuiltins, exportExternal] },
  { entryPoints: ['server/src/export/index.ts'], outfile: 'dist/export.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  // `referat check` over many files checks them on worker threads; each loads this entry.
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/cli-worker.js' },
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
