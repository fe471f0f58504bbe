import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectedStructureLines, parseAnnotated } from '../support/annotated';
import { FIXTURES, ROOT } from '../support/paths';

/** Runs the bundled CLI exactly as `npx referat` does. */
function referat(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface OutlineItem {
  number: number;
  /** A supplementary item's letter (`12a`). */
  suffix?: string;
  title: string;
  line: number;
  sections: { id: string; heading: string; line: number }[];
}

const LAYOUTS = path.join(FIXTURES, 'layouts');

/**
 * `referat outline` says what was read: for every layout fixture (each a family of minutes written
 * by another municipality's system), the items and sections it prints are the ones the fixture's
 * annotations mark, at the same lines. The CLI reads the files as a user's would be read (without
 * the annotation lines).
 */
describe('referat outline', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-outline-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every annotated item and section of every layout fixture, at its line (JSON)', () => {
    const names = fs.readdirSync(LAYOUTS).filter((f) => /\.(md|txt)$/.test(f));
    const files: string[] = [];
    const expected = new Map<string, string[]>();
    for (const name of names) {
      const annotated = parseAnnotated(fs.readFileSync(path.join(LAYOUTS, name), 'utf8'));
      if (annotated.structure.items.length === 0) continue;
      const file = path.join(dir, name);
      fs.writeFileSync(file, annotated.text);
      files.push(file);
      expected.set(file, expectedStructureLines(annotated.structure));
    }
    assert.ok(files.length >= 10, `layout fixtures with structure annotations: ${files.length}`);
    const r = referat('outline', '--format', 'json', ...files);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { file: string; layout: { profile: string }; items: OutlineItem[]; outline: unknown[] }[];
    assert.equal(json.length, files.length);
    for (const entry of json) {
      const got: string[] = [];
      for (const item of entry.items) {
        got.push(`L${item.line} item ${item.number}${item.suffix ?? ''}`);
        for (const s of item.sections) got.push(`L${s.line}   section ${s.id}`);
      }
      assert.deepEqual(got, expected.get(entry.file), path.basename(entry.file));
      assert.ok(entry.outline.length > 0, `${path.basename(entry.file)}: an outline`);
      assert.ok(entry.layout.profile, `${path.basename(entry.file)}: a layout`);
    }
  });

  it('prints the tree as text: layout, items with their sections and lines, in Danish or English', () => {
    const source = fs.readFileSync(path.join(ROOT, 'examples/kfu-2025-03-04.referat.md'), 'utf8');
    const file = path.join(dir, 'kfu.referat.md');
    fs.writeFileSync(file, source);
    const da = referat('outline', file);
    assert.equal(da.code, 0, da.stderr);
    const lines = da.stdout.split('\n');
    assert.match(lines[0]!, /kfu\.referat\.md: Opsætning: odense/);
    const first = lines.findIndex((l) => /^\s+Punkt 1: Godkendelse af dagsorden/.test(l));
    assert.ok(first > 0, da.stdout);
    const itemLine = source.split('\n').findIndex((l) => l.includes('Punkt 1: Godkendelse af dagsorden')) + 1;
    assert.match(lines[first]!, new RegExp(`\\(linje ${itemLine}\\)$`));
    // A section is indented under its item.
    const indent = (l: string) => l.length - l.trimStart().length;
    assert.ok(indent(lines[first + 1]!) > indent(lines[first]!), lines[first + 1]);
    const en = referat('outline', '--lang', 'en', file);
    assert.match(en.stdout, /Item 1: Godkendelse af dagsorden .*\(line \d+\)/);
  });

  it('says so when a file has no items, and exits 2 for a file it cannot read', () => {
    const prose = path.join(dir, 'prose.txt');
    fs.writeFileSync(prose, 'Kære alle\n\nHer er et brev uden punkter.\n');
    const r = referat('outline', prose);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ingen punkter fundet/);
    const missing = referat('outline', path.join(dir, 'findes-ikke.referat.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /findes-ikke/);
  });
});
