import * as assert from 'node:assert/strict';
import { PdfPageText, PdfTextItem, layoutPdf } from '../../server/src/import/pdfLayout';
import { writeTextForm } from '../../server/src/import/textForm';

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
function page(items: PdfTextItem[]): PdfPageText {
  return { width: W, height: H, items };
}
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
