import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS_2020, CORPUS_2024, FIXTURES, ROOT, readCorpus, describeCorpus } from '../support/paths';

/** Runs the bundled CLI exactly as `npx referat` does. */
function referat(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/referat.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describeCorpus('the referat CLI', () => {
  before(() => {
    readCorpus(CORPUS_2020);
    readCorpus(CORPUS_2024);
  });

  it('prints compiler-style lines and exits 0 when there are only warnings', () => {
    const r = referat('check', CORPUS_2020);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    const warnings = lines.filter((l) => / warning missing-section: /.test(l));
    assert.equal(warnings.length, 5);
    assert.match(warnings[0]!, /^.*odense-bsu-2020-11-10\.referat\.txt:746:1: warning missing-section: Punkt 8 mangler afsnittet «Beslutning»\.$/);
  });

  it('prints JSON: one object per file, 1-based positions', () => {
    const r = referat('check', '--format', 'json', CORPUS_2020, CORPUS_2024);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.length, 2);
    assert.deepEqual(Object.keys(json[0]).sort(), ['diagnostics', 'file', 'layout']);
    const d = json[0].diagnostics.find((x: { code: string }) => x.code === 'missing-section');
    assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
    assert.equal(d.line, 746);
    assert.equal(d.column, 1);
    assert.equal(d.endLine, 746);
    assert.equal(d.endColumn, 1 + 'Punkt 8: Status på Center for Familier og Unge (CFU)'.length);
  });

  it('exits 1 when a file has errors', () => {
    const r = referat('check', path.join(FIXTURES, 'numbering.referat.md'));
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error item-number-duplicate/);
  });

  it('exits 2 on usage and I/O errors', () => {
    assert.equal(referat('check').code, 2);
    assert.equal(referat('check', '--format', 'xml', CORPUS_2020).code, 2);
    assert.equal(referat('frobnicate').code, 2);
    const missing = referat('check', path.join(os.tmpdir(), 'findes-ikke.referat.md'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /ENOENT/);
  });

  it('speaks English with --lang en', () => {
    const r = referat('check', '--lang', 'en', CORPUS_2020);
    assert.match(r.stdout, /Item 8 has no "Beslutning" section\./);
  });

  it('reads a municipality configuration with --config', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'referat-cli-'));
    const cfg = path.join(dir, 'cfg.json');
    fs.writeFileSync(cfg, JSON.stringify({ checks: { 'missing-section': 'error' } }));
    const r = referat('check', '--config', cfg, CORPUS_2020);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error missing-section/);
  });

  it('lists the checks of the registry', () => {
    const r = referat('checks');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^missing-section\twarning\t/m);
  });
});
