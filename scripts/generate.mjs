// Writes what comes from the check registry and the engine's catalogues: package.json's settings
// schema and commands, package.nls.json (Danish: see manifest.ts for why there is no English file), the `.referat.json`
// schema, the static snippet file and docs/checks.md.
// Run `npm run gen` after adding or changing a check; a test fails when these files drift.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { configurationContributions, checksMarkdown, nlsStrings, commandContributions, referatJsonSchema, snippetsJson } = require('../out/server/src/tools/manifest.js');

const json = (v) => JSON.stringify(v, null, 2) + '\n';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.displayName = '%displayName%';
pkg.description = '%description%';
pkg.contributes.configuration = configurationContributions();
const { commands, menus } = commandContributions();
pkg.contributes.commands = commands;
pkg.contributes.menus = menus;
writeFileSync('package.json', json(pkg));
writeFileSync('package.nls.json', json(nlsStrings('da')));
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/referat.schema.json', json(referatJsonSchema()));
writeFileSync('snippets/referat.code-snippets', snippetsJson());
mkdirSync('docs', { recursive: true });
writeFileSync('docs/checks.md', checksMarkdown());
console.log('package.json (settings, commands), package.nls.json, schemas/referat.schema.json, snippets and docs/checks.md written');
