import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';

/**
 * Every fixture document is checked and must produce exactly the findings its `%%` annotations
 * mark: no fewer, no more.
 */
describe('annotated fixture documents', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => /\.(referat|dagsorden)\.(md|txt)$/.test(f));
  it('has fixtures to run', () => assert.ok(files.length >= 8, `only ${files.length} fixtures`));
  for (const file of files) {
    it(file, () => {
      const { text, expected } = parseAnnotated(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
      const { findings } = analyze(text, { fileName: file });
      const actual = findings.map((f) => `${f.range.start.line + 1} ${f.severity} ${f.code}`).sort();
      const wanted = expected.map((e) => `${e.line + 1} ${e.severity} ${e.code}`).sort();
      assert.deepEqual(actual, wanted, findings.map((f) => `${f.range.start.line + 1}: ${f.code}: ${f.message}`).join('\n'));
      for (const e of expected) {
        if (!e.contains) continue;
        const f = findings.find((x) => x.range.start.line === e.line && x.code === e.code);
        assert.ok(f?.message.includes(e.contains), `line ${e.line + 1}: message ${JSON.stringify(f?.message)} lacks ${JSON.stringify(e.contains)}`);
      }
    });
  }
});
