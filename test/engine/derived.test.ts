import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, tablesArithmetic, textSums } from '../support/engine';
import { DocumentSlot } from '../../server/src/engine/model/derived';
import { CORPUS_2024, ROOT, readCorpus } from '../support/paths';

/**
 * Derived analyses are kept on the document they were worked out from (see model/derived.ts):
 * once per document, shared by every check, invisible in the model, and never in a WeakMap keyed
 * by the document (the scavenger keeps such values alive and promotes them: a third of the
 * engine's time went to that).
 */
describe('derived analyses, kept on the document', () => {
  it('are worked out once per document and shared by every caller', () => {
    const { doc } = analyze(readCorpus(CORPUS_2024));
    assert.equal(tablesArithmetic(doc)[0], tablesArithmetic(doc)[0]);
    assert.equal(textSums(doc), textSums(doc));
    const other = analyze(readCorpus(CORPUS_2024)).doc;
    assert.notEqual(tablesArithmetic(other)[0], tablesArithmetic(doc)[0], 'another parse has its own');
  });

  it('a slot holds one value per document, and the document still reads as the plain model', () => {
    const slot = new DocumentSlot<string>();
    const a = analyze('Punkt 1: A\n').doc;
    const b = analyze('Punkt 1: A\n').doc;
    const before = JSON.stringify(a);
    slot.set(a, 'for a');
    assert.equal(slot.get(a), 'for a');
    assert.equal(slot.get(b), undefined);
    assert.equal(new DocumentSlot<string>().get(a), undefined, 'slots do not share values');
    assert.equal(JSON.stringify(a), before);
    assert.deepEqual(Object.keys(a), Object.keys(b));
    assert.deepEqual(a, b, 'deep equality ignores the derived values');
  });

  it('works a value out once per document, also when one slot is worked out inside another', () => {
    const outer = new DocumentSlot<string>();
    const inner = new DocumentSlot<number>();
    const doc = analyze('Punkt 1: A\n').doc;
    let calls = 0;
    const compute = () => ++calls;
    assert.equal(outer.of(doc, (d) => `outer of ${inner.of(d, compute)}`), 'outer of 1');
    assert.equal(inner.of(doc, compute), 1);
    assert.equal(outer.of(doc, () => 'again'), 'outer of 1');
    assert.equal(inner.of(analyze('Punkt 1: A\n').doc, compute), 2, 'another document, worked out again');
    assert.equal(calls, 2);
    assert.deepEqual(Object.getOwnPropertySymbols({ ...doc }), [], 'a spread copies none of it');
  });

  it('no engine module keeps a WeakMap keyed by the document', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, e.name);
        if (e.isDirectory()) walk(file);
        else if (e.name.endsWith('.ts') && /WeakMap<\s*MinutesDocument\b/.test(fs.readFileSync(file, 'utf8'))) offenders.push(path.relative(ROOT, file));
      }
    };
    walk(path.join(ROOT, 'server/src/engine'));
    assert.deepEqual(offenders, [], 'use a DocumentSlot (model/derived.ts)');
  });
});
