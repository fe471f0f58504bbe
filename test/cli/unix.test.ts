import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeBytes, decodeWindows1252, encodeText, importers, readInput } from '../../server/src/cli/input';
import { escapeControls } from '../../server/src/cli/escape';
import { CORPUS_2024, FIXTURES, needCorpus } from '../support/paths';
import { findingKeys, noStackTrace, referat, shell, tempDir, windows1252 } from './support';

/** Issue 12: the CLI behaves like a Unix tool. */
describe('the referat CLI as a Unix tool', function () {
  this.timeout(60_000);
  const fixture = path.join(FIXTURES, 'structure.referat.txt');

  it('`referat check examples/* | head -1` prints one line and no stack trace', () => {
    const r = shell('$REFERAT check examples/* | head -1');
    assert.equal(r.code, 0);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1, r.stdout);
    assert.equal(r.stderr, '');
  });

  it('a pipe closed early ends the run quietly with 141 (as SIGPIPE would)', () => {
    const dir = tempDir();
    const text = fs.readFileSync(path.join(FIXTURES, 'numbering.referat.md'));
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `m${String(i).padStart(2, '0')}.referat.md`), text);
    const r = shell(`set -o pipefail; $REFERAT check --jobs 2 ${dir} | head -1`);
    assert.equal(r.code, 141, r.stderr);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.ok(noStackTrace(r.stderr), r.stderr);
  });

  it('a full disk is one line on stderr and exit 2', () => {
    if (!fs.existsSync('/dev/full')) return;
    const r = shell(`$REFERAT check ${fixture} > /dev/full`);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^referat: kan ikke skrive resultatet \(ENOSPC\)\n$/u);
  });

  it('`-` reads standard input, `--` ends the options', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'numbering.referat.md'), 'utf8');
    const r = referat(['check', '-'], { input: text });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^-:\d+:\d+: error item-number-duplicate: /mu);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '--lang'), text);
    const dashed = referat(['check', '--', '--lang'], { cwd: dir });
    assert.equal(dashed.code, 1, dashed.stderr);
    assert.match(dashed.stdout, /^--lang:\d+:\d+: error item-number-duplicate/mu);
  });

  it('escapes control characters and terminal escapes from a document in text output', () => {
    const dir = tempDir();
    const file = path.join(dir, 'esc\x1b[2J.referat.md');
    // A contents entry (quoted in the orphan-entry finding) carrying an escape sequence that
    // would set the terminal's title, and a file name that would clear the screen.
    fs.writeFileSync(
      file,
      'REFERAT Udvalget\n\nIndholdsfortegnelse\n\nPunkt 1: Første.....2\nPunkt 2: \x1b]0;pwned\x07Ukendt.....3\n\n# Punkt 1: Første\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nGodkendt.\n',
    );
    const r = referat(['check', file]);
    assert.doesNotMatch(r.stdout, /\x1b|\x07/u);
    assert.match(r.stdout, /esc\\x1b\[2J\.referat\.md:/u);
    assert.match(r.stdout, /\\x1b\]0;pwned\\x07Ukendt/u);
  });

  it('reads Windows-1252 (no BOM) and UTF-16 LE/BE (BOM) text as UTF-8 gives it: same findings', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const dir = tempDir();
    const utf8 = referat(['check', fixture]);
    fs.writeFileSync(path.join(dir, 'w.referat.txt'), windows1252(text));
    fs.writeFileSync(path.join(dir, 'le.referat.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'be.referat.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    assert.ok(findingKeys(utf8.stdout).length > 0, 'the fixture has findings to compare');
    for (const [name, label] of [
      ['w.referat.txt', 'Windows-1252'],
      ['le.referat.txt', 'UTF-16 LE'],
      ['be.referat.txt', 'UTF-16 BE'],
    ] as const) {
      const r = referat(['check', path.join(dir, name)]);
      assert.deepEqual(findingKeys(r.stdout), findingKeys(utf8.stdout), name);
      assert.ok(r.stderr.includes(`læst som ${label}`), r.stderr);
      assert.doesNotMatch(r.stdout, /Ã|\uFFFD/u, 'no mojibake in quoted text');
    }
  });

  it('the 2024 minutes saved as Windows-1252 give the same findings (codes, lines) as the UTF-8 text', function () {
    needCorpus(this);
    const dir = tempDir();
    const file = path.join(dir, 'odense-2024.referat.md');
    fs.writeFileSync(file, windows1252(fs.readFileSync(CORPUS_2024, 'utf8')));
    const utf8 = findingKeys(referat(['check', CORPUS_2024]).stdout);
    // The rounding rows are one aggregated note on their table (table-rounding), the date slip one warning.
    assert.equal(utf8.filter((k) => k.endsWith(':table-rounding')).length, 1);
    assert.equal(utf8.filter((k) => k.endsWith(':date')).length, 1);
    assert.deepEqual(findingKeys(referat(['check', file]).stdout), utf8);
  });

  it('a directory, a missing file, a binary file, a FIFO, /dev/zero each get one line; the rest are checked', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'folder'));
    fs.writeFileSync(path.join(dir, 'binary.referat.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0xff]));
    execFileSync('mkfifo', [path.join(dir, 'fifo.referat.md')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.referat.md'));
    fs.copyFileSync(path.join(FIXTURES, 'numbering.referat.md'), path.join(dir, 'good.referat.md'));
    const names = ['folder', 'missing.referat.md', 'binary.referat.md', 'fifo.referat.md', 'zero.referat.md', '/dev/zero', 'good.referat.md'];
    const r = referat(['check', '--no-recursive', ...names], { cwd: dir });
    assert.equal(r.code, 2, 'I/O problems give 2');
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 6, r.stderr);
    assert.match(r.stderr, /^referat: folder: er en mappe/mu);
    assert.match(r.stderr, /^referat: missing\.referat\.md: filen findes ikke \(ENOENT\)$/mu);
    assert.match(r.stderr, /^referat: binary\.referat\.md: filen er ikke tekst/mu);
    assert.match(r.stderr, /^referat: fifo\.referat\.md: er en navngivet pipe \(FIFO\)/mu);
    assert.match(r.stderr, /^referat: zero\.referat\.md: er en enhed/mu);
    assert.match(r.stderr, /^referat: \/dev\/zero: er en enhed/mu);
    assert.match(r.stdout, /^good\.referat\.md:\d+:\d+: error item-number-duplicate/mu, 'the good file is still checked');
    assert.ok(noStackTrace(r.stderr));
  });

  it('a file above --max-size is not read', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'big.referat.md'), 'x'.repeat(300_000));
    const r = referat(['check', '--max-size', '0.1', 'big.referat.md'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /større end 0,1 MB/u);
  });

  describe('decoding', () => {
    it('tells UTF-8, UTF-16 with and without BOM, Windows-1252 and binary apart', () => {
      const s = 'Økonomi: 1.000 kr. – æøå';
      const d = (b: Uint8Array) => decodeBytes(b);
      assert.deepEqual(d(Buffer.from(s)), { ok: true, text: s, encoding: 'utf-8', bom: false });
      assert.equal((d(Buffer.from('\uFEFF' + s)) as { text: string }).text, '\uFEFF' + s);
      const latin1 = 'Økonomi: æøå';
      assert.deepEqual(d(Buffer.from(latin1, 'latin1')), { ok: true, text: latin1, encoding: 'windows-1252', bom: false });
      assert.deepEqual(d(encodeText(s, 'windows-1252')!), { ok: true, text: s, encoding: 'windows-1252', bom: false });
      assert.deepEqual(d(Buffer.from('REFERAT Økonomiudvalget\n', 'utf16le')), { ok: true, text: 'REFERAT Økonomiudvalget\n', encoding: 'utf-16le', bom: false });
      assert.equal((d(Buffer.from([0xfe, 0xff, 0, 0x41])) as { encoding: string }).encoding, 'utf-16be');
      assert.deepEqual(d(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0])), { ok: false, kind: 'binary' });
    });

    it('hands a registered importer\'s files (Word, PDF) their bounded bytes instead of decoding them', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'm.FAKE');
      fs.writeFileSync(file, Buffer.from([0, 1, 2, 3]));
      assert.deepEqual(await readInput(file), { ok: false, kind: 'binary' });
      const importer = { extensions: ['.fake'], toText: async (b: Uint8Array) => ({ ok: true as const, text: `bytes ${b.length}`, encoding: 'utf-8' as const, bom: false }) };
      importers.push(importer);
      try {
        assert.deepEqual(await readInput(file), { ok: true, text: 'bytes 4', encoding: 'utf-8', bom: false });
        assert.equal((await readInput(file, { maxBytes: 2 })).ok, false, 'the size limit holds for importers too');
      } finally {
        importers.splice(importers.indexOf(importer), 1);
      }
    });

    it('writes text back in the encoding it was read in, or refuses', () => {
      assert.deepEqual([...encodeText('æ€–', 'windows-1252')!], [0xe6, 0x80, 0x96]);
      assert.equal(decodeWindows1252(Uint8Array.of(0xe6, 0x80, 0x96, 0x93, 0x81)), 'æ€–“\u0081');
      assert.equal(encodeText('→', 'windows-1252'), undefined);
      assert.deepEqual([...encodeText('A', 'utf-16be')!], [0, 0x41]);
    });
  });

  it('escapes controls, line breaks and bidirectional overrides, keeps tabs and Danish letters', () => {
    assert.equal(escapeControls('a\x1b[31mb\tæ\r\n\u202e\u0085'), 'a\\x1b[31mb\tæ\\r\\n\\u202e\\x85');
  });
});
