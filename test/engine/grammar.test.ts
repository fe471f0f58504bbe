import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_2020, CORPUS_2024, ROOT, readCorpus } from '../support/paths';

/**
 * The TextMate grammar's rules, compiled as JavaScript regular expressions (the grammar keeps to
 * the syntax both engines share, `(?i)` aside) and tried on lines of the real minutes.
 */
type Rule = { match?: string; begin?: string; patterns?: Rule[]; include?: string };
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/referat.tmLanguage.json'), 'utf8')) as { repository: Record<string, Rule>; patterns: Rule[] };
const inline = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes/referat.inline.tmLanguage.json'), 'utf8')) as { patterns: Rule[]; injectionSelector: string };

function compile(source: string): RegExp {
  const ci = source.startsWith('(?i)');
  return new RegExp(ci ? source.slice(4) : source, ci ? 'iu' : 'u');
}
const rule = (name: string) => compile(grammar.repository[name]!.match!);

describe('the TextMate grammar', () => {
  it('every rule compiles and every include points at a rule that exists', () => {
    for (const [name, r] of Object.entries(grammar.repository)) if (r.match) assert.doesNotThrow(() => compile(r.match!), name);
    const includes = [...grammar.patterns, ...inline.patterns].map((p) => p.include!).filter((i) => i.includes('#'));
    for (const inc of includes) assert.ok(grammar.repository[inc.split('#')[1]!], inc);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const scopes = pkg.contributes.grammars.map((g: { scopeName: string }) => g.scopeName);
    assert.deepEqual(scopes, ['text.referat', 'text.referat.inline']);
  });

  it('recognises item and section headings in both real minutes, Markdown or plain', () => {
    for (const file of [CORPUS_2020, CORPUS_2024]) {
      const lines = readCorpus(file).split('\n');
      const items = lines.filter((l) => rule('item-heading').test(l));
      assert.equal(items.length, 12, file);
      const sections = lines.filter((l) => rule('section-heading').test(l));
      assert.ok(sections.length >= 30, `${file}: ${sections.length}`);
      assert.ok(lines.filter((l) => rule('journal-number').test(l)).length >= 12);
    }
    assert.equal(rule('item-heading').exec('# **Punkt 4: B-sag: Afrapportering**')?.[2], 'B-sag');
    assert.ok(rule('section-heading').test('INDSTILLING'));
    assert.ok(rule('section-heading').test('### **Resume**'));
    assert.ok(!rule('section-heading').test('## Beslutning om udmøntning af midler'));
  });

  it('marks vote lines with their party letters, absence lines, amounts with units and total rows', () => {
    const vote = rule('vote-line').exec('Udvalgsmedlem Reza Javid (Ø) stemmer imod indstillingen.');
    assert.equal(vote?.[2], 'stemmer imod');
    assert.equal(rule('party').exec(vote![1]!)?.[1], 'Ø');
    assert.ok(rule('absence-line').test('Udvalgsmedlem Reza Javid deltog ikke i behandlingen af dette punkt.'));
    const amounts = [...'et mindreforbrug på 86,9 mio. kr., heraf 1.500 kr. og 3,8 %'.matchAll(new RegExp(rule('amount').source, 'gu'))].map((m) => m[0]);
    assert.deepEqual(amounts, ['86,9 mio. kr.', '1.500 kr.', '3,8 %']);
    assert.ok(rule('total-row').test('<b>I alt</b>\t1.234\t-56'));
    assert.ok(rule('total-row').test('I alt\t0\t0'));
    assert.ok(!rule('total-row').test('I alt har udvalget brugt mere.'));
    assert.ok(rule('standard-decision').test('Orientering givet.'));
    assert.ok(rule('standard-decision').test('Beskæftigelses- og Socialudvalget anbefaler indstillingen.'));
    assert.ok(rule('ignore-comment').test('<!-- referat-ignore missing-section -->'));
  });
});
