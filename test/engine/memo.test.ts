import * as assert from 'node:assert/strict';
import { Memo } from '../../server/src/engine/analysis/memo';

describe('memo: a result kept on the object it was worked out for', () => {
  it('works a value out once per object', () => {
    const memo = new Memo<object, number>();
    let calls = 0;
    const compute = () => ++calls;
    const a = {};
    const b = {};
    assert.equal(memo.of(a, compute), 1);
    assert.equal(memo.of(a, compute), 1);
    assert.equal(memo.of(b, compute), 2);
    assert.equal(calls, 2);
  });

  it('keeps memos apart, also when one is worked out inside another', () => {
    const outer = new Memo<object, string>();
    const inner = new Memo<object, string>();
    const owner = {};
    assert.equal(
      outer.of(owner, (o) => `outer of ${inner.of(o, () => 'inner')}`),
      'outer of inner',
    );
    assert.equal(inner.of(owner, () => 'again'), 'inner');
    assert.equal(outer.of(owner, () => 'again'), 'outer of inner');
  });

  it('leaves no trace in what the object serialises or spreads to', () => {
    const memo = new Memo<object, number[]>();
    const owner = { a: 1 };
    memo.of(owner, () => [1, 2, 3]);
    assert.equal(JSON.stringify(owner), '{"a":1}');
    assert.deepEqual(Object.keys({ ...owner }), ['a']);
    assert.deepEqual(Object.getOwnPropertySymbols({ ...owner }), []);
  });

  it('works on a frozen object too', () => {
    const memo = new Memo<object, number>();
    const owner = Object.freeze({});
    let calls = 0;
    assert.equal(memo.of(owner, () => ++calls), 1);
    assert.equal(memo.of(owner, () => ++calls), 1);
  });
});
