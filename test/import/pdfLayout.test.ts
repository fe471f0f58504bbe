import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { importMinutes } from '../../server/src/import';
import { PdfPageText, PdfTextItem, layoutPdf } from '../../server/src/import/pdfLayout';
import { writeTextForm } from '../../server/src/import/textForm';
import { parseAnnotated } from '../support/annotated';
import { layoutFodt } from '../support/layoutFodt';
import { FIXTURES, ROOT, needTool } from '../support/paths';

/**
 * The PDF layout rules on made-up pages: each page is what PDF.js hands over (runs of text with
 * x, baseline y from the top, width, size, weight), so every rule is tested without a PDF.
 */

const W = 595;
const H = 842;
/** A run whose width is 0.5 pt per point of size per character (roughly a sans face). */
function run(str: string, x: number, y: number, opts: { size?: number; bold?: boolean; right?: boolean } = {}): PdfTextItem {
  const size = opts.size ?? 10;
  const w = str.length * size * 0.5;
  return { str, x: opts.right ? x - w : x, y, w, size, bold: opts.bold ?? false };
}
function page(items: PdfTextItem[], height = H): PdfPageText {
  return { width: W, height, items };
}
/** Lines of text at x = 60, one every `pitch` points from y0 (a blank line: ''). */
function lines(y0: number, texts: string[], pitch = 14): PdfTextItem[] {
  return texts.flatMap((t, k) => (t ? [run(t, 60, y0 + k * pitch)] : []));
}
/** A line of prose that runs to the right margin (x 540 at the default size): sets where lines end. */
const FULL = 'Denne linje af almindelig tekst fylder hele bredden fra venstre margen ud til højre margen.';
function text(pages: PdfPageText[]): string {
  return writeTextForm(layoutPdf(pages).blocks).text;
}

/** A budget table: label column, right-aligned amounts in three columns, a bold total row. */
function budgetRows(y0: number, rows: [string, string, string, string, boolean?][], gap = 14): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  rows.forEach(([label, a, b, c, bold], k) => {
    const y = y0 + k * gap;
    items.push(run(label, 60, y, { bold }), run(a, 330, y, { right: true, bold }), run(b, 420, y, { right: true, bold }), run(c, 510, y, { right: true, bold }));
  });
  return items;
}

describe('PDF layout: lines, headings and tables from positioned text', () => {
  it('rebuilds a budget table: header, tab-separated amounts, <b> on the bold total row, unit line above', () => {
    const t = text([
      page([
        run('Punkt 1: Budget', 60, 80, { size: 16, bold: true }),
        run('Økonomi', 60, 110, { size: 12, bold: true }),
        run('Mio. kr.', 60, 140),
        ...budgetRows(160, [
          ['Post', '2024', '2025', '2026'],
          ['Løn', '1.200', '1.250', '1.300'],
          ['Drift', '300', '310', '320'],
          ['I alt', '1.500', '1.560', '1.620', true],
        ]),
        run('Her står en almindelig sætning i teksten under tabellen, som fylder linjen helt ud.', 60, 240),
      ]),
    ]);
    assert.match(t, /^# Punkt 1: Budget$/m);
    assert.match(t, /^## Økonomi$/m);
    assert.match(t, /^Mio\. kr\.\n\nPost\t2024\t2025\t2026\nLøn\t1\.200\t1\.250\t1\.300\nDrift\t300\t310\t320\n<b>I alt<\/b>\t<b>1\.500<\/b>\t<b>1\.560<\/b>\t<b>1\.620<\/b>\n\nHer står/m);
  });

  it('reads an amount with the Danish minus ÷ as an amount: its row is no label wrapped into the row above', () => {
    const t = text([
      page([
        run('Ombygning (1.000 kr.)', 60, 100),
        run('2026', 330, 100, { right: true }),
        ...budgetRows(114, [['Udgifter', '', '', '1.200'], ['Tilskud', '', '', '÷200'], ['Netto', '', '', '1.100']]).filter((i) => i.str !== ''),
      ]),
    ]);
    assert.match(t, /^Udgifter\t1\.200\nTilskud\t÷200\nNetto\t1\.100$/m, t);
    // and the engine then finds the wrong net amount
    assert.ok(analyze(`Punkt 1: Ombygning\n\nØkonomi\n\n${t}`, { fileName: 'x.pdf' }).findings.some((f) => f.code === 'table-sum'), t);
  });

  it('parts a year from the column head its cell ran into (`2027I alt`), so the table keeps its I alt column', () => {
    const items = [
      run('1.000 kr.', 60, 100),
      run('2026', 330, 100, { right: true }),
      run('2027I alt', 400, 100),
      ...budgetRows(114, [
        ['Facader', '650', '800', '1.450'],
        ['Rådgivning', '200', '250', '460'],
        ['I alt', '850', '1.050', '1.910'],
      ]),
    ];
    const t = text([page(items)]);
    assert.match(t, /^1\.000 kr\.\t2026\t2027\tI alt$/m, t);
    assert.ok(analyze(`Punkt 1: Byfornyelse\n\nØkonomi\n\n${t}`, { fileName: 'x.pdf' }).findings.some((f) => f.code === 'table-relation'), t);
  });

  it('sets each head over its column when the heads start at their cells\' left edges, right at the end of the amounts before', () => {
    // Amounts right-aligned at 300, 420 and 540; the heads start where the cell before ends (a hair
    // before it, as PDF positions round).
    const row = (label: string, a: string, b: string, c: string, y: number) => [run(label, 60, y), run(a, 300, y, { right: true }), run(b, 420, y, { right: true }), run(c, 540, y, { right: true })];
    const t = text([
      page([
        run('Boligtype', 60, 100),
        run('Antal', 180, 100),
        run('Samlet areal m2', 299.8, 100),
        run('Gns. areal m2', 419.8, 100),
        ...row('Rækkehuse', '20', '2.400', '120', 114),
        ...row('Lejligheder', '40', '3.200', '80', 128),
        ...row('I alt', '60', '5.600', '93', 142),
      ]),
    ]);
    assert.match(t, /^Boligtype\tAntal\tSamlet areal m2\tGns\. areal m2$/m, t);
    // so the average column is known by its head and not added up
    assert.deepEqual(analyze(`Punkt 1: Boliger\n\nSagsfremstilling\n\n${t}`, { fileName: 'x.pdf' }).findings.filter((f) => f.code.startsWith('table')), [], t);
  });

  it('joins a label wrapped over two lines around its amounts into one row', () => {
    const items = [
      ...budgetRows(100, [['Staben', '61.251', '59.864', '1.387']], 30),
      run('Uddannelse – Særligt dyre enkeltsager', 60, 124),
      run('-26.513', 330, 130, { right: true }),
      run('-51.225', 420, 130, { right: true }),
      run('24.712', 510, 130, { right: true }),
      run('og tabt arbejdsfortjeneste', 60, 136),
      ...budgetRows(160, [['Job', '104.381', '99.918', '4.464']], 30),
    ];
    const t = text([page(items)]);
    assert.match(t, /^Uddannelse – Særligt dyre enkeltsager og tabt arbejdsfortjeneste\t-26\.513\t-51\.225\t24\.712$/m);
    assert.equal(t.trim().split('\n').length, 3);
  });

  it('drops running headers, footers and page numbers', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        run('Beskæftigelses- og Socialudvalget – referat', 60, 40),
        run(`Linje på side ${n} med noget tekst, der fylder en almindelig linje ud til kanten.`, 60, 300),
        run(`Side ${n} af 3`, 500, 810),
      ]),
    );
    const t = text(pages);
    assert.doesNotMatch(t, /referat$|Side \d af 3/m);
    assert.equal((t.match(/Linje på side/g) ?? []).length, 3);
  });

  it('joins a word hyphenated at a line end, keeps «Beskæftigelses- og» and a date cut at a dash', () => {
    const t = text([
      page([
        run('Udvalget godkendte den samlede beskæf-', 60, 100),
        run('tigelsesindsats og tog orienteringen fra Beskæftigelses-', 60, 112),
        run('og Socialforvaltningen til efterretning den 09-04-', 60, 124),
        run('2024 uden bemærkninger.', 60, 136),
      ]),
    ]);
    assert.match(t, /samlede beskæftigelsesindsats og/);
    assert.match(t, /Beskæftigelses- og Socialforvaltningen/);
    assert.match(t, /den 09-04-2024 uden/);
  });

  it('reads a two-column page column by column', () => {
    const left = ['Venstre spalte begynder her med en sætning,', 'der fortsætter på den næste linje i samme', 'spalte og slutter her i venstre side af siden.'];
    const right = ['Højre spalte har sin egen tekst, som også', 'fortsætter over flere linjer i spalten til', 'højre og slutter her nederst på siden.'];
    const items: PdfTextItem[] = [];
    for (let k = 0; k < 3; k++) {
      items.push(run(left[k]!, 50, 100 + k * 12), run(right[k]!, 320, 100 + k * 12));
      items.push(run(left[k]!.replace(/^\S+/, 'Mere'), 50, 150 + k * 12), run(right[k]!.replace(/^\S+/, 'Mere'), 320, 150 + k * 12));
    }
    const t = text([page(items)]);
    assert.match(t, /Venstre spalte begynder her med en sætning, der fortsætter på den næste linje i samme spalte og slutter her i venstre side af siden\./);
    assert.ok(t.indexOf('Venstre spalte') < t.indexOf('Højre spalte'));
    assert.doesNotMatch(t, /\t/);
  });

  it('reads columns whose baselines do not line up, under and over a heading across both', () => {
    // As a browser prints CSS columns: the left column starts lower (its first paragraph's top
    // margin), so no line of the left column shares a baseline with the right one.
    const words = (k: number) => `Linje ${k} i spalten om udvalgets arbejde med sagen`;
    const items: PdfTextItem[] = [run('Referat af mødet i udvalget', 150, 60, { size: 16, bold: true })];
    for (let k = 0; k < 8; k++) items.push(run(`${words(k + 1)}${k === 7 ? '.' : ''}`, 50, 110 + k * 12), run(`${words(k + 9)}${k === 7 ? '.' : ''}`.replace('Linje', 'Række'), 320, 104 + k * 12));
    items.push(run('Mødet sluttede kl. 17.30, og referatet blev godkendt af alle medlemmer af udvalget.', 50, 240));
    const t = text([page(items)]);
    const order = ['Referat af mødet', 'Linje 1 ', 'Linje 8 ', 'Række 9 ', 'Række 16 ', 'Mødet sluttede'].map((x) => t.indexOf(x));
    assert.ok(order.every((at, k) => at >= 0 && (k === 0 || at > order[k - 1]!)), t);
    // Each column one paragraph (its lines run to the column's edge), none joined to the other.
    assert.match(t, /^Linje 1 .*sagen Linje 2 .*Linje 8 [^\n]*sagen\.$/mu);
    assert.match(t, /^Række 9 .*Række 16 [^\n]*sagen\.$/mu);
    assert.doesNotMatch(t, /Linje[^\n]*Række|\t/u);
  });

  it('continues a table over a page break and drops the repeated header', () => {
    const header: [string, string, string, string] = ['1.000 kr.', 'Budget', 'Regnskab', 'Afvigelse'];
    const p1 = page(budgetRows(700, [header, ['Løn', '100', '90', '10'], ['Drift', '50', '45', '5']]));
    const p2 = page(budgetRows(60, [header, ['Husleje', '20', '20', '0'], ['I alt', '170', '155', '15', true]]));
    const t = text([p1, p2]);
    const rows = t.trim().split('\n');
    assert.deepEqual(rows, ['1.000 kr.\tBudget\tRegnskab\tAfvigelse', 'Løn\t100\t90\t10', 'Drift\t50\t45\t5', 'Husleje\t20\t20\t0', '<b>I alt</b>\t<b>170</b>\t<b>155</b>\t<b>15</b>']);
  });

  it('names pages without text (a scan) and keeps the origin of every line', () => {
    const layout = layoutPdf([page([run('Referat', 60, 100, { size: 16, bold: true })]), page([]), page([run('Slut.', 60, 100)])]);
    assert.deepEqual(layout.emptyPages, [2]);
    const { origins } = writeTextForm(layout.blocks);
    assert.deepEqual(
      origins.filter((o) => o).map((o) => o!.pieces[0]!.place),
      [
        { kind: 'pdf', page: 1, line: 1 },
        { kind: 'pdf', page: 3, line: 1 },
      ],
    );
  });

  it('drops a running header that stands lower than the top band (a short page) at the same height on every page', () => {
    // An 11 cm page: the header's baseline (39.5) is below 12 % of the height (37.4).
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          run('Udvalget – 19. november 2025', 57, 39.5),
          run(`Punkt ${n}: Sag nummer ${n}`, 57, 53.7),
          run(`Beslutning ${n}`, 57, 81.7),
          run(`Side ${n} af 3`, 57, 280.5),
        ],
        311.8,
      ),
    );
    const t = text(pages);
    assert.doesNotMatch(t, /Udvalget|Side \d/);
    assert.match(t, /^Punkt 1: Sag nummer 1$/m);
  });

  it('ends a paragraph at a line that stops short, in a document whose paragraphs stand apart too', () => {
    // A label alone on its line over its text, no space between them: the label ends short of the
    // margin though the text's first word would have fitted. A line to the margin goes on.
    const t = text([
      page([
        ...lines(100, [FULL, 'og den fortsætter her på næste linje.', '', 'Kompetence', 'Byrådet.', '', 'Direktionens indstilling', 'Direktionen indstiller, at dagsordenen godkendes.']),
      ]),
    ]);
    assert.match(t, /margen\. og den fortsætter her/);
    assert.match(t, /^Kompetence\nByrådet\.$/m);
    assert.match(t, /^Direktionens indstilling\nDirektionen indstiller/m);
  });

  it('writes a paragraph on the very next line without a blank line, one after space with it', () => {
    const t = text([page([...lines(100, ['Spørgetid', 'Sag nr. 131', '', 'Beslutningskompetence: KB', '', FULL])])]);
    assert.match(t, /^Spørgetid\nSag nr\. 131\n\nBeslutningskompetence: KB\n\n/m);
  });

  it('keeps the bullet a line is printed with (a symbol font’s own bullet as •)', () => {
    const t = text([page([...lines(100, [FULL, '• 301. Godkendelse af dagsorden', 'Sag nr.: 25/4417', '\uf0b7 302. Lån til renovering af taget'])])]);
    assert.match(t, /^• 301\. Godkendelse af dagsorden$/m);
    assert.match(t, /^• 302\. Lån til renovering af taget$/m);
  });

  it('cuts after a sentence where the next line starts a new one, though its first word would not have fitted', () => {
    const t = text([
      page(
        lines(100, [
          FULL,
          'Der er indgået aftale med tre entreprenører, og saltlageret er fyldt op.',
          'Indstilling Forvaltningen indstiller, at orienteringen tages til efterretning.',
          'Beslutning Taget til efterretning.',
        ]),
      ),
    ]);
    assert.match(t, /fyldt op\.\nIndstilling Forvaltningen/);
    assert.match(t, /efterretning\.\nBeslutning Taget/);
  });

  it('reads a contents table set without space between its rows as a row per line', () => {
    const t = text([
      page([
        run('Pkt.', 60, 100),
        run('Tekst Side', 95, 100),
        ...[
          ['207', 'Godkendelse af dagsorden', '2'],
          ['208', 'Salg af den tidligere skole i Vester Aaby 3'],
          ['209', 'Status på digitaliseringsstrategien 5'],
        ].flatMap(([n, title, pg], k) => [run(n!, 60, 114 + k * 14), run(title!, 95, 114 + k * 14), ...(pg ? [run(pg, 230, 114 + k * 14)] : [])]),
      ]),
    ]);
    assert.match(t, /^207\tGodkendelse af dagsorden\s2\n208\tSalg af den tidligere skole i Vester Aaby 3\n209\tStatus på digitaliseringsstrategien 5$/m);
  });

  it('reads contents entries whose page numbers stand at default tab stops entry by entry', () => {
    // Each number right after its title, where the next tab stop happens to be: the longer titles
    // run over the shorter entries' numbers, so there is no column of page numbers.
    const entries: [string, number][] = [
      ['2. Meddelelser', 145],
      ['3. Takstblad 2026 - Affald', 205],
      ['4. Orientering om Vinterbyen 2026', 240],
      ['5. Udpegning af medlem til Ældrerådet', 260],
    ];
    const items = [run('Indholdsfortegnelse', 60, 86), ...entries.flatMap(([title, x], k) => [run(title, 60, 100 + k * 14), run(String(k + 2), x, 100 + k * 14)])];
    const t = text([page(items)]);
    for (const [k, [title]] of entries.entries()) assert.match(t, new RegExp(`^${title}\\t${k + 2}$`, 'm'), t);
  });

  it('wraps a contents entry’s first line into the row with its page number', () => {
    const t = text([
      page([
        run('Drøftelse af ambitionsniveauer for Center for Familier og Unge (CFU) og for Specialenheden i', 60, 100),
        run('2021.....', 60, 114),
        run('21', 520, 114, { right: true }),
        run('Status på Center for Familier og Unge (CFU).....', 60, 128),
        run('23', 520, 128, { right: true }),
        run('Status på Specialenhedens arbejde.....', 60, 142),
        run('24', 520, 142, { right: true }),
        run(FULL, 60, 180),
      ]),
    ]);
    assert.match(t, /^Drøftelse af ambitionsniveauer for Center for Familier og Unge \(CFU\) og for Specialenheden i 2021\.{5}\t21$/m);
  });

  it('leaves a sentence above a table out of its header unless it reaches the last column', () => {
    const t = text([
      page([
        run(FULL, 60, 86),
        run('Økonomi Anlægsudgiften fordeler sig således:', 60, 100),
        run('Post', 60, 114),
        run('Kr.', 298, 114),
        ...budgetRows(128, [
          ['LED-armaturer', '', '', '540.000'],
          ['Nye master', '', '', '240.000'],
          ['I alt', '', '', '780.000'],
        ]).filter((i) => i.str !== ''),
      ]),
    ]);
    assert.match(t, /^Økonomi Anlægsudgiften fordeler sig således:$/m);
  });

  it('takes no paragraph after a blank line into the table above as a cell', () => {
    const t = text([
      page([
        ...budgetRows(100, [
          ['Post', '2024', '2025', '2026'],
          ['Løn', '1.200', '1.250', '1.300'],
          ['Drift', '300', '310', '320'],
        ]),
        run('Bilag', 60, 156),
        run('Notat om budgettet', 60, 184),
        ...budgetRows(212, [
          ['Anlæg', '100', '110', '120'],
          ['Byggeri', '200', '210', '220'],
        ]),
      ]),
    ]);
    assert.match(t, /^Bilag$/m);
    assert.match(t, /^Notat om budgettet$/m);
  });

  it('continues a table from a lone row at the foot of a page into the rows on the next', () => {
    const p1 = page([...lines(200, [FULL, 'Tabel Antal']), run('Stande 2024', 60, 228), run('41', 200, 228)]);
    const p2 = page([run('Stande 2025', 60, 60), run('46', 200, 60), run('I alt', 60, 74), run('87', 200, 74), run(FULL, 60, 110)]);
    assert.match(text([p1, p2]), /^Stande 2024\t41\nStande 2025\t46\nI alt\t87$/m);
    // A lone line of cells that continues nothing stays the text it was.
    assert.match(text([p1, page([run(FULL, 60, 60)])]), /^Stande 2024 41$/m);
  });

  it('keeps a hyphen at a line’s end when the document writes the word with it elsewhere', () => {
    const t = text([
      page(
        lines(100, [
          'Andelen af ikke-vestlige på offentlig forsørgelse er faldet en smule i løbet af året.',
          'Udvalget drøftede i dag anbefalingerne fra Ekspertgruppen om de borgere i kommunen, der er ikke-',
          'vestlige, og om beskæftigelsen, der i årets løb er steget for borgere i landet og i kommunen.',
          'Den samlede indsats for beskæftigelsen omfatter også de borgere, der står langt fra beskæf-',
          'tigelse og uddannelse.',
        ]),
      ),
    ]);
    assert.match(t, /der er ikke-vestlige, og om/);
    assert.match(t, /langt fra beskæftigelse og/);
  });

  it('leaves a printed `# ` before a title a heading mark, as the reader sees it', () => {
    // Minutes written in Markdown and printed as they stand: `# Punkt 1: …` is item 1's heading to
    // a person reading the PDF; escaped (`\#`) no item would be read at all. A `|` stays escaped.
    const t = text([page(lines(100, ['# **Punkt 1: Godkendelse af dagsorden**', '', '| a | b |', '', FULL]))]);
    assert.match(t, /^# \*\*Punkt 1: Godkendelse af dagsorden\*\*$/m);
    assert.match(t, /^\\\| a \| b \|$/m);
  });

  it('loses no word of the page, whatever the layout', () => {
    const items = [
      run('REFERAT Udvalget', 60, 60, { size: 16, bold: true }),
      ...budgetRows(100, [
        ['Post', 'A', 'B', 'C'],
        ['Løn', '1', '2', '3'],
        ['Drift', '4', '5', '6'],
      ]),
      run('• punkt et', 60, 160),
      run('• punkt to', 60, 172),
      run('Afsluttende tekst med tal 1.234 og 5.678 kr.', 60, 200),
    ];
    const words = (s: string) => s.replace(/<\/?b>/g, '').split(/[\s\t]+/).filter((w) => w && !/^[#•-]$/.test(w)).sort();
    assert.deepEqual(words(text([page(items)])), words(items.map((i) => i.str).join(' ')));
  });
});

/**
 * Layout fixtures printed by LibreOffice (test/support/layoutFodt.ts: short pages with a running
 * header and a page footer, one paragraph per line without space between them, tab blocks with
 * amounts as tables) and read back as `referat check x.pdf` reads them: every annotated item found
 * by its number with its sections, and no warning or error the fixture does not expect.
 * scripts/measure-pdf-layouts.mjs --pdfjs measures every fixture this way.
 */
describe('PDF layout: layout fixtures printed by LibreOffice, read by the import', function () {
  this.timeout(300_000);
  const SOFFICE = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
  const WORK = path.join(ROOT, '.tmp/pdf-layout-test');
  const NAMES = ['layouts/bullets.referat.txt', 'layouts/double.referat.txt', 'layouts/flattened.referat.txt', 'layouts/rodovre-web.referat.txt', 'layouts-checks/dates-targets.referat.txt'];

  before(function () {
    needTool(this, SOFFICE, 'LibreOffice (soffice)');
    fs.rmSync(WORK, { recursive: true, force: true });
    fs.mkdirSync(WORK, { recursive: true });
    const sources = NAMES.map((n) => {
      const file = path.join(WORK, path.basename(n).replace(/\.txt$/, '.fodt'));
      fs.writeFileSync(file, layoutFodt(parseAnnotated(fs.readFileSync(path.join(FIXTURES, n), 'utf8')).text));
      return file;
    });
    // A private profile: parallel runs (and a desktop LibreOffice) must not share one.
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(WORK, 'lo-profile')}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', WORK, ...sources], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    for (const f of sources) if (!fs.existsSync(f.replace(/\.fodt$/, '.pdf'))) throw new Error(`soffice made no PDF of ${f}: ${r.stderr}`);
  });

  for (const name of NAMES) {
    it(`${name}: every item with its sections, nothing unexpected`, async () => {
      const doc = parseAnnotated(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
      const base = path.basename(name).replace(/\.txt$/, '');
      const imported = await importMinutes(fs.readFileSync(path.join(WORK, `${base}.pdf`)), 'pdf');
      const { doc: read, findings } = analyze(imported.text, { fileName: `${base}.pdf` });
      const got = new Map(read.items.map((i) => [`${i.number.value}${i.numberSuffix ?? ''}`, i.sections.map((s) => s.id).sort()]));
      for (const item of doc.structure.items) {
        const key = `${item.number}${item.suffix ?? ''}`;
        assert.deepEqual(got.get(key), item.sections.map((s) => s.id).sort(), `item ${key}:\n${imported.text}`);
      }
      const expected = new Set(doc.expected.map((e) => e.code));
      const unexpected = findings.filter((f) => (f.severity === 'warning' || f.severity === 'error') && !expected.has(f.code));
      assert.deepEqual(
        unexpected.map((f) => `${f.code}: ${f.message}`),
        [],
        imported.text,
      );
    });
  }
});
