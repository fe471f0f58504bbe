import * as assert from 'node:assert/strict';
import { analyze, checkByCode, Finding, messagesFor, outline } from '../../server/src/engine';
import { CORPUS_2020, CORPUS_2024, readCorpus, describeCorpus } from '../support/paths';

const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
/** Findings of the structure checks (issue 2): everything but prose and tables. */
const structural = (findings: readonly Finding[]) => serious(findings).filter((f) => !checkByCode(f.code)!.tags.some((t) => t === 'prose' || t === 'tables'));
const lineOf = (text: string, needle: string, from = 0): number => {
  const lines = text.split('\n');
  const i = lines.findIndex((l, k) => k >= from && l.includes(needle));
  assert.ok(i >= 0, `no line contains ${needle}`);
  return i;
};
/** Replace the first occurrence of a whole line's content, failing if it is not there. */
const edit = (text: string, from: string, to: string): string => {
  assert.ok(text.includes(from), `text lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

describeCorpus('the real minutes', () => {
  describe('odense-bsu-2020-11-10.referat.txt (plain text)', () => {
    const text = readCorpus(CORPUS_2020);
    const { doc, findings } = analyze(text, { fileName: CORPUS_2020 });

    it('reads the header, contents and 12 items with their sections', () => {
      assert.equal(doc.kind, 'referat');
      assert.equal(doc.headingStyle, 'plain');
      assert.equal(doc.header.title?.committee?.value, 'Beskæftigelses- og Socialudvalget');
      assert.deepEqual(doc.header.meetingDate?.date?.value, { year: 2020, month: 11, day: 10 });
      assert.equal(doc.header.venue?.value, 'Udvalgsværelset, stuen, Skulkenborg 1, 5000 Odense C');
      assert.equal(doc.contents?.entries.length, 12);
      assert.deepEqual(doc.items.map((i) => i.number.value), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      assert.deepEqual(doc.items[0]!.sections.map((s) => s.id), ['resume', 'effekt', 'indstilling', 'beslutning', 'sagsfremstilling', 'okonomi', 'bilag']);
      assert.equal(doc.items[0]!.sections[2]!.heading.value, 'INDSTILLING');
      assert.equal(doc.items[2]!.journalNumber?.value, '15.00.00-A00-35-20');
      // "Økonomiske gevinster" in item 4 is a sub-heading of Økonomi, not a second Økonomi.
      const okonomi = doc.items[3]!.sections.filter((s) => s.id === 'okonomi');
      assert.equal(okonomi.length, 1);
      assert.ok(okonomi[0]!.subHeadings.some((h) => h.text === 'Økonomiske gevinster'));
    });

    it('has no prose finding (dates, references)', () => {
      assert.deepEqual(serious(findings).filter((f) => checkByCode(f.code)!.tags.includes('prose')), []);
    });

    it('reports only items 8–12 lacking Beslutning, one finding each on the item heading', () => {
      const got = structural(findings).map((f) => [f.code, f.severity, f.range.start.line]);
      const want = [8, 9, 10, 11, 12].map((n) => ['missing-section', 'warning', lineOf(text, `Punkt ${n}: `, 24)]);
      assert.deepEqual(got, want);
      for (const f of serious(findings)) assert.match(f.message, /mangler afsnittet «Beslutning»/);
    });

    it('finds its four tables with exact cell ranges', () => {
      assert.equal(doc.tables.length, 4);
      const t = doc.tables[0]!;
      const row = t.rows[1]!;
      const line = text.split('\n')[row.line]!;
      for (const cell of row.cells) assert.equal(line.slice(cell.range.start.character, cell.range.end.character), cell.text);
      assert.deepEqual(row.cells.slice(1).map((c) => c.text), ['10', '8', '8']);
    });
  });

  describe('odense-bsu-2024-04-09.referat.md (Markdown-like)', () => {
    const text = readCorpus(CORPUS_2024);
    const { doc, findings } = analyze(text, { fileName: CORPUS_2024 });

    it('reports no structure warning or error', () => {
      assert.deepEqual(structural(findings).map((f) => `${f.range.start.line + 1} ${f.code}: ${f.message}`), []);
    });

    it('finds the date slip in item 7 and no other prose problem', () => {
      const prose = serious(findings).filter((f) => checkByCode(f.code)!.tags.includes('prose'));
      assert.deepEqual(prose.map((f) => [f.code, f.severity, f.range.start.line + 1]), [['date', 'warning', 873]]);
      assert.match(prose[0]!.message, /24\. oktober 2024 ligger efter mødet \(9\. april 2024\)/);
      assert.equal(text.split('\n')[872]!.slice(prose[0]!.range.start.character, prose[0]!.range.end.character), 'den 24. oktober 2024');
    });

    it('reads 12 items, case types and sub-headings at any level', () => {
      assert.equal(doc.headingStyle, 'markdown');
      assert.equal(doc.items.length, 12);
      assert.deepEqual(doc.items.map((i) => i.caseType?.value ?? ''), ['', '', '', 'B', 'B', 'D', 'D', 'D', 'D', 'D', 'D', 'D']);
      const item4 = doc.items[3]!;
      const sags = item4.sections.find((s) => s.id === 'sagsfremstilling')!;
      assert.ok(sags.subHeadings.some((h) => h.text.startsWith('2. Hvordan kan vi')));
      const item6 = doc.items[5]!;
      assert.ok(item6.sections.find((s) => s.id === 'resume')!.subHeadings.some((h) => h.text.startsWith('TIDSPLAN')));
      // "## Beslutning om udmøntning af …" is a sub-heading, the real Beslutning comes later.
      const item7 = doc.items[6]!;
      assert.deepEqual(item7.sections.map((s) => s.id), ['resume', 'beslutning']);
      assert.equal(item7.sections[1]!.headingLine, lineOf(text, '## Beslutning', lineOf(text, 'Initiativer for og status')));
    });

    it('accepts the cut-short contents entries', () => {
      assert.ok(doc.contents!.entries[1]!.cutShort);
      assert.ok(doc.contents!.entries[10]!.cutShort);
      assert.equal(findings.filter((f) => f.code.startsWith('contents-')).length, 0);
    });

    it('outlines the meeting: 12 items, each with its sections, tables under their section', () => {
      const [meeting] = outline(doc, messagesFor('da'));
      assert.equal(meeting!.kind, 'meeting');
      const items = meeting!.children.filter((c) => c.kind === 'item');
      assert.equal(items.length, 12);
      for (const [i, item] of items.entries()) {
        assert.ok(item.name.startsWith(`Punkt ${i + 1}: `));
        assert.ok(item.children.filter((c) => c.kind === 'section').length >= 2, item.name);
      }
      const okonomi = items[1]!.children.find((c) => c.kind === 'section' && c.name === 'Økonomi')!;
      assert.equal(okonomi.children.filter((c) => c.kind === 'table').length, 3);
    });
  });

  describe('every mutation of the real minutes is found on the line concerned', () => {
    const cases: { name: string; file: string; mutate: (t: string) => string; code: string; line: (t: string) => number }[] = [
      {
        name: 'removing the Beslutning of item 3 (2024)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, '## Beslutning\n\nUdvalgsmedlem Reza Javid (Ø) stemmer imod', 'Udvalgsmedlem Reza Javid (Ø) stemmer imod'),
        code: 'missing-section',
        line: (t) => lineOf(t, '# Punkt 3:'),
      },
      {
        name: 'removing the Resume of item 5 (2020)',
        file: CORPUS_2020,
        mutate: (t) => edit(t, '00.00.00-G01-1173-20\n\nResume\n', '00.00.00-G01-1173-20\n'),
        code: 'missing-section',
        line: (t) => lineOf(t, 'Punkt 5: Evaluering'),
      },
      {
        name: 'doubling a section (2024 item 1)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, 'Beskæftigelses- og Socialudvalget godkender dagsordenen.', 'Beskæftigelses- og Socialudvalget godkender dagsordenen.\n\n## **Resume**\n\nMere tekst.'),
        code: 'duplicate-section',
        line: (t) => lineOf(t, '## **Resume**', lineOf(t, 'godkender dagsordenen.')),
      },
      {
        name: 'two items with the same number (2020)',
        file: CORPUS_2020,
        mutate: (t) => edit(t, 'Punkt 7: Drøftelse', 'Punkt 6: Drøftelse'),
        code: 'item-number-duplicate',
        line: (t) => lineOf(t, 'Punkt 6: Drøftelse af ambitionsniveauer'),
      },
      {
        name: 'two items with the same number (2024)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, '# **Punkt 11:', '# **Punkt 10:'),
        code: 'item-number-duplicate',
        line: (t) => lineOf(t, '# **Punkt 10: D-sag: Fællesmøde'),
      },
      {
        name: 'editing a contents entry (2024)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, 'B-sag: Gravsted for socialt udsatte borgere.....', 'B-sag: Gravsted for udsatte borgere.....'),
        code: 'contents-title',
        line: (t) => lineOf(t, 'B-sag: Gravsted for udsatte borgere.....'),
      },
      {
        name: 'editing a contents entry (2020)',
        file: CORPUS_2020,
        mutate: (t) => edit(t, 'Status på Specialenhedens arbejde.....', 'Status på Specialenhedens indsats.....'),
        code: 'contents-title',
        line: (t) => lineOf(t, 'Status på Specialenhedens indsats.....'),
      },
      {
        name: 'changing the weekday in Mødedato (2020)',
        file: CORPUS_2020,
        mutate: (t) => edit(t, 'Mødedato Tirsdag', 'Mødedato Onsdag'),
        code: 'meeting-weekday',
        line: (t) => lineOf(t, 'Mødedato'),
      },
      {
        name: 'changing the weekday in Mødedato (2024)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, '**Mødedato** Tirsdag', '**Mødedato** Fredag'),
        code: 'meeting-weekday',
        line: (t) => lineOf(t, 'Mødedato'),
      },
      {
        name: 'breaking a journal number (2024)',
        file: CORPUS_2024,
        mutate: (t) => edit(t, '00.01.00-A00-6-21', '00.01.0-A00-6-21'),
        code: 'journal-number',
        line: (t) => lineOf(t, '00.01.0-A00-6-21'),
      },
      {
        name: 'breaking a journal number (2020)',
        file: CORPUS_2020,
        mutate: (t) => edit(t, '15.00.00-A00-35-20', '15.00.00-A0-35-20'),
        code: 'journal-number',
        line: (t) => lineOf(t, '15.00.00-A0-35-20'),
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const original = readCorpus(c.file);
        const before = analyze(original, { fileName: c.file }).findings.filter((f) => f.code === c.code).length;
        const text = c.mutate(original);
        const { findings } = analyze(text, { fileName: c.file });
        const hit = findings.filter((f) => f.code === c.code);
        // Exactly one new finding of that code, on the line concerned, and it is a warning or an error.
        assert.equal(hit.length, before + 1, findings.map((f) => `${f.range.start.line + 1} ${f.code}`).join('\n'));
        const mine = hit.find((f) => f.range.start.line === c.line(text));
        assert.ok(mine, `no ${c.code} on line ${c.line(text) + 1}`);
        assert.ok(mine.severity === 'error' || mine.severity === 'warning');
      });
    }
  });
});
