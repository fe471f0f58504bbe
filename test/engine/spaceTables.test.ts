import * as assert from 'node:assert/strict';
import { analyze } from '../support/engine';
import { formatTables } from '../../server/src/engine/features/formatting';

/**
 * Tables whose columns are runs of spaces (`pdftotext -layout`): read where the block is clearly
 * a table, never from prose with double spaces, contents with page numbers, lists or phone
 * numbers. The fixture pdftotext-layout-tables.referat.txt is a whole transcript; these are the
 * edges.
 */
function doc(body: string): string {
  return `Referat\nDato: 14.01.2026\n\n1. Sag om økonomi\nSagsnr.: 26/1\n\nBeslutning\nGodkendt.\n\nSagsfremstilling\n${body}\n`;
}

function spaceTables(body: string) {
  return analyze(doc(body), { fileName: 'x.referat.txt' }).doc.tables.filter((t) => t.syntax === 'spaces');
}

function codes(body: string): string[] {
  return analyze(doc(body), { fileName: 'x.referat.txt' })
    .findings.filter((f) => f.severity !== 'hint')
    .map((f) => `${f.range.start.line - 10} ${f.code}`);
}

describe('tables laid out with runs of spaces (pdftotext -layout)', () => {
  const table = [
    '1.000 kr.            Budget        Regnskab      Afvigelse',
    'Skoler               12.400          12.150            250',
    'Dagtilbud             8.300           8.390            -90',
    'I alt                20.700          20.540            160',
  ].join('\n');

  it('reads a table: header over the columns, a label and the amounts of each row', () => {
    const [t] = spaceTables(table);
    assert.ok(t);
    assert.deepEqual(
      t.rows.map((r) => r.cells.map((c) => c.text)),
      [
        ['1.000 kr.', 'Budget', 'Regnskab', 'Afvigelse'],
        ['Skoler', '12.400', '12.150', '250'],
        ['Dagtilbud', '8.300', '8.390', '-90'],
        ['I alt', '20.700', '20.540', '160'],
      ],
    );
    assert.deepEqual(codes(table), []);
  });

  it('finds a wrong total, and a wrong row amount in the total it spoils (as in a tab table)', () => {
    const found = codes(table.replace('I alt                20.700', 'I alt                20.800'));
    assert.ok(found.includes('3 table-sum'), found.join('\n'));
    const row = codes(table.replace('-90', '-80'));
    assert.ok(row.includes('3 table-sum'), row.join('\n'));
  });

  it('is never written over by Formatér dokument', () => {
    assert.deepEqual(formatTables(analyze(doc(table), { fileName: 'x.referat.txt' }).doc), []);
  });

  it('reads no table from justified prose, even with «i alt» and amounts at the ends of lines', () => {
    const prose = [
      'Udvalget  har  i  perioden  afsat  midler  til  skoler  og  dagtilbud,  i alt  12.400',
      'kr.  i  2025  og  yderligere  midler  til  vedligeholdelse  af  bygninger  i alt  8.300',
      'mens  resten  af  rammen  på  i alt  2.000',
    ].join('\n');
    assert.equal(spaceTables(prose).length, 0);
    assert.deepEqual(codes(prose), []);
  });

  it('reads no table from a contents with page numbers, a phone list or a list of dates', () => {
    const contents = ['1. Godkendelse af dagsorden             3', '2. Budgetopfølgning pr. 31. marts        4', '3. Takster for 2026                      7', '4. Eventuelt                            12'].join('\n');
    assert.equal(spaceTables(contents).length, 0);
    const phones = ['Navn              Telefon', 'Jens Hansen       72 36 36 36', 'Eva Holm          72 36 40 12', 'Ole Berg          72 36 41 99'].join('\n');
    assert.equal(spaceTables(phones).length, 0);
    const dates = ['Møde              Dato', 'Udvalget          14.01.2026', 'Byrådet           28.01.2026', 'I alt             2'].join('\n');
    assert.deepEqual(codes(dates), []);
  });

  it('reads a count table (counts are never rounded) and cells run together', () => {
    const counts = ['Botilbud       Pladser     Beboere    Venteliste', 'Egebo               24          23             4', 'Lærkehuset          12          11-', 'I alt               36          35             4'].join('\n');
    const [t] = spaceTables(counts);
    assert.deepEqual(t?.rows[2]!.cells.map((c) => c.text), ['Lærkehuset', '12', '11', '-']);
    assert.ok(codes(counts.replace('35     ', '36     ')).includes('3 table-sum'));
  });

  it('joins a label wrapped onto the lines below, and reads a page break between rows', () => {
    const wrapped = [
      '1.000 kr.         2026          2027',
      'Renovering         100           300',
      'af hallen',
      'Side 2 af 3',
      '\fUdvalget – 14. januar 2026',
      'Nye stier          200           200',
      'Driftsudgifte      300           500',
      'r i alt',
      'Side 3 af 3',
      '\fUdvalget – 14. januar 2026',
    ].join('\n');
    const t = spaceTables(wrapped)[0];
    assert.ok(t);
    assert.deepEqual(
      t.rows.map((r) => r.cells[0]!.text),
      ['1.000 kr.', 'Renovering af hallen', 'Nye stier', 'Driftsudgifte r i alt'],
    );
    assert.deepEqual(codes(wrapped), []);
    assert.ok(codes(wrapped.replace('300           500', '300           600')).includes('6 table-sum'));
    // A page's first line (the running header after the form feed) is never a wrapped label.
    assert.equal(spaceTables(['Renovering         100', 'I alt              100', '\fUdvalget – 14. januar 2026'].join('\n'))[0]?.rows.length, 2);
  });
});

describe('space tables: the line above, totals run together, rows run together (session 20)', () => {
  it('finds a wrong total in a table right under a sentence that introduces it (no blank line)', () => {
    const table = [
      'Udgifterne fordeler sig således på områderne (1.000 kr.):',
      'Hjemmepleje                3.200          4.100',
      'Plejecentre                2.400          3.000',
      'Hjælpemidler                 800            900',
      'I alt                      6.500          8.000',
    ].join('\n');
    assert.ok(codes(table).includes('4 table-sum'), codes(table).join('\n'));
    assert.deepEqual(codes(table.replace('6.500', '6.400')), []);
    // … also one ending in a year.
    const year = table.replace('Udgifterne fordeler sig således på områderne (1.000 kr.):', 'Udgifterne i 1.000 kr. fordeler sig således på områderne i 2026');
    assert.ok(codes(year).includes('4 table-sum'), codes(year).join('\n'));
  });

  it('a line in the label column above the rows may be a row that lost its amounts: no total guessed', () => {
    const table = ['Genbrug, 2', 'Hjemmepleje                3.200          4.100', 'Plejecentre                2.400          3.000', 'I alt                      5.700          7.000'].join('\n');
    assert.deepEqual(codes(table), []);
    // … nor under a row whose amounts ran together.
    const glued = ['Administration 3.9054.010', 'Drift af ledningsnet     14.210       14.650', 'Renseanlæg               22.480       23.100', 'Sum                      40.595       41.760'].join('\n');
    assert.deepEqual(codes(glued), []);
  });

  it('reads `I alt 760` (a total run together with its amount) under a header in one piece', () => {
    const table = ['Besparelse Pr. år (1.000 kr.)', 'Færre vejlys      450', 'Lavere kontorhold      300', 'I alt 760'].join('\n');
    const [t] = spaceTables(table);
    assert.deepEqual(t?.rows.map((r) => r.cells.map((c) => c.text)), [
      ['Færre vejlys', '450'],
      ['Lavere kontorhold', '300'],
      ['I alt', '760'],
    ]);
    assert.ok(codes(table).includes('3 table-sum'), codes(table).join('\n'));
    assert.deepEqual(codes(table.replace('760', '750')), []);
  });

  it('a label run together with its amount (`Kunst290.000`), a row with a small amount run together above: no total guessed', () => {
    const glued = ['Område     Ansøgt (kr.)     Forslag (kr.)', 'Musik      520.000     210.000', 'Teater     410.000     160.000', 'Kunst290.000     140.000', 'Litteratur 190.000     90.000', 'I alt 1.410.000 600.000'].join('\n');
    assert.deepEqual(codes(glued), []);
    const above = ['Anlæg       Lån', 'Solceller 45', 'Varmepumper       75', 'I alt 120'].join('\n');
    assert.deepEqual(codes(above), []);
    const counts = ['Boligtype Antal', 'Rækkehuse       40', 'Parcelhuse 12', 'I alt 52'].join('\n');
    assert.deepEqual(codes(counts), []);
  });

  it('reads a table whose last row is a result (`Korrigeret budget`) and finds it wrong', () => {
    const table = ['1.000 kr.                 2026          2027', 'Oprindeligt budget      12.400        12.900', 'Tillægsbevilling           600           300', 'Korrigeret budget       13.000        13.200'].join('\n');
    assert.equal(spaceTables(table).length, 1);
    assert.deepEqual(codes(table), []);
    assert.ok(codes(table.replace('13.000', '13.100')).includes('3 table-sum'), codes(table.replace('13.000', '13.100')).join('\n'));
  });

  it('a sum line without a label is a total where its parts add up: one column off in a wide table is an error', () => {
    const table = ['1.000 kr.            2026          2027          2028', 'Skoler             12.400        12.150        12.000', 'Dagtilbud           8.300         8.390         8.100', '                   20.700        20.540        20.100'].join('\n');
    assert.deepEqual(codes(table), []);
    assert.ok(codes(table.replace('20.100', '20.200')).includes('3 table-sum'), codes(table.replace('20.100', '20.200')).join('\n'));
  });

  it('a row whose cells ran together is no wrapped label of the row above: no sum over it', () => {
    const table = [
      '      R2024       B2025          B2026',
      'Drift af ledningsnet     14.210       14.650    15.020',
      'Renseanlæg        22.480         23.100    23.880',
      'Administration 3.9054.0104.120',
      'Sum 40.595       41.760    43.020',
    ].join('\n');
    assert.deepEqual(codes(table), []);
    assert.ok(!spaceTables(table).some((t) => t.rows.some((r) => r.cells[0]!.text.includes('Administration'))));
  });
});

describe('space tables: headers over their columns when pdftotext shifts the lines (session 20)', () => {
  const head = (body: string) => spaceTables(body)[0]?.rows[0]!.cells.map((c) => c.text);

  it('lays the words of a header out in order over the columns (a narrow column keeps its head)', () => {
    const table = [
      'Resultatopg Oprindeligt Korrigeret         Forventet      Afvigelse      Afvigelse i %',
      'ørelse       budget       budget      regnskab',
      'Skatter           -2.104,6    -2.104,6    -2.101,9    2,7   -0,1%',
      'Generelle           -977,3      -968,1      -971,4   -3,3    0,3%',
      'Indtægter i alt   -3.081,9    -3.072,7    -3.073,3   -0,6    0,0%',
    ].join('\n');
    assert.deepEqual(head(table), ['Resultatopg ørelse', 'Oprindeligt budget', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse', 'Afvigelse i %']);
    assert.deepEqual(codes(table), []);
    const wrong = codes(table.replace('-3.081,9', '-3.091,9'));
    assert.ok(wrong.includes('4 table-sum'), wrong.join('\n'));
    const message = analyze(doc(table.replace('-3.081,9', '-3.091,9')), { fileName: 'x.referat.txt' }).findings.find((f) => f.code === 'table-sum')!.message;
    assert.ok(message.includes('«Oprindeligt budget»'), message);
  });

  it('a head wrapped onto a second line goes on in its column; a year label column keeps its own head', () => {
    const table = [
      'År                 Solgt vand (1.000 Husstande          Forbrug pr.',
      '                   m³)                                  husstand (m³)',
      '              2022               3.812            38.102                100',
      '              2023               3.790            38.455                 99',
      '              2024               3.755            38.901                 97',
    ].join('\n');
    assert.deepEqual(head(table), ['År', 'Solgt vand (1.000 m³)', 'Husstande', 'Forbrug pr. husstand (m³)']);
  });

  it('heads right of the labels, one a column, are the columns\' heads (the label column has none)', () => {
    const table = ['      R2024       B2025          B2026', 'Drift af ledningsnet     14.210       14.650    15.020', 'Renseanlæg               22.480       23.100    23.880', 'Sum                      36.690       37.750    38.900'].join('\n');
    assert.deepEqual(head(table), ['', 'R2024', 'B2025', 'B2026']);
  });

  it('a header in one-space words over the columns: the table is whole, a wrong total is found', () => {
    const table = [
      'Side 2 af 5',
      '\fUdvalget – 19. november 2025',
      'Område             Korrigeret budget Forventet regnskab Afvigelse',
      'Hjemmepleje                     212,6             216,0                   3,4',
      'Hjælpemidler                     38,2              37,1                  -1,1',
      'Plejecentre                     301,4             301,4                   0,0',
      'I alt                           552,2             564,5                   2,3',
    ].join('\n');
    assert.deepEqual(head(table), ['Område', 'Korrigeret budget', 'Forventet regnskab', 'Afvigelse']);
    assert.ok(codes(table).includes('6 table-sum'), codes(table).join('\n'));
  });
});

describe('tables pdftotext wrote a column at a time (a transcript without -layout, session 20)', () => {
  // A transcript: a page break (form feed, running header) somewhere in it.
  const transcript = (body: string) => `${body}\nSide 1 af 2\n\fUdvalget – 14. januar 2026\nTaget til efterretning.`;
  const table = ['Prognosen bygger på befolkningsprognosen.', 'Pladser', 'Vuggestue', 'Børnehave', 'I alt', '', '2026', '412', '1.015', '1.427', '', '2027', '425', '1.030', '1.455', ''].join('\n');

  it('reads the labels and each column under its head, and finds a wrong total (counts are never rounded)', () => {
    const [t] = spaceTables(transcript(table));
    assert.deepEqual(t?.rows.map((r) => r.cells.map((c) => c.text)), [
      ['Pladser', '2026', '2027'],
      ['Vuggestue', '412', '425'],
      ['Børnehave', '1.015', '1.030'],
      ['I alt', '1.427', '1.455'],
    ]);
    assert.deepEqual(codes(transcript(table)), []);
    assert.ok(codes(transcript(table.replace('1.455', '1.456'))).includes('14 table-sum'), codes(transcript(table.replace('1.455', '1.456'))).join('\n'));
  });

  it('reads nothing where the lines above the amounts are not the labels in order (a line put between), or a cell is left out', () => {
    const heading = ['Antal beboere', 'Nordparken', 'Søndervang', 'I alt', 'Kilde: Danmarks Statistik', '', '2024', '1.210', '860', '2.070', ''].join('\n');
    assert.equal(spaceTables(transcript(heading)).length, 0);
    assert.deepEqual(codes(transcript(heading)), []);
    const short = table.replace('425\n', '');
    assert.deepEqual(spaceTables(transcript(short))[0]?.rows[0]!.cells.map((c) => c.text), ['Pladser', '2026']);
    // Not in a text that is no transcript (no page break).
    assert.equal(spaceTables(table).length, 0);
  });
});

describe('tables rebuilt from a PDF (tab-separated, as the import writes them)', () => {
  it('a table split by a page break: the rows after it are no table of their own to guess a total for', () => {
    const text = ['Grund\tAreal (m²)\tPris (kr.)', 'Lunden 2\t812\t890.000', 'Lunden 4\t790\t870.000', '', 'Udvalget – 19. november 2025', '', 'Lunden 9\t960\t980.000', 'Lunden 11\t745\t900.000', 'I alt\t3.307\t3.640.000'].join('\n');
    assert.deepEqual(codes(text), []);
    // A table of its own (a head, no rows of its syntax just above) is still held to its total.
    assert.ok(codes(['Grund\tAreal (m²)\tPris (kr.)', 'Lunden 9\t960\t980.000', 'Lunden 11\t745\t900.000', 'I alt\t3.307\t3.640.000'].join('\n')).some((c) => c.endsWith('table-sum')));
  });

  it('a table under its own caption naming the unit is whole, though a table stands a few lines above', () => {
    const caption = ['Ombygning (1.000 kr.)\t2026', 'Udgifter\t1.200', 'Tilskud\t÷200', 'Netto\t1.000', '', 'Driftsbesparelse pr. år (1.000 kr.)', '', 'Færre vejlys\t450', 'Lavere kontorhold\t300', 'I alt\t760'].join('\n');
    assert.ok(codes(caption).some((c) => c.endsWith('table-sum')), codes(caption).join());
    // So is one under the sentence that introduces it, a blank line between (as PDF text forms set it).
    const intro = ['Udgifter\t1.200', 'I alt\t1.200', '', 'Rammen fordeles på områderne således:', '', 'Nordbyen\t2.400', 'Havnen\t1.100', 'I alt\t3.600'].join('\n');
    assert.ok(codes(intro).some((c) => c.endsWith('table-sum')), codes(intro).join());
  });

  it('cells run together (`11-`, a running header in a row) leave a part out: no sum over the rest', () => {
    const text = ['Botilbud\tPladser\tBeboere\tVenteliste', 'Egebo\t24\t23\t4', 'Birkely\t18\t18\t6', 'Lærkehuset\t12\t11-\t', 'I alt\t54\t52\t10'].join('\n');
    assert.deepEqual(codes(text), []);
    const header = ['Udvalg\t2025\t2026', 'Udvalget – 19. Børneudvalget\tnovember 2025 5.700\t2.100', 'Socialudvalget\t-1.500\t0', 'Teknikudvalget\t1.100\t400', 'I alt\t4.300\t1.500'].join('\n');
    assert.deepEqual(codes(header), []);
  });
});
