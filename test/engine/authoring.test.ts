import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  Finding,
  MinutesDocument,
  analyze,
  completions,
  definitionAt,
  insertSectionEdit,
  itemSkeleton,
  looksLikeMinutes,
  regenerateContentsEdit,
  renumberEdits,
  snippets,
  defaultConfig,
  itemSymbols,
  messagesFor,
} from '../support/engine';
import { snippetsJson } from '../../server/src/tools/manifest';
import { applyEdits } from '../support/edits';
import { expandSnippet } from '../support/snippet';
import { CORPUS_2020, CORPUS_2024, ROOT, readCorpus } from '../support/paths';

/** Findings as code + message (line numbers move when text is inserted above). */
const keys = (fs: readonly Finding[]) => fs.map((f) => `${f.code}: ${f.message}`).sort();

/** Findings of `after` that `before` did not have, and those of `before` that are gone. */
function diff(before: readonly Finding[], after: readonly Finding[]): { added: string[]; removed: string[] } {
  const b = keys(before);
  const a = keys(after);
  const added = a.filter((k) => !b.includes(k));
  const removed = b.filter((k) => !a.includes(k));
  return { added, removed };
}

function lineOf(text: string, pattern: RegExp): number {
  const i = text.split('\n').findIndex((l) => pattern.test(l));
  assert.ok(i >= 0, `no line matches ${pattern}`);
  return i;
}

/** Removes lines [from, to) from a text. */
function removeLines(text: string, from: number, to: number): string {
  const lines = text.split('\n');
  lines.splice(from, to - from);
  return lines.join('\n');
}

describe('quick fixes, applied and checked again', () => {
  it('inserts each missing Beslutning in the plain-text 2020 minutes: the finding goes, nothing new comes', () => {
    let text = readCorpus(CORPUS_2020);
    let before = analyze(text).findings;
    const missing = before.filter((f) => f.code === 'missing-section');
    assert.equal(missing.length, 5, 'items 8–12 of the 2020 minutes have no Beslutning');
    for (let round = 0; round < 5; round++) {
      const f = before.find((x) => x.code === 'missing-section')!;
      assert.equal(f.fixes?.length, 1);
      text = applyEdits(text, f.fixes![0]!.edits);
      const after = analyze(text).findings;
      const d = diff(before, after);
      assert.deepEqual(d.added, [], 'the fix must not cause a new finding');
      assert.deepEqual(d.removed, [`missing-section: ${f.message}`]);
      before = after;
    }
    // Plain text: the heading is a bare line, the orientation items get "Orientering givet.".
    assert.match(text, /Punkt 9: Status på Specialenhedens[\s\S]*?\nBeslutning\n\nOrientering givet\.\n\nPunkt 10:/u);
  });

  it('inserts a removed Beslutning in the Markdown 2024 minutes at its place, in the document’s heading style', () => {
    const original = readCorpus(CORPUS_2024);
    const heading = lineOf(original, /^## Beslutning$/u); // item 5 (B-sag): `### Resume` … `## Beslutning`, `## Sagsfremstilling`
    const text = removeLines(original, heading, heading + 4); // heading, blank, decision, blank
    const before = analyze(text).findings;
    const f = before.find((x) => x.code === 'missing-section');
    assert.ok(f, 'removing the section is reported');
    const fixed = applyEdits(text, f.fixes![0]!.edits);
    const after = analyze(fixed).findings;
    assert.deepEqual(diff(before, after), { added: [], removed: [`missing-section: ${f.message}`] });
    // Same heading shape as the item's other sections, placed before Sagsfremstilling.
    assert.match(fixed.split("\n").slice(heading - 2, heading + 8).join('\n'), /\n## Beslutning\n\n.+ (godkender|anbefaler) indstillingen\.\n\n## Sagsfremstilling/u);
  });

  it('an Indstilling that a decision refers to is inserted before Beslutning', () => {
    const text = '# Punkt 1: Sag\n\n00.30.00-S00-1-25\n\n## Resume\n\nTekst.\n\n## Beslutning\n\nUdvalget godkender indstillingen.\n';
    const before = analyze(text).findings;
    const f = before.find((x) => x.code === 'missing-section')!;
    const fixed = applyEdits(text, f.fixes![0]!.edits);
    assert.match(fixed, /## Resume\n\nTekst\.\n\n## Indstilling\n\n.+\n\n## Beslutning/u);
    // The inserted section is valid, and its text is a placeholder the secretary still has to write.
    assert.deepEqual(diff(before, analyze(fixed).findings).added.map((k) => k.split(':')[0]), ['placeholder']);
  });

  it('renumbers the items 1..N (fix and command) and keeps CRLF line breaks', () => {
    const original = readCorpus(CORPUS_2024).replace(/\n/gu, '\r\n');
    const text = original.replace('## Punkt 5: B-sag: Gravsted', '## Punkt 7: B-sag: Gravsted');
    const before = analyze(text).findings;
    const gap = before.filter((f) => f.code === 'item-number-gap' || f.code === 'item-number-duplicate');
    assert.ok(gap.length > 0);
    const fix = gap[0]!.fixes!.find((x) => x.safe)!;
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, original, 'renumbering restores the original numbers and nothing else');
    assert.deepEqual(renumberEdits(analyze(original).doc), [], 'nothing to renumber in correct minutes');
  });

  for (const [name, file] of [
    ['2020', CORPUS_2020],
    ['2024', CORPUS_2024],
  ] as const) {
    it(`regenerating the contents of the ${name} minutes after renaming an item makes the contents check clean`, () => {
      const original = readCorpus(file);
      const clean = analyze(original).findings;
      const doc = analyze(original).doc;
      const item = doc.items[4]!;
      const lines = original.split('\n');
      const h = lines[item.headingLine]!;
      lines[item.headingLine] = h.replace(item.title.value, 'Et helt nyt navn på punktet om budgettet');
      const renamed = lines.join('\n');
      const before = analyze(renamed);
      assert.ok(before.findings.some((f) => f.code.startsWith('contents-')), 'the rename is reported in the contents');
      const edit = regenerateContentsEdit(before.doc)!;
      const fixed = applyEdits(renamed, [edit]);
      const after = analyze(fixed).findings;
      assert.deepEqual(after.filter((f) => f.code.startsWith('contents-')), []);
      assert.deepEqual(diff(clean, after).added, [], 'nothing else is reported');
      // The style and the page numbers of the other entries are kept.
      const entries = analyze(fixed).doc.contents!.entries;
      assert.equal(entries.length, doc.items.length);
      for (const [i, e] of entries.entries()) {
        if (i !== 4) assert.equal(e.page?.value, doc.contents!.entries[i]!.page?.value, `page of entry ${i + 1}`);
        assert.equal(e.cutShort, false);
      }
      assert.match(fixed, /\.\.\.\.\.\t3\n/u);
    });
  }

  it('the contents fixes offer regeneration, which leaves no contents finding', () => {
    const original = readCorpus(CORPUS_2024);
    const lines = original.split('\n');
    const entry = lineOf(original, /^B-sag: Gravsted/u);
    lines.splice(entry, 1);
    const text = lines.join('\n');
    const f = analyze(text).findings.find((x) => x.code === 'contents-missing-item')!;
    assert.ok(f.fixes?.length);
    const fixed = applyEdits(text, f.fixes![0]!.edits);
    assert.deepEqual(analyze(fixed).findings.filter((x) => x.code.startsWith('contents-')), []);
  });

  it('insertSectionEdit on a plain document without sections writes a bare heading', () => {
    const text = 'Punkt 1: Sag\n\n00.30.00-S00-1-25\n\nTekst.\n';
    const { doc } = analyze(text);
    const e = insertSectionEdit(doc, defaultConfig, doc.items[0]!, 'resume');
    assert.equal(applyEdits(text, [e]), 'Punkt 1: Sag\n\n00.30.00-S00-1-25\n\nTekst.\n\nResume\n\nKort resume af sagen.\n');
  });
});

describe('completion', () => {
  const at = (doc: MinutesDocument, line: number, character: number) => completions(doc, defaultConfig, 'da', { line, character });
  /** Applies a completion (snippet defaults kept) and re-checks. */
  const accept = (text: string, c: ReturnType<typeof at>[number]) => applyEdits(text, [{ range: c.range, newText: c.snippet ? expandSnippet(c.insertText) : c.insertText }]);

  it('offers the next item number after `Punkt `', () => {
    const text = readCorpus(CORPUS_2024) + '\n## **Punkt ';
    const { doc } = analyze(text);
    const last = doc.lines.length - 1;
    const items = at(doc, last, doc.lines[last]!.text.length);
    assert.equal(items[0]?.kind, 'itemNumber');
    assert.equal(items[0]?.insertText, '13: ');
    const between = analyze(readCorpus(CORPUS_2024).replace('# Punkt 6:', 'Punkt \n\n# Punkt 6:')).doc;
    const line = between.lines.findIndex((l) => l.text === 'Punkt ');
    assert.equal(at(between, line, 6)[0]?.insertText, '6: ');
  });

  it('offers the sections an item lacks, in order and in the document’s style; accepting one fixes the finding', () => {
    const text = readCorpus(CORPUS_2020);
    const before = analyze(text);
    const item = before.doc.items[7]!; // Punkt 8: Resume only
    const line = item.range.end.line + 1; // the blank line before Punkt 9
    assert.equal(before.doc.lines[line]!.text, '');
    const offered = at(before.doc, line, 0).filter((c) => c.kind === 'section');
    assert.deepEqual(
      offered.map((c) => c.label),
      // In the document's own spelling: the 2020 minutes write INDSTILLING in capitals.
      ['Effekt', 'INDSTILLING', 'Beslutning', 'Sagsfremstilling', 'Økonomi', 'Bilag'],
    );
    const fixed = accept(text, offered.find((c) => c.label === 'Beslutning')!);
    const d = diff(before.findings, analyze(fixed).findings);
    assert.deepEqual(d.added, []);
    assert.deepEqual(d.removed, ['missing-section: Punkt 8 mangler afsnittet «Beslutning».']);
  });

  it('Markdown section headings in completion follow the item’s headings (`## **…**`)', () => {
    const text = readCorpus(CORPUS_2024).replace(/\s*$/u, '\n\n');
    const { doc } = analyze(text);
    // After Punkt 12, whose sections are `### **…**`.
    const labels = at(doc, doc.lines.length - 1, 0).filter((c) => c.kind === 'section').map((c) => c.label);
    assert.deepEqual(labels, ['### **Effekt**', '### **Indstilling**', '### **Sagsfremstilling**', '### **Økonomi**', '### **Bilag**']);
  });

  it('inside Beslutning: standard decisions for the case type with the committee, and vote lines for known members', () => {
    const text = readCorpus(CORPUS_2024);
    const { doc } = analyze(text);
    const bItem = doc.items.find((i) => i.caseType?.value === 'B')!;
    const bDecision = bItem.sections.find((s) => s.id === 'beslutning')!;
    const line = bDecision.bodyRange.start.line + 1; // the decision text line
    const offered = at(doc, line, 0);
    const decisions = offered.filter((c) => c.kind === 'decision').map((c) => c.label);
    assert.deepEqual(decisions, ['Beskæftigelses- og Socialudvalget godkender indstillingen.', 'Beskæftigelses- og Socialudvalget anbefaler indstillingen.']);
    const votes = offered.filter((c) => c.kind === 'vote').map((c) => c.label);
    assert.ok(votes.includes('Udvalgsmedlem Reza Javid (Ø) stemmer imod indstillingen.'), votes.join('\n'));
    assert.ok(votes.includes('Udvalgsmedlem Mads Thomsen (A) stemmer for indstillingen.'));
    assert.ok(votes.includes('Udvalgsmedlem Reza Javid deltog ikke i behandlingen af dette punkt.'));

    const dItem = doc.items.find((i) => i.caseType?.value === 'D')!;
    const dDecision = dItem.sections.find((s) => s.id === 'beslutning')!;
    assert.equal(at(doc, dDecision.bodyRange.start.line, 0).find((c) => c.kind === 'decision')?.label, 'Orientering givet.');
  });

  it('a decision accepted into an emptied Beslutning checks clean again', () => {
    const original = readCorpus(CORPUS_2024);
    const lines = original.split('\n');
    const i = lineOf(original, /^Beskæftigelses- og Socialudvalget godkender indstillingen\.$/u);
    lines[i] = '';
    const text = lines.join('\n');
    const before = analyze(text);
    assert.ok(before.findings.some((f) => f.code === 'empty-section'));
    const c = at(before.doc, i, 0).find((x) => x.kind === 'decision')!;
    const fixed = accept(text, c);
    assert.deepEqual(keys(analyze(fixed).findings), keys(analyze(original).findings));
  });

  it('a vote line typed halfway is completed from the members the document names', () => {
    const original = readCorpus(CORPUS_2024);
    const i = lineOf(original, /^Udvalgsmedlem Reza Javid \(Ø\) stemmer imod/u);
    const lines = original.split('\n');
    lines.splice(i + 1, 0, '', 'Udvalgsmedlem Re');
    const { doc } = analyze(lines.join('\n'));
    const c = at(doc, i + 2, 'Udvalgsmedlem Re'.length).find((x) => x.label === 'Udvalgsmedlem Reza Javid (Ø) stemmer imod indstillingen.');
    assert.ok(c);
    assert.deepEqual(c.range, { start: { line: i + 2, character: 0 }, end: { line: i + 2, character: 16 } });
    const completed = [...original.split('\n')];
    completed.splice(i + 1, 0, '', 'Udvalgsmedlem Reza Javid (Ø) stemmer imod indstillingen.');
    assert.equal(accept(lines.join('\n'), c), completed.join('\n'));
    assert.deepEqual(keys(analyze(completed.join('\n')).findings), keys(analyze(original).findings));
  });

  it('offers a new item skeleton with the next number; with the contents regenerated it checks clean', () => {
    for (const file of [CORPUS_2020, CORPUS_2024]) {
      const text = readCorpus(file).replace(/\s*$/u, '\n\n');
      const { doc, findings } = analyze(text);
      const last = doc.lines.length - 1;
      const skeletons = at(doc, last, 0).filter((c) => c.kind === 'snippet');
      assert.equal(skeletons.length, 2);
      assert.match(skeletons[0]!.label, /^Punkt 13: B-sag/u);
      for (const s of skeletons) {
        const added = accept(text, s);
        const withItem = analyze(added);
        assert.equal(withItem.doc.items.length, 13);
        const d = diff(findings, withItem.findings);
        // The contents lack the item, and what the skeleton leaves to be written is reported.
        assert.deepEqual(d.added.map((k) => k.split(':')[0]).filter((c) => c !== 'placeholder'), ['contents-missing-item'], d.added.join('\n'));
        assert.ok(d.added.filter((k) => k.startsWith('placeholder')).length >= 3, d.added.join('\n'));
        const regenerated = applyEdits(added, [regenerateContentsEdit(withItem.doc)!]);
        assert.deepEqual(diff(findings, analyze(regenerated).findings).added.filter((k) => !k.startsWith('placeholder')), []);
        // The new item uses the document's heading style.
        // (the 2020 minutes write no case type before their titles, so neither does the new item).
        if (file === CORPUS_2020) assert.match(added, /\nPunkt 13: Titel\n\n00\.00\.00-A00-1-25\n\nResume\n/u);
        else assert.match(added, /\n## \*\*Punkt 13: [BD]-sag: Titel\*\*\n\n00\.00\.00-A00-1-25\n\n### \*\*Resume\*\*\n/u);
      }
    }
  });

  it('the item skeleton starts at its title: the number it knows is plain text, the static snippet\'s number is the last tab stop', () => {
    assert.match(itemSkeleton('markdown', 'B', { number: 4 }), /^# Punkt 4: B-sag: \$\{1:Titel\}\n\n\$\{2:00\.00\.00-A00-1-25\}/u);
    assert.match(itemSkeleton('plain', 'D', { number: 4 }), /^Punkt 4: D-sag: \$\{1:Titel\}/u);
    const d = itemSkeleton('markdown', 'D');
    assert.match(d, /^# Punkt \$\{4:1\}: D-sag: \$\{1:Titel\}/u);
    assert.doesNotMatch(d, /\$\{[5-9]:/u, 'the number is the last tab stop');
    const b = itemSkeleton('markdown', 'B');
    const stops = [...b.matchAll(/\$\{(\d+):/gu)].map((m) => Number(m[1]));
    assert.equal(/^# Punkt \$\{(\d+):1\}/u.exec(b)![1], String(Math.max(...stops)));
  });

  it('offers no item skeleton inside a section with text below, nor with a number that already exists', () => {
    const text = ['# Punkt 1: Sag', '', '## Resume', '', 'Tekst.', '', '## Beslutning', '', '', 'Godkendt.', '', '# Punkt 2: Anden sag', '', '## Resume', '', 'Tekst.', '', ''].join('\n');
    const { doc } = analyze(text);
    const snippetsAt = (line: number) => at(doc, line, 0).filter((c) => c.kind === 'snippet').map((c) => c.label);
    assert.deepEqual(snippetsAt(8), [], 'inside Beslutning, text below');
    assert.deepEqual(snippetsAt(10), [], 'end of item 1, but Punkt 2 exists');
    assert.equal(snippetsAt(17).length, 2, 'after the last item: Punkt 3');
    assert.match(snippetsAt(17)[0]!, /^Punkt 3/u);
  });

  it('offers the missing Beslutning while its first letters are typed', () => {
    const text = ['# Punkt 1: Sag', '', '## Resume', '', 'Tekst.', '', 'Besl'].join('\n');
    const { doc } = analyze(text);
    const c = at(doc, 6, 4).find((x) => x.kind === 'section' && x.label.includes('Beslutning'));
    assert.ok(c, 'Beslutning offered');
    assert.deepEqual(c.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 4 } });
  });

  it('offers nothing on a binary document or outside the text', () => {
    const { doc } = analyze('\u0000\u0001binary');
    assert.deepEqual(at(doc, 0, 3), []);
    assert.deepEqual(at(analyze('x').doc, 99, 0), []);
  });
});

/** What a secretary writes over the snippets' placeholders. */
function fillIn(text: string): string {
  return text
    .replace(/00\.00\.00-A00-1-25/gu, '15.00.00-A00-7-25')
    .replace(/Kort resume af sagen\./gu, 'Udvalget skal tage stilling til budgettet.')
    .replace('Sagens effekt for borgerne.', 'Flere borgere får hjælp hurtigere.')
    .replace('Sagens baggrund.', 'Budgettet blev drøftet på sidste møde.')
    .replace('Bilag 1.', 'Bilag 1: Budgetoversigt')
    .replace(/\t0\t0\t0\t0\t0/gu, '\t100\t200\t300\t400\t1.000');
}

describe('snippets', () => {
  it('every snippet is valid snippet syntax in both styles', () => {
    for (const s of snippets) {
      for (const style of ['markdown', 'plain'] as const) assert.doesNotThrow(() => expandSnippet(s.body(style)), `${s.id} (${style})`);
      assert.ok(s.description.da && s.description.en && s.description.da !== s.description.en, `${s.id} description is translated`);
    }
  });

  it('the snippet file on disk is generated from the catalogue (run `npm run gen`) and every body in it parses', () => {
    const onDisk = fs.readFileSync(path.join(ROOT, 'snippets/referat.code-snippets'), 'utf8');
    assert.equal(onDisk, snippetsJson());
    const file = JSON.parse(onDisk) as Record<string, { prefix: string; body: string[]; description: string }>;
    assert.ok(Object.keys(file).length >= snippets.length);
    for (const [name, s] of Object.entries(file)) assert.doesNotThrow(() => expandSnippet(s.body.join('\n')), name);
  });

  for (const style of ['markdown', 'plain'] as const) {
    it(`minutes built from the ${style} snippets and filled in check clean`, () => {
      const body = (id: string) => expandSnippet(snippets.find((s) => s.id === id)!.body(style));
      const decision = expandSnippet(itemSkeleton(style, 'B', { number: 1 }))
        .replace('Titel', 'Budget for 2025')
        .replace(/Udvalget godkender/u, 'Beskæftigelses- og Socialudvalget godkender');
      const orientation = expandSnippet(itemSkeleton(style, 'D', { number: 2 })).replace('Titel', 'Status på projektet');
      let text = [body('header'), decision, '', orientation, ''].join('\n');
      const first = analyze(text, { fileName: `x.referat.${style === 'markdown' ? 'md' : 'txt'}` });
      assert.equal(first.doc.headingStyle, style);
      assert.equal(first.doc.items.length, 2);
      assert.deepEqual(first.doc.items[0]!.sections.map((s) => s.id), ['resume', 'effekt', 'indstilling', 'beslutning', 'sagsfremstilling', 'okonomi', 'bilag']);
      assert.equal(first.doc.items[0]!.sections.find((s) => s.id === 'okonomi')!.tables.length, 1);
      text = applyEdits(text, [regenerateContentsEdit(first.doc)!]);
      // Left as inserted, every text still to be written is a placeholder finding, and nothing else is wrong.
      const left = keys(analyze(text).findings);
      assert.ok(left.length >= 8, left.join('\n'));
      assert.deepEqual(left.filter((k) => !k.startsWith('placeholder')), []);
      text = fillIn(text);
      assert.deepEqual(keys(analyze(text).findings), []);
      // A vote and an absence line in the decision change nothing.
      const withVotes = text.replace('godkender indstillingen.', `godkender indstillingen.\n\n${body('vote')}\n\n${body('absence')}`);
      assert.deepEqual(keys(analyze(withVotes).findings), []);
    });
  }
});

describe('navigation', () => {
  it('goes from each contents entry to its item in both real minutes', () => {
    for (const file of [CORPUS_2020, CORPUS_2024]) {
      const { doc } = analyze(readCorpus(file));
      doc.contents!.entries.forEach((entry, i) => {
        const target = definitionAt(doc, { line: entry.line, character: entry.title.range.start.character + 1 });
        assert.deepEqual(target, doc.items[i]!.headingRange);
      });
      assert.equal(definitionAt(doc, { line: doc.items[0]!.headingLine, character: 1 }), undefined);
    }
  });

  it('lists the items as symbols with the meeting as container', () => {
    const { doc } = analyze(readCorpus(CORPUS_2020));
    const symbols = itemSymbols(doc, messagesFor('da'));
    assert.equal(symbols.length, 12);
    assert.equal(symbols[11]!.name, 'Punkt 12: Aktuelle sager');
    assert.match(symbols[0]!.container!, /^REFERAT Beskæftigelses- og Socialudvalget/u);
  });
});

describe('inline suppression and auto-detection', () => {
  it('`<!-- referat-ignore missing-section -->` silences that finding on the next line only', () => {
    const text = readCorpus(CORPUS_2020);
    const silenced = text.replace('Punkt 9: Status', '<!-- referat-ignore missing-section -->\nPunkt 9: Status');
    const a = analyze(text).findings.filter((f) => f.code === 'missing-section');
    const b = analyze(silenced).findings.filter((f) => f.code === 'missing-section');
    assert.equal(b.length, a.length - 1);
    assert.ok(!b.some((f) => /Punkt 9 /u.test(f.message)));
    const otherCode = text.replace('Punkt 9: Status', '<!-- referat-ignore journal-number -->\nPunkt 9: Status');
    assert.equal(analyze(otherCode).findings.filter((f) => f.code === 'missing-section').length, a.length);
    const all = text.replace('Punkt 9: Status', '<!-- referat-ignore -->\n\nPunkt 9: Status');
    assert.equal(analyze(all).findings.filter((f) => f.code === 'missing-section').length, a.length - 1);
  });

  it('recognises minutes and agendas by their first non-empty line', () => {
    assert.ok(looksLikeMinutes(readCorpus(CORPUS_2020)));
    assert.ok(looksLikeMinutes(readCorpus(CORPUS_2024)));
    assert.ok(looksLikeMinutes('\uFEFF\n\n## DAGSORDEN Byrådet d. 01-02-2025\n'));
    assert.ok(!looksLikeMinutes('# Noter\n\nREFERAT fra mødet\n'));
    assert.ok(!looksLikeMinutes('Referater er kedelige'));
    assert.ok(!looksLikeMinutes(''));
    // A new file being typed: an item heading is enough, whatever the first line says.
    assert.ok(looksLikeMinutes('Udvalgsmøde\n\nPunkt 1: Godkendelse af dagsorden\n'));
    assert.ok(looksLikeMinutes('# **Punkt 1: Godkendelse**'));
    assert.ok(looksLikeMinutes('Referat af mødet i Byrådet'));
    assert.ok(!looksLikeMinutes('Indkøbsliste\n\n1. mælk\n2. brød\n'));
    assert.ok(!looksLikeMinutes('Vi nåede til punkt 3 i går.'));
  });
});

describe('authoring aids never throw', () => {
  it('completion and definition answer at every position of odd inputs', () => {
    const inputs = [
      '',
      '\uFEFF# Punkt \r\n\r\nBeslutning\r\n',
      'Punkt 1: x\nBeslutning\nUdvalgsmedlem (Ø) stemmer\n## \n**',
      'REFERAT\n\nIndholdsfortegnelse\n\nPunkt 1: A.....\t3\n\nPunkt 1: A\n\nBeslutning\n\n',
      'Punkt 2: Nu\u0301 med NFD\n\nResume\n\n1.000 kr.\t2025\nI alt\t',
    ];
    for (const text of inputs) {
      const { doc } = analyze(text);
      for (let line = 0; line <= doc.lines.length; line++) {
        for (let character = 0; character <= (doc.lines[line]?.text.length ?? 0) + 1; character++) {
          assert.doesNotThrow(() => completions(doc, defaultConfig, 'en', { line, character }));
          assert.doesNotThrow(() => definitionAt(doc, { line, character }));
        }
      }
      assert.doesNotThrow(() => regenerateContentsEdit(doc));
      assert.doesNotThrow(() => renumberEdits(doc));
    }
  });
});
