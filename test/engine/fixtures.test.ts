import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { assertAnnotatedFindings, parseAnnotated } from '../support/annotated';
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
      assertAnnotatedFindings(analyze(text, { fileName: file }).findings, expected);
    });
  }
});
