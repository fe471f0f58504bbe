import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../support/paths';

const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

/**
 * How VS Code treats a Referat file as text: what a word is (suggestions, double-click,
 * occurrence highlighting) and the editor defaults the extension sets for `[referat]`.
 */
describe('the editor as a prose editor (language configuration and defaults)', () => {
  const config = read('language-configuration.json') as { wordPattern: { pattern: string; flags: string } };
  // VS Code builds the RegExp from pattern and flags exactly like this.
  const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags.includes('g') ? config.wordPattern.flags : `${config.wordPattern.flags}g`);
  const words = (s: string) => s.match(word) ?? [];

  it('reads Danish words, numbers and journal numbers as words (the u flag makes \\p{L} a letter class)', () => {
    assert.equal(config.wordPattern.flags, 'u');
    assert.deepEqual(words('Beslutning: Økonomiudvalget godkender 1.000 kr.'), ['Beslutning', 'Økonomiudvalget', 'godkender', '1.000', 'kr']);
    assert.deepEqual(words('j.nr. 00.30.00-S00-1-24 Besl'), ['j.nr', '00.30.00-S00-1-24', 'Besl']);
  });

  it('without the u flag the same pattern reads only p, N, L and braces as word characters: the bug it fixes', () => {
    const withoutFlag = new RegExp(config.wordPattern.pattern, 'g');
    assert.deepEqual('Godkendelse af pp og N'.match(withoutFlag), ['pp', 'N']);
    assert.deepEqual(words('Godkendelse af pp og N'), ['Godkendelse', 'af', 'pp', 'og', 'N']);
  });

  it('sets word wrap, suggestions while typing, snippets first, no word suggestions and allowed Danish punctuation for [referat]', () => {
    const defaults = read('package.json').contributes.configurationDefaults['[referat]'];
    assert.equal(defaults['editor.wordWrap'], 'on');
    assert.equal(defaults['editor.quickSuggestions'].other, 'on');
    assert.equal(defaults['editor.snippetSuggestions'], 'top');
    assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
    for (const c of ['–', '«', '»', '„', '“']) assert.equal(defaults['editor.unicodeHighlight.allowedCharacters'][c], true, c);
    // Word wrap never splits an amount (1.044.235, 27,1) at its separators.
    assert.doesNotMatch(defaults['editor.wordWrapBreakAfterCharacters'], /[.,]/u);
  });

  it('fixes on an explicit save, and only what decides nothing for the secretary', () => {
    const defaults = read('package.json').contributes.configurationDefaults['[referat]'];
    // `explicit`: on Ctrl+S, never on auto-save after a delay (a half-written line is left alone).
    assert.deepEqual(defaults['editor.codeActionsOnSave'], { 'source.fixAll.referat': 'explicit' });
    // Renumbering and the weekday are safe when asked for, never applied unasked (see Fix.unasked).
    const unasked = [];
    for (const f of fs.readdirSync(path.join(ROOT, 'server/src/engine/checks'))) if (/unasked:\s*true/u.test(fs.readFileSync(path.join(ROOT, 'server/src/engine/checks', f), 'utf8'))) unasked.push(f);
    for (const f of fs.readdirSync(path.join(ROOT, 'server/src/engine/edits'))) if (/unasked:\s*true/u.test(fs.readFileSync(path.join(ROOT, 'server/src/engine/edits', f), 'utf8'))) unasked.push(f);
    assert.deepEqual(unasked, ['contentsTitle.ts']);
  });
});
