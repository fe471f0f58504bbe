import * as assert from 'node:assert/strict';
import { mayFollowDay } from '../../server/src/engine/analysis/dates';
import { DANISH_MONTHS } from '../../server/src/engine/parse/header';

/**
 * The date scan runs its expression only where the code unit after a day's full stop may begin
 * `\s*(month)` (analysis/dates.ts, `mayFollowDay`): it must never pass by a place where the
 * expression would match, for any code unit.
 */
describe('date scan: the test before the date expression', () => {
  it('lets through every code unit that white space (\\s) or a month name (any case, /iu) may begin with', () => {
    const missed: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const unit = String.fromCharCode(c);
      const space = /\s/u.test(unit);
      const month = DANISH_MONTHS.some((m) => new RegExp(`^(?:${m})$`, 'iu').test(unit + m.slice(1)));
      if ((space || month) && !mayFollowDay(c)) missed.push(`U+${c.toString(16)}`);
    }
    assert.deepEqual(missed, []);
  });

  it('rules out what follows the full stops of amounts and sentences', () => {
    for (const unit of ['4', '0', ',', '-', ')', 'b', 'K', 'x', 'æ']) assert.equal(mayFollowDay(unit.charCodeAt(0)), false, unit);
    for (const unit of [' ', 'a', 'J', 'd', '\u017f', '\u00a0']) assert.equal(mayFollowDay(unit.charCodeAt(0)), true, unit);
  });
});
