import * as assert from 'node:assert/strict';
import { MAX_PATTERN_LENGTH, analyze, compileUserPattern, defaultConfig, describeConfigProblem, resolveConfig } from '../support/engine';
import { CACHE_LIMIT, patternCacheSize } from '../../server/src/engine/config/patterns';

import { HOSTILE_PATTERNS, NEAR_MISS } from '../support/hostile';

describe('configured patterns (linear time, RE2)', () => {
  it('match like RegExp on ordinary patterns, Danish letters included', () => {
    const p = compileUserPattern(defaultConfig.journalNumberPattern, 'journalNumberPattern').pattern!;
    assert.equal(p.test('00.30.00-Ø00-1-24'), true);
    assert.equal(p.test('00.30.00-S00-1-2024'), false);
    const ci = compileUserPattern('^økonomi(ske konsekvenser)?$', 'x', { caseInsensitive: true }).pattern!;
    assert.equal(ci.test('ØKONOMISKE KONSEKVENSER'), true);
    assert.equal(ci.test('Økonomien'), false);
    // One character is one code point, as with RegExp's `u` flag.
    assert.equal(compileUserPattern('^.{3}$', 'x').pattern!.test('æ😀å'), true);
    // JavaScript's \u escapes are understood.
    assert.equal(compileUserPattern('^\\u00C6\\u{00D8}$', 'x').pattern!.test('ÆØ'), true);
    assert.equal(compileUserPattern('^\\\\u0041$', 'x').pattern!.test('\\u0041'), true);
  });

  it('test is unanchored, matchesAll anchored, exec gives index and groups', () => {
    const p = compileUserPattern('(?P<n>\\d+)\\. (\\p{L}+)', 'itemForm').pattern!;
    assert.equal(p.test('Punkt 12. Budget'), true);
    assert.equal(p.matchesAll('Punkt 12. Budget'), false);
    assert.equal(p.matchesAll('12. Budget'), true);
    const m = p.exec('Punkt 12. Budget')!;
    assert.equal(m.index, 6);
    assert.equal(m.text, '12. Budget');
    assert.equal(m.groups[1], '12');
    assert.equal(m.groups[2], 'Budget');
    assert.equal(m.named.n, '12');
    assert.equal(p.exec('ingen tal'), null);
  });

  it('hostile patterns compile and answer at once on the near-miss that hangs RegExp', () => {
    for (const source of HOSTILE_PATTERNS) {
      const p = compileUserPattern(source, 'journalNumberPattern').pattern;
      assert.ok(p, source);
      // Would take longer than the test's timeout with a backtracking engine (2^35 steps).
      assert.equal(p.test(NEAR_MISS), false, source);
    }
  });

  it('invalid, unsupported, too long or not a string: a problem naming the key, no pattern', () => {
    const cases: [unknown, string][] = [
      ['([', 'invalid'],
      ['(a)\\1', 'unsupported'],
      ['a(?=b)', 'unsupported'],
      ['(?<!a)b', 'unsupported'],
      ['((a{100}){100}){100}', 'unsupported'],
      ['a'.repeat(MAX_PATTERN_LENGTH + 1), 'too-long'],
      ['', 'empty'],
      [42, 'not-a-string'],
      [{ source: 'x' }, 'not-a-string'],
    ];
    for (const [source, reason] of cases) {
      const r = compileUserPattern(source, 'journalNumberPattern');
      assert.equal(r.pattern, undefined, String(source));
      assert.equal(r.problem!.reason, reason, String(source));
      assert.equal(r.problem!.key, 'journalNumberPattern');
      assert.match(describeConfigProblem(r.problem!, 'da'), /«journalNumberPattern».*standarden bruges/);
      assert.match(describeConfigProblem(r.problem!, 'en'), /"journalNumberPattern".*the default is used/);
    }
  });

  it('a bad journal-number pattern in the configuration: the default is used and the problem is named', () => {
    // A KLE number gone wrong (the document uses KLE, so the default KLE form applies to it).
    const text = '# Punkt 1: Status\n\n85.02.2-P35-25-25\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nOrientering givet.\n';
    for (const bad of ['([', '(a)\\1', 'x'.repeat(MAX_PATTERN_LENGTH + 1), 17]) {
      const config = resolveConfig({ journalNumberPattern: bad });
      assert.equal(config.journalNumberPattern, defaultConfig.journalNumberPattern);
      assert.equal(config.problems?.length, 1);
      assert.equal(config.problems![0]!.key, 'journalNumberPattern');
      assert.equal(analyze(text, { config }).findings.filter((f) => f.code === 'journal-number').length, 1);
    }
    assert.equal(resolveConfig({}).problems, undefined);
    assert.equal(resolveConfig({ journalNumberPattern: defaultConfig.journalNumberPattern }).problems, undefined);
  });

  it('a hostile journal-number pattern is used, in linear time', () => {
    const text = `# Punkt 1: Status\n\n${NEAR_MISS}\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nOrientering givet.\n`;
    const config = resolveConfig({ journalNumberPattern: '^(\\d+)+$' });
    assert.equal(config.journalNumberPattern, '^(\\d+)+$');
    assert.equal(config.problems, undefined);
    const found = analyze(text, { config }).findings.filter((f) => f.code === 'journal-number');
    assert.equal(found.length, 1);
  });

  it('the compiled-pattern cache is bounded', () => {
    for (let i = 0; i < CACHE_LIMIT + 20; i++) compileUserPattern(`^x{2}${i}$`, 'k');
    assert.ok(patternCacheSize() <= CACHE_LIMIT, String(patternCacheSize()));
  });
});
