import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AlignmentType, Document, Header, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../../server/src/engine';
import { importMinutes, withPlaces } from '../../server/src/import';
import { checkImportedFile } from '../../server/src/import/check';
import { DOCX_LAYOUTS, DocxLayout, Defects, buildDocx, expectedOf } from '../support/docxLayouts';
import { sofficeAvailable, sofficeConvert } from '../support/office';
import { ROOT, needTool } from '../support/paths';

/**
 * Word minutes whose structure is in Word's markup, not in the text (issue 13): every layout of
 * test/support/docxLayouts.ts is built as a .docx, read as `referat check x.docx` reads it, and
 * must give every item (by the number Word shows) with every section, no warning or error, and
 * the two defects injected (a table total changed, a decision left out) found.
 * `node scripts/measure-docx-layouts.mjs` prints the same measurement.
 */

async function check(layout: DocxLayout, defects: Defects = {}) {
  const imported = await importMinutes(await buildDocx(layout, defects), 'docx');
  const result = analyze(imported.text, { fileName: `${layout.name}.docx` });
  return { text: imported.text, doc: result.doc, findings: withPlaces(result.findings, imported, 'da') };
}

const loud = <F extends { severity: string; code: string }>(findings: readonly F[]): F[] => findings.filter((f) => f.severity === 'warning' || f.severity === 'error');
const outline = (doc: { items: readonly { number: { value: number }; sections: readonly { id: string }[] }[] }) =>
  doc.items.map((i) => ({ number: i.number.value, sections: i.sections.map((s) => s.id) }));

describe('Word layouts: numbering, styles, tables and contents from the markup', function () {
  this.timeout(60_000);

  for (const layout of DOCX_LAYOUTS) {
    describe(`${layout.name}: ${layout.what}`, () => {
      it('every item and section is read, and nothing is raised', async () => {
        const { doc, findings, text } = await check(layout);
        assert.deepEqual(outline(doc), expectedOf(layout).items, text);
        assert.deepEqual(
          loud(findings).map((f) => `${f.code}: ${f.message}`),
          [],
        );
      });

      it('a table total changed is found, and nothing else', async () => {
        const { findings } = await check(layout, { wrongTotal: true });
        assert.deepEqual(
          loud(findings).map((f) => f.code),
          ['table-sum'],
        );
      });

      it('a net total changed in the table with remarks right of the amounts is found, and nothing else', async () => {
        const { findings } = await check(layout, { wrongNet: true });
        assert.deepEqual(
          loud(findings).map((f) => f.code),
          ['table-sum'],
        );
      });

      it('a decision left out is found on its item, and nothing else', async () => {
        const third = (layout.start ?? 1) + 2;
        const { doc, findings } = await check(layout, { dropDecision: third });
        assert.deepEqual(outline(doc), expectedOf(layout, { dropDecision: third }).items);
        const raised = loud(findings);
        assert.deepEqual(
          raised.map((f) => f.code),
          ['missing-section'],
        );
        // The message names the item by the number Word shows, and the place in the Word file.
        assert.match(raised[0]!.message, new RegExp(`${third}.*Beslutning.*\\(Word: .*«.*Renovering af Byparken»\\)`));
      });
    });
  }

  it('reads a layout through the file, as `referat check x.docx` does', async () => {
    const layout = DOCX_LAYOUTS.find((l) => l.name === 'running-numbers-toc')!;
    const dir = path.join(ROOT, '.tmp', `docx-layouts-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'referat.docx');
    fs.writeFileSync(file, await buildDocx(layout, { wrongTotal: true }));
    try {
      const findings = await checkImportedFile(file, {});
      assert.deepEqual(
        loud(findings).map((f) => f.code),
        ['table-sum'],
      );
      assert.match(loud(findings)[0]!.message, /\(Word: tabel \d+, række \d+/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a heading numbered by its style reads as Word shows it; the TOC entries keep number and title together', async () => {
    const { text, doc } = await check(DOCX_LAYOUTS.find((l) => l.name === 'running-numbers-toc')!);
    assert.match(text, /^# 185\. Godkendelse af dagsorden$/m);
    assert.match(text, /^# 188\. Meddelelser$/m);
    assert.match(text, /^185\. Godkendelse af dagsorden\t2$/m);
    assert.deepEqual(
      doc.contents?.entries.map((e) => e.number),
      [185, 186, 187, 188],
    );
    // The page header (committee and date) is not the minutes' text.
    assert.doesNotMatch(text, /Referat – 19\. november/);
  });

  it('list numbering with a level text: `Punkt %1:` on the heading, and numbered points in another list start at 1', async () => {
    const { text } = await check(DOCX_LAYOUTS.find((l) => l.name === 'heading-punkt-label')!);
    assert.match(text, /^# Punkt 3: Renovering af Byparken$/m);
    assert.match(text, /^1\. at der gives en anlægsbevilling/m);
    assert.match(text, /^3\. Plantning af 40 nye træer\.$/m);
  });

  it('levels, formats and restarts: `%1.%2`, letters, roman numerals, isLgl, a list restarted by startOverride', async () => {
    const levels = [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
      { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT },
      { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
      { level: 3, format: LevelFormat.LOWER_LETTER, text: '%1.%2.%4', alignment: AlignmentType.LEFT, isLegalNumberingStyle: true },
    ];
    const doc = new Document({
      numbering: { config: [{ reference: 'outline', levels }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Første del', numbering: { reference: 'outline', level: 0, instance: 1 } }),
            new Paragraph({ text: 'Afsnit', numbering: { reference: 'outline', level: 1, instance: 1 } }),
            new Paragraph({ text: 'Punkt', numbering: { reference: 'outline', level: 2, instance: 1 } }),
            new Paragraph({ text: 'Punkt', numbering: { reference: 'outline', level: 2, instance: 1 } }),
            new Paragraph({ text: 'Afsnit', numbering: { reference: 'outline', level: 1, instance: 1 } }),
            new Paragraph({ text: 'Punkt', numbering: { reference: 'outline', level: 2, instance: 1 } }),
            new Paragraph({ text: 'Lovnummer', numbering: { reference: 'outline', level: 3, instance: 1 } }),
            new Paragraph({ text: 'Anden del', numbering: { reference: 'outline', level: 0, instance: 1 } }),
            new Paragraph({ text: 'Afsnit', numbering: { reference: 'outline', level: 1, instance: 1 } }),
            new Paragraph({ text: 'Ny liste', numbering: { reference: 'outline', level: 0, instance: 2 } }),
          ],
        },
      ],
    });
    const { text } = await importMinutes(await Packer.toBuffer(doc), 'docx');
    assert.deepEqual(text.trim().split('\n'), ['I. Første del', 'I.1 Afsnit', 'a) Punkt', 'b) Punkt', 'I.2 Afsnit', 'a) Punkt', '1.2.1 Lovnummer', 'II. Anden del', 'II.1 Afsnit', 'I. Ny liste']);
  });

  it('what Word does not show is not read: a text box once (not its fallback copy), deleted, moved-away and hidden text', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p><w:p><w:r><w:t>Mødedato: 19. november 2025</w:t></w:r></w:p></w:txbxContent>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>
      <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('Udvalg: Teknik- og Miljøudvalget')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('Udvalg: Teknik- og Miljøudvalget')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Referat</w:t></w:r></w:p>
      <w:p><w:r><w:t xml:space="preserve">Indstillingen blev </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>ikke </w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>godkendt</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="A"><w:r><w:t> i sin helhed</w:t></w:r></w:moveFrom><w:r><w:rPr><w:vanish/></w:rPr><w:t> (skjult note)</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>
    </w:body></w:document>`;
    const { text } = await importMinutes(zipSync({ 'word/document.xml': strToU8(xml) }), 'docx');
    assert.deepEqual(text.trim().split('\n').filter(Boolean), ['Udvalg: Teknik- og Miljøudvalget', 'Mødedato: 19. november 2025', 'Referat', 'Indstillingen blev godkendt.']);
  });

  it('a contents entry with a positional tab before its page (`w:ptab`) keeps the page apart', async () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const entry = (n: string, t: string, page: string) =>
      `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>${n}</w:t></w:r><w:r><w:tab/><w:t>${t}</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="dot"/><w:t>${page}</w:t></w:r></w:p>`;
    const xml = `<w:document ${W}><w:body>${entry('1.', 'Godkendelse af dagsorden', '2')}${entry('2.', 'Vejplan 2026', '3')}</w:body></w:document>`;
    const { text } = await importMinutes(zipSync({ 'word/document.xml': strToU8(xml) }), 'docx');
    assert.deepEqual(text.trim().split('\n'), ['1. Godkendelse af dagsorden\t2', '2. Vejplan 2026\t3']);
  });

  it('each layout saved again by LibreOffice (its own numbering.xml and styles.xml) reads the same', async function () {
    this.timeout(300_000);
    needTool(this, sofficeAvailable(), 'LibreOffice (soffice)');
    const dir = path.join(ROOT, '.tmp', `docx-layouts-lo-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    try {
      const files = await Promise.all(
        DOCX_LAYOUTS.map(async (l) => {
          const f = path.join(dir, `${l.name}.docx`);
          fs.writeFileSync(f, await buildDocx(l));
          return f;
        }),
      );
      const again = sofficeConvert(files, 'docx:MS Word 2007 XML', path.join(dir, 'lo'));
      for (const [k, layout] of DOCX_LAYOUTS.entries()) {
        const imported = await importMinutes(fs.readFileSync(again[k]!), 'docx');
        const result = analyze(imported.text);
        assert.deepEqual(outline(result.doc), expectedOf(layout).items, `${layout.name}\n${imported.text}`);
        assert.deepEqual(
          loud(result.findings).map((f) => f.code),
          [],
          layout.name,
        );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a list made from a list style (`numStyleLink`) numbers with the style’s list: `Punkt 1:` on each heading', async () => {
    const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const numbering = `<w:numbering ${NS}>
      <w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="Punktliste"/></w:abstractNum>
      <w:abstractNum w:abstractNumId="5"><w:styleLink w:val="Punktliste"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Punkt %1:"/><w:suff w:val="space"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num></w:numbering>`;
    const styles = `<w:styles ${NS}>
      <w:style w:type="numbering" w:styleId="Punktliste"><w:name w:val="Punktliste"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;
    const heading = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Overskrift1"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const document = `<w:document ${NS}><w:body>${heading('Godkendelse af dagsorden')}<w:p><w:r><w:t>Tekst.</w:t></w:r></w:p>${heading('Meddelelser')}</w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(document), 'word/styles.xml': strToU8(styles), 'word/numbering.xml': strToU8(numbering) });
    const { text } = await importMinutes(bytes, 'docx');
    assert.deepEqual(text.trim().split('\n').filter(Boolean), ['# Punkt 1: Godkendelse af dagsorden', 'Tekst.', '# Punkt 2: Meddelelser']);
  });

  describe('the page header as the meeting\'s header (session 20)', () => {
    const docWith = async (header: string[], body: Paragraph[]) =>
      (await importMinutes(await Packer.toBuffer(new Document({ sections: [{ headers: { default: new Header({ children: header.map((t) => new Paragraph(t)) }) }, children: body }] })), 'docx')).text;
    const items = [new Paragraph({ children: [new TextRun({ text: '1. Vejplan 2026', bold: true })] }), new Paragraph('Sagsnr.: 25/1001'), new Paragraph({ children: [new TextRun({ text: 'Beslutning', bold: true })] }), new Paragraph('Godkendt.')];

    it('a meeting date only in the page header is the meeting\'s date, read once: the date checks run', async () => {
      const { doc } = await check(DOCX_LAYOUTS.find((l) => l.name === 'page-header-only')!);
      assert.deepEqual(doc.header.meetingDate?.date?.value, { day: 19, month: 11, year: 2025 });
      // 19 November 2025 is a Wednesday: a wrong weekday in the header is found.
      const text = await docWith(['Teknik- og Miljøudvalget', 'Referat fra mødet tirsdag den 19. november 2025 kl. 16.00', 'Side 1 af 3'], items);
      assert.equal(text.split('Referat fra mødet').length - 1, 1, text);
      assert.ok(!/Side 1 af 3/.test(text), text);
      assert.ok(loud(analyze(text).findings).some((f) => f.code === 'meeting-weekday'), text);
    });

    it('a first page\'s header that dates nothing gives way to the default header that does', async () => {
      const doc = new Document({
        sections: [
          {
            properties: { titlePage: true },
            headers: { first: new Header({ children: [new Paragraph('Teknik- og Miljøudvalget')] }), default: new Header({ children: [new Paragraph('Referat fra mødet onsdag den 19. november 2025')] }) },
            children: items,
          },
        ],
      });
      const text = (await importMinutes(await Packer.toBuffer(doc), 'docx')).text;
      assert.deepEqual(analyze(text).doc.header.meetingDate?.date?.value, { day: 19, month: 11, year: 2025 }, text);
    });

    it('where the body states the meeting\'s date, the page header is furniture (not read)', async () => {
      const text = await docWith(['Teknik- og Miljøudvalget – 19. november 2025'], [new Paragraph('Referat'), new Paragraph('Mødedato: Onsdag den 19. november 2025'), ...items]);
      assert.ok(!text.includes('Teknik- og Miljøudvalget'), text);
      // … and so is a header that dates nothing (a committee's name, a logo's line).
      assert.ok(!(await docWith(['Teknik- og Miljøudvalget'], [new Paragraph('Referat'), ...items])).includes('Teknik- og Miljøudvalget'));
    });
  });

  describe('layout tables and tables of figures', () => {
    const bold = (t: string) => new Paragraph({ children: [new TextRun({ text: t, bold: true })] });
    const cell = (...children: Paragraph[]) => new TableCell({ children });
    const prose =
      'Forvaltningen har gennemgået sagen og vurderer, at forslaget kan gennemføres inden for den afsatte ramme. Der er ikke modtaget bemærkninger i høringen, og projektet kan derfor sættes i gang som planlagt i begyndelsen af det nye år.';
    const docOf = async (...children: (Paragraph | Table)[]) => (await importMinutes(await Packer.toBuffer(new Document({ sections: [{ children }] })), 'docx')).text;

    it('a whole agenda as one table (the running number in the left column, the case in the right) reads item by item', async () => {
      const row = (n: string, title: string, decision: string) =>
        new TableRow({ children: [cell(new Paragraph(n)), cell(bold(title), new Paragraph('Sagsnr.: 25/1001'), bold('Sagsfremstilling'), new Paragraph(prose), bold('Beslutning'), new Paragraph(decision))] });
      const text = await docOf(
        new Paragraph({ children: [new TextRun({ text: 'Referat', bold: true, size: 36 })] }),
        new Paragraph('Mødedato: 19. november 2025'),
        new Table({ rows: [row('185', 'Godkendelse af dagsorden', 'Godkendt.'), row('186', 'Vejplan 2026', 'Vedtaget.'), row('187', 'Meddelelser', 'Taget til efterretning.')] }),
      );
      const result = analyze(text);
      assert.deepEqual(outline(result.doc), [185, 186, 187].map((number) => ({ number, sections: ['sagsfremstilling', 'beslutning'] })), text);
      assert.deepEqual(loud(result.findings), []);
    });

    it('a label column (`Sagsnr.:` beside its value) is one line with its value, not a bold line of its own (session 20)', async () => {
      const row = (l: Paragraph, ...r: Paragraph[]) => new TableRow({ children: [cell(l), cell(...r)] });
      const text = await docOf(
        new Paragraph({ children: [new TextRun({ text: 'Referat', bold: true, size: 36 })] }),
        new Paragraph('Mødedato: 19. november 2025'),
        new Table({ rows: [row(new Paragraph('1.'), bold('Vejplan 2026')), row(bold('Sagsnr.:'), new Paragraph('25/1001')), row(bold('Ansvarlig'), new Paragraph('Vej og Park')), row(bold('Sagsfremstilling'), new Paragraph(prose), new Paragraph(prose)), row(bold('Beslutning'), new Paragraph('Godkendt.'))] }),
      );
      const lines = text.split('\n');
      assert.ok(lines.includes('Sagsnr.: 25/1001') && lines.includes('Ansvarlig Vej og Park'), text);
      assert.ok(!lines.some((l) => /^#+ (?:Sagsnr|Ansvarlig)/.test(l)), text);
      // Sections in the label column stay headings.
      assert.deepEqual(outline(analyze(text).doc), [{ number: 1, sections: ['sagsfremstilling', 'beslutning'] }], text);
    });

    it('a wrong total over two rows beside a column of notes is found, also in small bare numbers and counts (session 20)', async () => {
      const row = (...c: string[]) => new TableRow({ children: c.map((t) => cell(new Paragraph(t))) });
      const table = async (...rows: TableRow[]) => loud(analyze(await docOf(new Paragraph('Referat'), new Paragraph('Mødedato: 19. november 2025'), bold('1. Vejplan 2026'), bold('Økonomi'), new Table({ rows }), bold('Beslutning'), new Paragraph('Godkendt.'))).findings).map((f) => f.code);
      assert.deepEqual(await table(row('Færre vejlys', '450', 'Fra 2026'), row('Lavere kontorhold', '300', 'Fra 2027'), row('I alt', '760', '')), ['table-sum']);
      assert.deepEqual(await table(row('Færre vejlys', '450', 'Fra 2026'), row('Lavere kontorhold', '300', 'Fra 2027'), row('I alt', '750', '')), []);
      assert.deepEqual(await table(row('Projekt', 'Antal', 'Note'), row('Asfalt', '12', 'Fra 2026'), row('Fortove', '3', 'Fra 2027'), row('I alt', '16', '')), ['table-sum']);
    });

    it('a table of three columns with long remarks right of the amounts stays a table: its wrong total is found', async () => {
      const row = (a: string, b: string, c: string) => new TableRow({ children: [cell(new Paragraph(a)), cell(new Paragraph(b)), cell(new Paragraph(c))] });
      const text = await docOf(
        new Paragraph('Referat'),
        bold('1. Vejplan 2026'),
        bold('Økonomi'),
        new Table({ rows: [row('Område', 'Beløb (1.000 kr.)', 'Bemærkning'), row('Asfalt', '1.200', prose), row('Fortove', '800', 'Ingen'), row('Cykelstier', '450', 'Ingen'), row('I alt', '2.550', '')] }),
        bold('Beslutning'),
        new Paragraph('Godkendt.'),
      );
      assert.match(text, /^Asfalt\t1\.200\tForvaltningen /m);
      assert.deepEqual(
        loud(analyze(text).findings).map((f) => f.code),
        ['table-sum'],
      );
    });
  });
});

