import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AlignmentType, Document, Header, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import * as mammoth from 'mammoth';
import { runCli } from '../../server/src/cli/cli';
import { checkByCode } from '../../server/src/engine';
import { ROOT } from '../support/paths';

/** `referat export`: files written, errors listed (exit 1, written anyway), the municipality's template used. */
const TMP = path.join(ROOT, '.tmp', `export-cli-${process.pid}`);
const EXAMPLE = path.join(ROOT, 'examples/kfu-2025-03-04.referat.md');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {} });
  return { code, out, err };
}

// A 1×1 PNG: the "logo" of the test template.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('referat export (CLI)', function () {
  this.timeout(120_000);
  before(() => fs.mkdirSync(TMP, { recursive: true }));
  after(() => fs.rmSync(TMP, { recursive: true, force: true }));

  it('writes each format beside the file or to --out, and prints where', async () => {
    const src = path.join(TMP, 'kfu.referat.md');
    fs.copyFileSync(EXAMPLE, src);
    const r = await cli(['export', '--to', 'html', src]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out.trim(), path.join(TMP, 'kfu.referat.html'));
    assert.match(fs.readFileSync(path.join(TMP, 'kfu.referat.html'), 'utf8'), /<h2 id="punkt-3">Punkt 3: B-sag: Renovering af svømmehallen i Holluf Pile<\/h2>/);
    const out = path.join(TMP, 'ud.pdf');
    assert.equal((await cli(['export', '--to=pdf', '--out', out, src])).code, 0);
    assert.equal(fs.readFileSync(out).subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('lists the errors, writes the file anyway and exits 1', async () => {
    const src = path.join(TMP, 'fejl.referat.md');
    fs.writeFileSync(src, fs.readFileSync(EXAMPLE, 'utf8').replace('<b>I alt</b>\t<b>250</b>', '<b>I alt</b>\t<b>260</b>'));
    const r = await cli(['export', '--to', 'docx', src]);
    assert.equal(r.code, 1);
    assert.match(r.err, /advarsel: dokumentet har 1 fejl/);
    assert.match(r.err, /error table-sum/);
    assert.ok(fs.existsSync(path.join(TMP, 'fejl.referat.docx')));
  });

  it('does not export a document with placeholders left from snippets unless --force', async function () {
    // The placeholder check is found by its code: until it is registered there is nothing to block on.
    if (!checkByCode('placeholder')) this.skip();
    const src = path.join(TMP, 'pladsholder.referat.md');
    fs.writeFileSync(src, fs.readFileSync(EXAMPLE, 'utf8').replace('85.02.02-P35-3-25', '00.00.00-A00-1-25'));
    const out = path.join(TMP, 'pladsholder.referat.docx');
    const blocked = await cli(['export', '--to', 'docx', src]);
    assert.equal(blocked.code, 1);
    assert.match(blocked.err, /pladsholder/);
    assert.match(blocked.err, /placeholder/);
    assert.ok(!fs.existsSync(out), 'nothing written');
    const forced = await cli(['export', '--to', 'docx', '--force', src]);
    assert.equal(forced.code, 0, forced.err);
    assert.ok(fs.existsSync(out));
  });

  it('a FIFO or /dev/zero as .referat.json or as the template never makes the export wait: one clear error, exit 2', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const [name, make] of [
      ['fifo', (dir: string) => execFileSync('mkfifo', [path.join(dir, '.referat.json')])],
      ['zero', (dir: string) => fs.symlinkSync('/dev/zero', path.join(dir, '.referat.json'))],
      ['template', (dir: string) => (execFileSync('mkfifo', [path.join(dir, 'skabelon.dotx')]), fs.writeFileSync(path.join(dir, '.referat.json'), JSON.stringify({ export: { template: 'skabelon.dotx' } })))],
    ] as const) {
      const dir = path.join(TMP, `hostile-${name}`);
      fs.mkdirSync(dir, { recursive: true });
      fs.mkdirSync(path.join(dir, '.git'), { recursive: true }); // the search stops here
      make(dir);
      const src = path.join(dir, 'kfu.referat.md');
      fs.copyFileSync(EXAMPLE, src);
      // A hang is the failure: mocha's timeout ends the test.
      const r = await cli(['export', '--to', 'html', src]);
      assert.equal(r.code, 2, `${name}: ${r.err}`);
      assert.match(r.err, /kan ikke læse (konfigurationen|skabelonen)/u, name);
    }
  });

  it('refuses bad usage with exit 2', async () => {
    assert.equal((await cli(['export', EXAMPLE])).code, 2);
    assert.equal((await cli(['export', '--to', 'odt', EXAMPLE])).code, 2);
    assert.equal((await cli(['export', '--to', 'pdf', '--out', 'x.pdf', EXAMPLE, EXAMPLE])).code, 2);
    const missing = await cli(['export', '--to', 'pdf', path.join(TMP, 'findes-ikke.referat.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /ENOENT/);
  });

  it('uses the template named in .referat.json: its styles, its header and its logo', async () => {
    const dir = path.join(TMP, 'kommune');
    fs.mkdirSync(dir, { recursive: true });
    const template = new Document({
      styles: { default: { heading1: { run: { font: 'Georgia', size: 40, color: 'A31515' } } } },
      sections: [
        {
          headers: {
            default: new Header({
              children: [
                new Paragraph({
                  alignment: AlignmentType.RIGHT,
                  children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } }), new TextRun('Testby Kommune · Borgmesterkontoret')],
                }),
              ],
            }),
          },
          children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Skabelonens egen tekst')] })],
        },
      ],
    });
    fs.writeFileSync(path.join(dir, 'skabelon.dotx'), await Packer.toBuffer(template));
    fs.writeFileSync(path.join(dir, '.referat.json'), JSON.stringify({ export: { template: 'skabelon.dotx' } }));
    const src = path.join(dir, 'kfu.referat.md');
    fs.copyFileSync(EXAMPLE, src);
    const r = await cli(['export', '--to', 'docx', src]);
    assert.equal(r.code, 0, r.err);
    const files = unzipSync(fs.readFileSync(path.join(dir, 'kfu.referat.docx')));
    const styles = strFromU8(files['word/styles.xml']!);
    assert.match(styles, /Georgia/, 'the template heading font');
    assert.match(styles, /A31515/, 'the template heading colour');
    const header = Object.keys(files).find((f) => /^word\/template-header\.xml$/.test(f));
    assert.ok(header, Object.keys(files).join(', '));
    assert.match(strFromU8(files[header]!), /Testby Kommune · Borgmesterkontoret/);
    assert.ok(Object.keys(files).some((f) => /^word\/media\/template-header-.*\.png$/.test(f)), 'the logo is copied');
    assert.match(strFromU8(files['word/document.xml']!), /<w:headerReference w:type="default" r:id="rIdTemplateheader"\/>/);
    // The template's own body text is not copied: the export invents nothing.
    assert.doesNotMatch(strFromU8(files['word/document.xml']!), /Skabelonens egen tekst/);
    // And the document still reads: every item a Heading 1.
    const { value: html } = await mammoth.convertToHtml({ buffer: fs.readFileSync(path.join(dir, 'kfu.referat.docx')) });
    assert.equal((html.match(/<h1>/g) ?? []).length, 4);
  });
});
