import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';
import { settingsOf } from '../../server/src/tools/manifest';
import { checks } from '../support/engine';
import { analyze, configProblems, describeConfigProblem, insertSectionEdit, profileByName, regenerateContentsEdit, renumberEdits, resolveConfig } from '../support/engine';
import { applyEdits } from '../support/edits';

/**
 * Profiles and the layout as the engine infers it (issue 13): which profile a document gets,
 * what pinning one changes, configuration problems named by key, and the edits that must keep
 * the document's own form (renumbering, contents, inserted sections).
 */
const RUNNING = [
  'Referat fra møde i Teknikudvalget',
  '',
  'Dato: 3. marts 2025',
  '',
  'Indholdsfortegnelse',
  '- Pkt. 185 Godkendelse af dagsorden',
  '- Pkt. 186 Vejplan 2025',
  '',
  '185. Godkendelse af dagsorden',
  'Sagsnr.: 25/1101',
  '',
  'FORVALTNINGENS INDSTILLING',
  'Forvaltningen indstiller, at dagsordenen godkendes.',
  '',
  'BESLUTNING',
  'Godkendt.',
  '',
  '187. Vejplan 2025',
  'Sagsnr.: 25/1150',
  '',
  'SAGSFREMSTILLING',
  'Vejplanen omfatter asfalt og fortove.',
  '',
  '',
].join('\n');

describe('profiles and the inferred layout', () => {
  it('a document that is not Odense\'s gets the standard profile, its running numbers and local journal numbers cry no wolf', () => {
    const { doc, findings } = analyze(RUNNING);
    assert.equal(doc.layout.profile, 'standard');
    assert.equal(doc.layout.itemForm, 'numbered');
    assert.deepEqual(
      doc.items.map((i) => [i.number.value, i.journalNumber?.value]),
      [
        [185, '25/1101'],
        [187, '25/1150'],
      ],
    );
    // No Resume required, no KLE form, no «must start at 1»; the jump 185 → 187 is only worth knowing.
    const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
    assert.deepEqual(serious, ['missing-section']); // item 187 has no decision: wrong everywhere
    assert.ok(findings.some((f) => f.code === 'item-number-gap' && f.severity === 'information'));
  });

  it('pinning the Odense profile brings back its rules', () => {
    const { doc, findings } = analyze(RUNNING, { config: resolveConfig({ profile: 'odense' }) });
    assert.equal(doc.layout.profile, 'odense');
    assert.equal(doc.layout.pinned, true);
    assert.ok(findings.some((f) => f.code === 'item-number-gap' && f.severity === 'warning' && /begynde ved 1/u.test(f.message)));
  });

  it('a key set by the user wins over the profile, key by key', () => {
    const config = resolveConfig({ requiredSections: { referat: ['beslutning', 'sagsfremstilling'] } });
    const missing = analyze(RUNNING, { config }).findings.filter((f) => f.code === 'missing-section');
    assert.equal(missing.length, 2); // item 185 lacks Sagsfremstilling, item 187 Beslutning
    assert.equal(analyze(RUNNING, { config }).doc.layout.profile, 'standard');
  });

  it('every profile names sections by the canonical ids', () => {
    for (const name of ['odense', 'standard', 'kle']) {
      const p = profileByName(name)!;
      for (const id of [...p.sectionOrder, ...p.requiredSections.referat, ...p.requiredSections.dagsorden]) assert.ok(p.sections.some((s) => s.id === id), `${name}: ${id}`);
    }
  });
});

describe('configuration problems', () => {
  it('an unknown key, a wrong type and an unknown value are named', () => {
    const problems = configProblems({ sektioner: [], sectionOrder: 'resume', profile: 'aarhus', checks: { date: 'loud' } });
    assert.deepEqual(
      problems.map((p) => [p.key, p.reason]),
      [
        ['sektioner', 'unknown-key'],
        ['sectionOrder', 'wrong-type'],
        ['profile', 'unknown-value'],
        ['checks.date', 'unknown-value'],
      ],
    );
    assert.match(describeConfigProblem(problems[0]!, 'da'), /«sektioner»/u);
    assert.match(describeConfigProblem(problems[0]!, 'en'), /"sektioner"/u);
  });

  it('resolveConfig keeps them for the editor and the CLI, and the editor-only settings are no problem', () => {
    assert.deepEqual(resolveConfig({ sektioner: [] }).problems?.map((p) => p.key), ['sektioner']);
    assert.equal(resolveConfig({ maxFileSize: 10, autoDetect: 'ask' }).problems, undefined);
  });

  it('every referat.* setting at its default, as VS Code sends them, is understood and leaves the layout to the document', () => {
    // VS Code sends the section `referat` as one nested object, every setting at its default.
    const properties = settingsOf(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))) as Record<string, { default?: unknown }>;
    const sent: Record<string, unknown> = {};
    for (const [key, p] of Object.entries(properties)) {
      const parts = key.split('.').slice(1);
      let at = sent;
      for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
      at[parts[parts.length - 1]!] = p.default;
    }
    for (const key of ['profile', 'numbering', 'repeatableSections', 'header', 'itemForms']) assert.ok(key in sent, `referat.${key} is a setting`);
    assert.deepEqual(configProblems(sent, checks.map((c) => c.code)), []);
    const config = resolveConfig(sent);
    assert.equal(config.problems, undefined);
    assert.deepEqual([config.profile, config.explicit, config.itemForms], ['auto', [], []]);
    // A layout setting changed from its default is the user's (the profile does not override it).
    assert.deepEqual(resolveConfig({ ...sent, numbering: 'running', header: 'lenient' }).explicit, ['numbering', 'header']);
  });
});

describe('edits keep the document\'s own form', () => {
  it('renumbering keeps running numbers where they start and the numbering form', () => {
    const text = applyEdits(RUNNING, renumberEdits(analyze(RUNNING).doc));
    assert.match(text, /^186\. Vejplan 2025$/mu);
    assert.match(text, /^185\. Godkendelse af dagsorden$/mu);
  });

  it('regenerated contents keep their entries\' numbering form', () => {
    const edit = regenerateContentsEdit(analyze(RUNNING).doc)!;
    assert.match(edit.newText, /^- Pkt\. 185 Godkendelse af dagsorden/mu);
    assert.match(edit.newText, /^- Pkt\. 187 Vejplan 2025/mu);
  });

  it('an inserted section is spelt in the document\'s habit (capitals here)', () => {
    const { doc } = analyze(RUNNING);
    const edit = insertSectionEdit(doc, doc.config, doc.items[1]!, 'beslutning');
    assert.match(edit.newText, /BESLUTNING/u);
  });
});
