import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkName, commandContributions, nlsStrings, referatJsonSchema, settingsOf } from '../../server/src/tools/manifest';
import { checks } from '../support/engine';
import { resolveLanguage } from '../../server/src/engine';
import { ROOT } from '../support/paths';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

/**
 * VS Code reads `package.nls.json` unless a `package.nls.<locale>.json` matches its display
 * language. A Danish secretary's VS Code runs in English (no Danish language pack exists), so
 * Danish is `package.nls.json` and there is no English file; the English texts are kept complete
 * in the manifest source (and the `.referat.json` schema carries both).
 */
describe('the interface in Danish, also in an English VS Code (package.nls files)', () => {
  const pkg = read('package.json');
  const da = read('package.nls.json') as Record<string, string>;
  const en = nlsStrings('en');

  it('ships no package.nls.<locale>.json, so an English VS Code shows the Danish texts', () => {
    const localised = fs.readdirSync(ROOT).filter((f) => /^package\.nls\..+\.json$/u.test(f));
    assert.deepEqual(localised, []);
  });

  it('referat.language is Danish by default, with English and VS Code\'s own language to choose', () => {
    const setting = settingsOf(pkg)['referat.language'];
    assert.equal(setting.default, 'da');
    assert.deepEqual(setting.enum, ['da', 'en', 'auto']);
  });

  it('every severity value of a check setting is explained in Danish', () => {
    const setting = settingsOf(pkg)['referat.checks.table-sum'];
    const texts = (setting.markdownEnumDescriptions as string[]).map((k) => da[k.slice(1, -1)]);
    assert.deepEqual(texts.map((t) => t?.split(':')[0]), ['Slået fra', 'Vink', 'Information', 'Advarsel', 'Fejl']);
  });

  it('the Settings UI reads Danish: category titles, severity labels, descriptions that begin with the Danish name', () => {
    // VS Code labels a setting by its key; what the manifest can say in Danish, it says.
    const categories = pkg.contributes.configuration as { title: string; order: number; properties: Record<string, { enumItemLabels?: string[]; markdownDescription?: string }> }[];
    const titles = categories.map((c) => da[c.title.slice(1, -1)]);
    assert.deepEqual(titles, ['Generelt', 'Opsætning: afsnit, punkter og journalnumre', 'Kontroller: dokument og mødehoved', 'Kontroller: indholdsfortegnelse', 'Kontroller: punkter og afsnit', 'Kontroller: journalnumre', 'Kontroller: datoer, henvisninger og tal i teksten', 'Kontroller: tabeller']);
    assert.deepEqual(categories.map((c) => c.order), categories.map((_c, i) => i));
    const settings = settingsOf(pkg);
    assert.deepEqual(Object.keys(categories[0]!.properties), ['referat.autoDetect', 'referat.language', 'referat.maxFileSize']);
    assert.ok(Object.keys(categories[4]!.properties).includes('referat.checks.missing-section'));
    assert.ok(Object.keys(categories[7]!.properties).includes('referat.checks.table-sum'));
    for (const c of checks) {
      const s = settings[`referat.checks.${c.code}`] as { enumItemLabels: string[]; markdownDescription: string };
      assert.deepEqual(s.enumItemLabels.map((k) => da[k.slice(1, -1)]), ['fra', 'vink', 'information', 'advarsel', 'fejl'], c.code);
      const text = da[s.markdownDescription.slice(1, -1)]!;
      assert.notEqual(checkName(c.code).da, c.code, `${c.code} has no Danish name (server/src/tools/manifest.ts CHECK_NAMES)`);
      assert.ok(text.startsWith(`**${checkName(c.code).da}.** ${c.description.da}`), text);
      assert.ok(text.endsWith(`Kode: \`${c.code}\`.`), 'the code, as the Problems panel shows it');
    }
    assert.match(da['referat.language']!, /^\*\*Sprog\.\*\* /u);
    // Every description of a setting is Danish, none is left in English in the manifest.
    for (const [key, s] of Object.entries(settings)) assert.match(String(s.markdownDescription), /^%[^%]+%$/u, key);
  });

  it('snippets have Danish names and Danish descriptions only', () => {
    const file = read('snippets/referat.code-snippets') as Record<string, { description: string }>;
    for (const [name, s] of Object.entries(file)) {
      assert.doesNotMatch(name, /^[a-z]+[A-Z]|\(tekst\)|\(Markdown\)/u, name);
      assert.doesNotMatch(s.description, / \/ |plain text|section|item/u, name);
    }
    assert.ok(file['Beslutningspunkt (B-sag), Markdown'] && file['Beslutningspunkt (B-sag), ren tekst']);
  });

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
    const sameOnPurpose = new Set(['category', 'referat.severity.label.information']);
    for (const key of Object.keys(da)) if (!sameOnPurpose.has(key)) assert.notEqual(en[key], da[key], `${key} reads the same in both languages`);
  });

  it('the nls files, commands and the .referat.json schema are generated (run `npm run gen`)', () => {
    assert.deepEqual(da, nlsStrings('da'));
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
    for (const key of Object.keys(schema.properties)) if (key !== 'checks' && key !== 'export') assert.ok(settingsOf(pkg)[`referat.${key}`], key);
    assert.ok(schema.properties.export?.properties?.template, 'export.template');
  });

  it('every command the extension contributes has a title in both languages', () => {
    for (const c of pkg.contributes.commands as { command: string; title: string }[]) {
      const key = c.title.slice(1, -1);
      assert.ok(da[key] && en[key] && da[key] !== en[key], c.command);
    }
  });
});

describe('which language Referat speaks (referat.language)', () => {
  it('Danish by default and for anything unknown, whatever the editor runs in', () => {
    for (const setting of [undefined, 'da', 'xx', 42]) assert.equal(resolveLanguage(setting, 'en'), 'da', String(setting));
  });
  it('English when chosen; with auto, the editor\'s language', () => {
    assert.equal(resolveLanguage('en', 'da'), 'en');
    assert.equal(resolveLanguage('auto', 'en-US'), 'en');
    assert.equal(resolveLanguage('auto', 'da'), 'da');
    assert.equal(resolveLanguage('auto', 'de'), 'da');
    assert.equal(resolveLanguage('auto', undefined), 'da');
  });
});
