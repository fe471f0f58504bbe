import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandContributions, nlsStrings, referatJsonSchema } from '../../server/src/tools/manifest';
import { checks } from '../support/engine';
import { ROOT } from '../support/paths';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

/**
 * VS Code reads `package.nls.json` unless a `package.nls.<locale>.json` matches its display
 * language, so Danish is the default file and English is `package.nls.en.json`.
 */
describe('the interface in Danish and English (package.nls files)', () => {
  const pkg = read('package.json');
  const da = read('package.nls.json') as Record<string, string>;
  const en = read('package.nls.en.json') as Record<string, string>;

  it('every %key% in package.json has a Danish and an English text', () => {
    const used = [...new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/gu)].map((m) => m[1]!))];
    assert.ok(used.length > checks.length, 'settings, commands and the description are localised');
    for (const key of used) {
      assert.ok(da[key], `${key} lacks a Danish text`);
      assert.ok(en[key], `${key} lacks an English text`);
    }
  });

  it('both files have the same keys, and English differs from Danish (nothing left untranslated)', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(da).sort());
    const sameOnPurpose = new Set(['category']);
    for (const key of Object.keys(da)) if (!sameOnPurpose.has(key)) assert.notEqual(en[key], da[key], `${key} reads the same in both languages`);
  });

  it('the nls files, commands and the .referat.json schema are generated (run `npm run gen`)', () => {
    assert.deepEqual(da, nlsStrings('da'));
    assert.deepEqual(en, nlsStrings('en'));
    const { commands, menus } = commandContributions();
    assert.deepEqual(pkg.contributes.commands, commands);
    assert.deepEqual(pkg.contributes.menus, menus);
    assert.deepEqual(read('schemas/referat.schema.json'), JSON.parse(JSON.stringify(referatJsonSchema())));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.referat.json', url: './schemas/referat.schema.json' }]);
  });

  it('the .referat.json schema knows every check code and the same keys as the settings', () => {
    const schema = referatJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    assert.deepEqual(Object.keys(schema.properties.checks!.properties!).sort(), checks.map((c) => c.code).sort());
    // `export` (the municipality's Word template) lives only in .referat.json: a file beside the
    // minutes, not a per-user setting.
    for (const key of Object.keys(schema.properties)) if (key !== 'checks' && key !== 'export') assert.ok(pkg.contributes.configuration.properties[`referat.${key}`], key);
    assert.ok(schema.properties.export?.properties?.template, 'export.template');
  });

  it('every command the extension contributes has a title in both languages', () => {
    for (const c of pkg.contributes.commands as { command: string; title: string }[]) {
      const key = c.title.slice(1, -1);
      assert.ok(da[key] && en[key] && da[key] !== en[key], c.command);
    }
  });
});
