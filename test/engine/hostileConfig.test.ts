import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { ANALYSIS_CUT_OFF, analyze, checks, resolveConfig } from '../support/engine';
import { parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';
import { HOSTILE_PATTERNS, NEAR_MISS } from '../support/hostile';

/**
 * Random configuration objects, as a settings file or a `.referat.json` may hold them (issue 12):
 * any shape, any value, hostile patterns among them. resolveConfig never throws, and the analysis
 * with the result never throws and never hangs (the test's timeout is the failure condition: a
 * backtracking pattern on the near-miss journal number would take hours). `npm run test:fuzz`
 * runs more (REFERAT_FUZZ_RUNS).
 */
const RUNS = Number(process.env.REFERAT_FUZZ_RUNS ?? 150);
const TEXT = parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'clean.referat.md'), 'utf8')).text.replace('85.02.02-P35-3-25', NEAR_MISS);

const pattern = fc.oneof(
  fc.constantFrom(...HOSTILE_PATTERNS, '([', '(a)\\1', 'a(?=b)', '\\', '', '^\\d{4}$', '(?i)^[a-zæøå]+$', 'x'.repeat(10_000), '((a{100}){100}){100}'),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[\^$()*+?|.\\d{}\[\]0-9a-z,-]{0,30}$/),
);
const anything: fc.Arbitrary<unknown> = fc.oneof(fc.anything(), pattern, fc.array(fc.anything(), { maxLength: 5 }));
const section = fc.record(
  { id: fc.oneof(fc.constantFrom('resume', 'beslutning', 'bilag'), fc.string({ maxLength: 8 })), name: fc.string({ maxLength: 20 }), synonyms: fc.array(fc.oneof(fc.string({ maxLength: 30 }), pattern), { maxLength: 4 }) },
  { requiredKeys: [] },
);
const configObject = fc.record(
  {
    sections: fc.oneof(fc.array(section, { maxLength: 6 }), anything),
    sectionOrder: fc.oneof(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), anything),
    requiredSections: fc.oneof(fc.record({ referat: fc.array(fc.string({ maxLength: 12 })), dagsorden: anything }, { requiredKeys: [] }), anything),
    caseTypes: fc.oneof(fc.array(fc.record({ code: fc.string({ maxLength: 2 }), name: fc.string(), requiredSections: fc.array(fc.string()) }), { maxLength: 3 }), anything),
    journalNumberPattern: fc.oneof(pattern, anything),
    checks: fc.oneof(fc.dictionary(fc.constantFrom(...checks.map((c) => c.code), 'nope'), fc.oneof(fc.constantFrom('off', 'error', 'warning', 'information', 'hint'), anything)), anything),
    maxFileSize: anything,
    itemForms: fc.array(pattern, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('hostile configuration objects (fast-check, fixed seed)', function () {
  // The failure condition for a hang: far beyond what the runs need.
  this.timeout(120_000);

  it('resolveConfig never throws and analysis with the result never throws or hangs', () => {
    fc.assert(
      fc.property(fc.oneof(configObject, anything), (user) => {
        const config = resolveConfig(user);
        const { findings } = analyze(TEXT, { config });
        for (const f of findings) assert.notEqual(f.code, 'internal-error', f.message);
        for (const p of config.problems ?? []) assert.equal(typeof p.key, 'string');
      }),
      { seed: 1212, numRuns: RUNS },
    );
  });
});

describe('the analysis budget', () => {
  it('out of time before any check: one information finding, nothing else', () => {
    const { findings } = analyze(TEXT, { outOfTime: () => true });
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity]),
      [[ANALYSIS_CUT_OFF, 'information']],
    );
    assert.match(findings[0]!.message, /tog for lang tid.*ikke kørt/);
  });

  it('out of time part way: the checks already run keep their findings, and one finding says the rest were skipped', () => {
    const full = analyze(TEXT).findings;
    let calls = 0;
    const cut = analyze(TEXT, { outOfTime: () => ++calls > 5, locale: 'en' }).findings;
    const notice = cut.filter((f) => f.code === ANALYSIS_CUT_OFF);
    assert.equal(notice.length, 1);
    assert.match(notice[0]!.message, new RegExp(`${checks.length - 5} checks were not run`));
    const ran = new Set(checks.slice(0, 5).map((c) => c.code));
    assert.deepEqual(
      cut.filter((f) => f.code !== ANALYSIS_CUT_OFF).map((f) => f.code),
      full.filter((f) => ran.has(f.code)).map((f) => f.code),
    );
  });
});
