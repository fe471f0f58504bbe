import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { HtmlValidate } from 'html-validate';
import * as mammoth from 'mammoth';
import { analyze, MinutesDocument } from '../../server/src/engine';
import { exportMinutes, preflight } from '../../server/src/export';
import { walkDocument, type ExportTable } from '../../server/src/export/walk';
import { parseAnnotated } from '../support/annotated';
import { CORPUS_2020, CORPUS_2024, FIXTURES, ROOT, needCorpus, needTool } from '../support/paths';
import { officeHtmlToText, sofficeAvailable, sofficeConvert } from '../support/office';

/**
 * The export read back by tools nobody here wrote: mammoth (a .docx reader), LibreOffice
 * (headless, text and HTML), unpdf (PDF.js) and html-validate. Every fixture document, the
 * examples and both real minutes (when ../shared/corpus is there).
 */
interface Source {
  readonly name: string;
  readonly text: string;
}

function sources(): Source[] {
  const out: Source[] = [];
  const walk = (dir: string): void => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name);
      if (f.isDirectory()) walk(p);
      else if (/\.(referat|dagsorden)\.(md|txt)$/.test(f.name)) out.push({ name: path.relative(ROOT, p), text: parseAnnotated(fs.readFileSync(p, 'utf8')).text });
    }
  };
  walk(FIXTURES);
  for (const f of fs.readdirSync(path.join(ROOT, 'examples'))) out.push({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') });
  for (const f of [CORPUS_2020, CORPUS_2024]) if (fs.existsSync(f)) out.push({ name: path.basename(f), text: fs.readFileSync(f, 'utf8') });
  return out;
}

const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');
/** Each needle is found in `hay` after the previous one: present and in order. */
function assertInOrder(hay: string, needles: readonly string[], what: string): void {
  let at = 0;
  for (const n of needles) {
    const k = hay.indexOf(n, at);
    assert.ok(k >= 0, `${what}: «${n}» missing or out of order (after offset ${at})`);
    at = k + n.length;
  }
}

/** What the model says must be in the output. */
function expected(doc: MinutesDocument) {
  const w = walkDocument(doc);
  const headings = w.blocks.filter((b) => b.kind === 'heading') as { level: number; text: string }[];
  const tables = w.blocks.filter((b): b is ExportTable => b.kind === 'table');
  return {
    items: headings.filter((h) => h.level === 1).map((h) => h.text),
    itemCount: doc.items.length,
    h1: headings.filter((h) => h.level === 1).map((h) => h.text),
    h2: headings.filter((h) => h.level === 2).map((h) => h.text),
    cells: tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text).filter((c) => c.trim()))),
    amounts: tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.numeric).map((c) => c.text))),
    tableCells: tables.map((t) => t.rows.reduce((n, r) => n + r.cells.length, 0)),
  };
}

const OUT = path.join(ROOT, '.tmp', `export-test-${process.pid}`);

describe('export read back by independent tools', function () {
  this.timeout(600_000);
  const all = sources();
  const written: { source: Source; docx: string; pdf: Uint8Array; html: string }[] = [];

  before(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    for (const [i, source] of all.entries()) {
      const opts = { fileName: path.basename(source.name) };
      const docx = path.join(OUT, `${i}-${path.basename(source.name).replace(/\.(md|txt)$/, '')}.docx`);
      fs.writeFileSync(docx, (await exportMinutes(source.text, 'docx', opts)).bytes);
      const pdf = (await exportMinutes(source.text, 'pdf', opts)).bytes;
      const html = new TextDecoder().decode((await exportMinutes(source.text, 'html', opts)).bytes);
      written.push({ source, docx, pdf, html });
    }
  });
  after(() => fs.rmSync(OUT, { recursive: true, force: true }));

  it('covers the fixtures, the examples and (when present) both real minutes', () => {
    assert.ok(all.length >= 15, `only ${all.length} documents`);
    if (!fs.existsSync(CORPUS_2024)) console.log(`    (real minutes not found at ${CORPUS_2024}: exported the fixtures and examples only)`);
  });

  it('.docx (mammoth): every item is Heading 1, every section Heading 2, every table cell, in order', async () => {
    for (const w of written) {
      const exp = expected(analyze(w.source.text).doc);
      const { value: html } = await mammoth.convertToHtml({ path: w.docx });
      const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
      const dec = (s: string): string => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
      assert.deepEqual(h1.map(dec), exp.h1, `${w.source.name}: Heading 1 paragraphs`);
      assert.equal(exp.h1.length, exp.itemCount, `${w.source.name}: one Heading 1 per item`);
      assert.deepEqual(h2.map(dec), exp.h2, `${w.source.name}: Heading 2 paragraphs`);
      const { value: raw } = await mammoth.extractRawText({ path: w.docx });
      assertInOrder(squash(raw), exp.cells.map(squash), `${w.source.name} (docx cells)`);
      // The Word styles themselves, not just how mammoth maps them.
      const xml = strFromU8(unzipSync(fs.readFileSync(w.docx))['word/document.xml']!);
      assert.equal((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length, exp.h1.length, `${w.source.name}: Heading1 style count`);
      assert.equal((xml.match(/<w:tbl>/g) ?? []).length, exp.tableCells.length, `${w.source.name}: Word tables`);
    }
  });

  it('.docx (LibreOffice → text): every item title, section heading, table cell and amount, in order', function () {
    needTool(this, sofficeAvailable(), 'LibreOffice (soffice)');
    const txts = sofficeConvert(written.map((w) => w.docx), 'txt:Text (encoded):UTF8', path.join(OUT, 'txt'));
    written.forEach((w, i) => {
      const exp = expected(analyze(w.source.text).doc);
      const text = squash(fs.readFileSync(txts[i]!, 'utf8'));
      assertInOrder(text, exp.items.map(squash), `${w.source.name} (LibreOffice items)`);
      assertInOrder(text, exp.h2.map(squash), `${w.source.name} (LibreOffice sections)`);
      assertInOrder(text, exp.cells.map(squash), `${w.source.name} (LibreOffice cells)`);
      assertInOrder(text, exp.amounts.map(squash), `${w.source.name} (LibreOffice amounts)`);
    });
  });

  it('.pdf (unpdf): every item title and every amount of every table; DejaVu embedded', async () => {
    const { extractText, getDocumentProxy } = await import('unpdf');
    for (const w of written) {
      const exp = expected(analyze(w.source.text).doc);
      const pdf = await getDocumentProxy(new Uint8Array(w.pdf));
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = squash(text as string);
      for (const t of exp.items) assert.ok(flat.includes(squash(t)), `${w.source.name}: PDF lacks «${t}»`);
      assertInOrder(flat, exp.amounts.map(squash), `${w.source.name} (PDF amounts)`);
      assert.match(Buffer.from(w.pdf).toString('latin1'), /DejaVuSans/, 'the font is embedded');
      // A bookmark per item, with its sections under it.
      const outline = ((await pdf.getOutline()) ?? []) as { title: string; items: { title: string }[] }[];
      assert.deepEqual(outline.map((o) => o.title), exp.h1, `${w.source.name}: PDF bookmarks`);
      assert.deepEqual(outline.flatMap((o) => o.items.map((i) => i.title)), exp.h2, `${w.source.name}: PDF section bookmarks`);
    }
  });

  it('.html: valid, lang="da", and every table has as many cells as the source table', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': 'off' } });
    for (const w of written) {
      const report = await validator.validateString(w.html);
      const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
      assert.deepEqual(problems, [], `${w.source.name}: HTML not valid`);
      assert.match(w.html, /<html lang="da">/);
      const doc = analyze(w.source.text).doc;
      const source = doc.tables.map((t) => t.rows.filter((r) => !r.separator));
      const tables = w.html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      const exp = expected(doc);
      assert.equal(tables.length, exp.tableCells.length, `${w.source.name}: tables`);
      tables.forEach((t, k) => {
        const cells = (t.match(/<t[dh][ >]/g) ?? []).length;
        assert.equal(cells, exp.tableCells[k], `${w.source.name}: table ${k + 1} cells`);
        // Every filled source cell's text is in the page.
        for (const r of source[k] ?? []) for (const c of r.cells) if (c.text && !/[<*]/.test(c.text)) assert.ok(squash(t.replace(/&amp;/g, '&')).includes(squash(c.text)), `${w.source.name}: cell «${c.text}»`);
      });
    }
  });

  it('no markup leaks: comments, `**`, `#` and tags stay out of every format', async () => {
    const text = [
      '# **REFERAT Økonomiudvalget 2022-2025 d. 03-06-2025**',
      '',
      '# **Punkt 1: Godkendelse af dagsorden**',
      '',
      '## **Beslutning**',
      '',
      '<!-- referat-ignore table-sum -->',
      'Godkendt med **fed** tekst og <b>mere fed</b>, æøå ÆØÅ − → ↗.',
      '<!-- en kommentar',
      'over flere linjer -->',
      '',
      'Mio. kr.\t2025',
      'Drift\t1,5',
      '<b>I alt</b>\t<b>1,5</b>',
    ].join('\n');
    const html = new TextDecoder().decode((await exportMinutes(text, 'html')).bytes);
    const body = html.slice(html.indexOf('<main>'));
    assert.ok(!body.includes('referat-ignore') && !body.includes('kommentar') && !body.includes('**') && !body.includes('&lt;b&gt;') && !/#\s/.test(body));
    assert.ok(body.includes('æøå ÆØÅ − → ↗'));
    const { value: raw } = await mammoth.extractRawText({ buffer: Buffer.from((await exportMinutes(text, 'docx')).bytes) });
    assert.ok(!raw.includes('referat-ignore') && !raw.includes('**') && !raw.includes('<b>') && !raw.includes('#'), raw);
    assert.ok(raw.includes('Godkendt med fed tekst og mere fed, æøå ÆØÅ − → ↗.'), raw);
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdfText = (await extractText(await getDocumentProxy((await exportMinutes(text, 'pdf')).bytes), { mergePages: true })).text as string;
    assert.ok(pdfText.includes('æøå ÆØÅ − → ↗'), pdfText);
    assert.ok(!pdfText.includes('referat-ignore') && !pdfText.includes('**') && !pdfText.includes('<b>'), pdfText);
  });

  it('the 2024 real minutes: .docx → LibreOffice → text → check gives the same table findings', function () {
    needCorpus(this);
    needTool(this, sofficeAvailable(), 'LibreOffice (soffice)');
    const w = written.find((x) => x.source.name === path.basename(CORPUS_2024))!;
    const [htmlFile] = sofficeConvert([w.docx], 'html:HTML (StarWriter):UTF8', path.join(OUT, 'html'));
    const back = officeHtmlToText(fs.readFileSync(htmlFile!, 'utf8'));
    // Findings and the rows they name (one finding per row, or one per table listing its rows
    // as related locations: the comparison holds either way), by the rows' text.
    const rowText = (a: ReturnType<typeof analyze>, line: number): string => a.doc.lines[line]!.text.replace(/<\/?b>/g, '').replace(/\s+/g, ' ').trim();
    const tableFindings = (text: string): { findings: string[]; rows: Set<string> } => {
      const a = analyze(text);
      const found = a.findings.filter((f) => f.code.startsWith('table-'));
      const rows = new Set(found.filter((f) => f.code === 'table-rounding').flatMap((f) => [f.range.start.line, ...(f.related ?? []).map((r) => r.range.start.line)]).map((l) => rowText(a, l)));
      return { findings: found.map((f) => `${f.severity} ${f.code} ${rowText(a, f.range.start.line)}`), rows };
    };
    const before = tableFindings(w.source.text);
    const after = tableFindings(back);
    assert.ok(before.findings.length >= 1, 'the source has table findings');
    assert.ok(before.rows.size >= 9, `the source's rounding notes name ${before.rows.size} rows`);
    assert.deepEqual([...after.rows].sort(), [...before.rows].sort());
    assert.deepEqual(after, before);
  });

  it('preflight: errors listed, placeholders (by code) counted apart', () => {
    const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const p = preflight([
      { code: 'table-sum', severity: 'error', range: r, message: 'x' },
      { code: 'placeholder', severity: 'warning', range: r, message: 'y' },
      { code: 'date', severity: 'warning', range: r, message: 'z' },
    ]);
    assert.deepEqual(p.errors.map((f) => f.code), ['table-sum']);
    assert.deepEqual(p.placeholders.map((f) => f.code), ['placeholder']);
  });
});
