// Writes what comes from the check registry: package.json's settings schema and docs/checks.md.
// Run `npm run gen` after adding or changing a check; a test fails when these files drift.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { configurationProperties, checksMarkdown } = require('../out/server/src/tools/manifest.js');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
pkg.contributes.configuration = { title: 'Referat', properties: configurationProperties() };
writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
mkdirSync('docs', { recursive: true });
writeFileSync('docs/checks.md', checksMarkdown());
console.log('package.json contributes.configuration and docs/checks.md written');
