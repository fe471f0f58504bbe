import * as assert from 'node:assert/strict';
import { analyze, defaultConfig, resolveConfig } from '../support/engine';

const ITEM = (heading: string) => `# Punkt 1: Budget\n\n00.30.00-S00-1-25\n\n## Sammenfatning\n\nTekst.\n\n## ${heading}\n\nGodkendt.\n`;

describe('configuration', () => {
  it('defaults to Odense practice', () => {
    assert.deepEqual(resolveConfig(undefined), defaultConfig);
    assert.deepEqual(resolveConfig({}).sectionOrder, defaultConfig.sectionOrder);
  });

  it('another municipality can name its sections differently', () => {
    const config = resolveConfig({
      sections: [
        { id: 'resume', name: 'Sammenfatning', synonyms: ['Sammenfatning'] },
        { id: 'beslutning', name: 'Afgørelse', synonyms: ['Afgørelse'] },
      ],
      sectionOrder: ['resume', 'beslutning'],
      requiredSections: { referat: ['resume', 'beslutning'] },
    });
    assert.deepEqual(analyze(ITEM('Afgørelse'), { config }).findings.filter((f) => f.code === 'missing-section'), []);
    const missing = analyze(ITEM('Noget andet'), { config }).findings.filter((f) => f.code === 'missing-section');
    assert.equal(missing.length, 1);
    assert.match(missing[0]!.message, /«Afgørelse»/);
  });

  it('case types and their required sections come from configuration (Slagelse-style O-sag)', () => {
    const config = resolveConfig({ caseTypes: [{ code: 'O', name: 'Orienteringssag', requiredSections: ['effekt'] }] });
    const text = '# Punkt 1: O-sag: Status\n\n00.30.00-S00-1-25\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nOrientering givet.\n';
    const f = analyze(text, { config }).findings.filter((x) => x.code === 'missing-section');
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /O-sag.*«Effekt»/);
    assert.equal(analyze(text).findings.filter((x) => x.code === 'missing-section').length, 0);
  });

  it('a journal-number pattern can be configured; a broken pattern keeps the default', () => {
    const text = '# Punkt 1: Status\n\n2025-001234\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nOrientering givet.\n';
    // A local journal form is no KLE number gone wrong: only Odense's profile holds it to KLE.
    assert.equal(analyze(text).findings.filter((f) => f.code === 'journal-number').length, 0);
    assert.equal(analyze(text).doc.layout.profile, 'standard');
    assert.equal(analyze(text, { config: resolveConfig({ profile: 'odense' }) }).findings.filter((f) => f.code === 'journal-number').length, 1);
    assert.equal(analyze(text, { config: resolveConfig({ journalNumberPattern: '^\\d{4}-\\d{6}$' }) }).findings.filter((f) => f.code === 'journal-number').length, 0);
    assert.equal(resolveConfig({ journalNumberPattern: '([' }).journalNumberPattern, defaultConfig.journalNumberPattern);
  });

  it('ignores malformed settings instead of failing', () => {
    const c = resolveConfig({ sections: 'nonsense', checks: { 'missing-section': 'loud' }, caseTypes: [1, 2] });
    assert.deepEqual(c.sections, defaultConfig.sections);
    assert.equal(c.checks['missing-section'], undefined);
    assert.deepEqual(c.caseTypes, defaultConfig.caseTypes);
  });
});
