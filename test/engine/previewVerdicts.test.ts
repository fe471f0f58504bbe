import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, markdownItTableVerdicts, messagesFor, previewVerdictsOf, tableReviewOf } from '../../server/src/engine';
import type { MarkdownItLike, PreviewVerdict } from '../../server/src/engine';
import { parseAnnotated } from '../support/annotated';
import { FIXTURES } from '../support/paths';

// markdown-it is what VS Code's Markdown preview renders with (a dev dependency: the extension
// receives the preview's own instance and ships none).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownIt = require('markdown-it') as (options?: object) => MarkdownItLike & { render(src: string, env?: object): string };

const fixture = (name: string) => parseAnnotated(fs.readFileSync(path.join(FIXTURES, 'tables', name), 'utf8')).text;

/** Render as the preview does: the verdicts the server would send for this text (same engine). */
function preview(text: string, locale: 'da' | 'en' = 'da'): { html: string; verdicts: PreviewVerdict[] } {
  const verdicts = previewVerdictsOf(tableReviewOf(analyze(text).doc, messagesFor(locale)));
  const md = markdownItTableVerdicts(markdownIt({ html: true }), (env) => ((env as { doc?: string }).doc === 'minutes' ? verdicts : undefined));
  return { html: md.render(text, { doc: 'minutes' }), verdicts };
}

/** The verdict mark written right before each table, in order: `status: text`. */
function marks(html: string): { status: string; text: string; before: string }[] {
  const out = [];
  for (const m of html.matchAll(/<p class="referat-verdict referat-(\w+)"[^>]*>([^<]*)<\/p>\n<(\w+)([^>]*)>/gu)) out.push({ status: m[1]!, text: m[2]!, before: `${m[3]}${m[4]}` });
  return out;
}

describe('table verdicts in the Markdown preview (markdown-it plugin)', () => {
  it('marks a pipe table with a wrong total as wrong and the correct one as correct, each on its own table', () => {
    const { html } = preview(fixture('pipe.referat.md'));
    const m = marks(html);
    assert.equal(m.length, 2, html);
    assert.equal(m[0]!.status, 'ok');
    assert.match(m[0]!.before, /^table class="referat-table referat-ok"/u);
    assert.equal(m[1]!.status, 'error');
    assert.match(m[1]!.before, /^table class="referat-table referat-error"/u);
    assert.match(m[1]!.text, /Regnskab/u);
    // The wrong table is the one with Regnskab 1.450: the mark stands right before it.
    const wrongTable = html.slice(html.indexOf('referat-table referat-error'));
    assert.ok(wrongTable.indexOf('1.450') > 0 && wrongTable.indexOf('1.450') < wrongTable.indexOf('</table>'));
    assert.equal(html.split('referat-verdict').length - 1, 2, 'one mark per table');
  });

  it('marks tab tables (rendered as paragraphs) and speaks Danish by default, English when asked', () => {
    const da = marks(preview(fixture('nested.referat.md')).html);
    assert.deepEqual(da.map((x) => x.status), ['ok', 'error']);
    assert.ok(da.every((x) => x.before.startsWith('p class="referat-table')));
    assert.match(da[0]!.text, /stemmer/u);
    const en = marks(preview(fixture('nested.referat.md'), 'en').html);
    assert.match(en[0]!.text, /adds up/u);
  });

  it('leaves other Markdown untouched: no verdicts, no marks', () => {
    const md = markdownItTableVerdicts(markdownIt(), () => undefined);
    const plain = markdownIt().render(fixture('pipe.referat.md'));
    assert.equal(md.render(fixture('pipe.referat.md'), {}), plain);
  });

  it('escapes the verdict and place texts', () => {
    const md = markdownItTableVerdicts(markdownIt(), () => [{ startLine: 0, endLine: 2, status: 'error', text: '<b>x</b>', title: 'a"b' }]);
    const html = md.render('| a | b |\n|---|---|\n| 1 | 2 |\n', {});
    assert.match(html, /&lt;b&gt;x&lt;\/b&gt;/u);
    assert.match(html, /title="a&quot;b"/u);
  });
});
