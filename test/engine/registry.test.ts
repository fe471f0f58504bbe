import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, checks, da, en } from '../support/engine';
import { checksMarkdown, configurationContributions, configurationProperties, settingsOf } from '../../server/src/tools/manifest';
import { ROOT } from '../support/paths';

describe('the check registry', () => {
  it('gives every check a unique, stable kebab-case code, a severity and a description in both languages', () => {
    const codes = checks.map((c) => c.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of checks) {
      assert.match(c.code, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(c.defaultSeverity));
      assert.ok(c.description.da.length > 10 && c.description.en.length > 10, c.code);
      assert.notEqual(c.description.da, c.description.en, `${c.code} is not translated`);
    }
  });

  it('package.json settings are generated from the registry (run `npm run gen`)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration, JSON.parse(JSON.stringify(configurationContributions())));
    // Every setting in exactly one category, nothing lost on the way.
    const settings = settingsOf(pkg);
    assert.deepEqual(Object.keys(settings).sort(), Object.keys(configurationProperties()).sort());
    assert.equal(pkg.contributes.configuration.reduce((n: number, c: { properties: object }) => n + Object.keys(c.properties).length, 0), Object.keys(settings).length);
    for (const c of checks) assert.equal(settings[`referat.checks.${c.code}`]!.default, c.defaultSeverity);
  });

  it('docs/checks.md is generated from the registry (run `npm run gen`)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'docs/checks.md'), 'utf8'), checksMarkdown());
  });

  it('a severity setting changes the severity, and `off` silences the check', () => {
    const text = '# Punkt 1: Uden afsnit\n\n00.00.00-A00-1-25\n\nTekst.\n';
    const base = analyze(text).findings.filter((f) => f.code === 'missing-section');
    assert.ok(base.length > 0 && base.every((f) => f.severity === 'warning'));
    const asError = analyze(text, { config: { ...defaultConfigWith({ 'missing-section': 'error' }) } }).findings.filter((f) => f.code === 'missing-section');
    assert.ok(asError.length === base.length && asError.every((f) => f.severity === 'error'));
    const off = analyze(text, { config: defaultConfigWith({ 'missing-section': 'off' }) }).findings.filter((f) => f.code === 'missing-section');
    assert.equal(off.length, 0);
  });
});

describe('messages', () => {
  it('every Danish message has an English translation and vice versa', () => {
    assert.deepEqual(Object.keys(en).sort(), Object.keys(da).sort());
  });
  it('every message function gives a different text in English (nothing left untranslated)', () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      const d = da[key];
      const e = en[key];
      if (typeof d !== 'function') continue;
      const args = Array.from({ length: d.length }, (_, i) => (i % 2 === 0 ? 3 : 'X')) as never[];
      let dt: unknown;
      let et: unknown;
      try {
        dt = (d as (...a: never[]) => unknown)(...args);
        et = (e as (...a: never[]) => unknown)(...args);
      } catch {
        continue; // e.g. list helpers that need an array
      }
      // Fragments without words (punctuation, symbols like ✓) are the same in every language.
      if (key === 'listJoin' || typeof dt !== 'string' || !/\p{L}{2,}/u.test(String(dt).replace(/X/g, ''))) continue;
      assert.notEqual(dt, et, `${key} reads the same in both languages`);
    }
  });
  it('findings come in English when asked', () => {
    const text = '# Punkt 1: Uden afsnit\n\n00.00.00-A00-1-25\n\nTekst.\n';
    const daMsg = analyze(text).findings.find((f) => f.code === 'missing-section')!.message;
    const enMsg = analyze(text, { locale: 'en-US' }).findings.find((f) => f.code === 'missing-section')!.message;
    assert.match(daMsg, /mangler afsnittet/);
    assert.match(enMsg, /has no "Resume" section/);
  });
});

import { resolveConfig, SeveritySetting } from '../../server/src/engine';
function defaultConfigWith(checksSetting: Record<string, SeveritySetting>) {
  return resolveConfig({ checks: checksSetting });
}
