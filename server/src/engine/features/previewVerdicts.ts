/**
 * Table verdicts in the Markdown preview: a markdown-it plugin that writes each table's verdict
 * (the code lens's sentence: ✓ stemmer / ≈ afrunding / ✗ forkert total) just above the table
 * it belongs to. The verdicts come from the engine through the caller (`verdictsFor`): in VS Code
 * the client asks the language server and caches the answer per document version, so the
 * preview and the editor always show the same engine's verdict. Pure: no markdown-it import
 * (the preview hands in its own instance), only the few token fields a plugin may rely on.
 */

import type { TableReviewTable } from '../tables/describe';

/** One table's verdict, in document lines (0-based, as markdown-it's `token.map`). */
export interface PreviewVerdict {
  readonly startLine: number;
  readonly endLine: number;
  readonly status: 'ok' | 'rounding' | 'error';
  /** The sentence shown (already in the user's language). */
  readonly text: string;
  /** Where the table stands (`Punkt 2 · Økonomi · Drift`): the mark's tooltip. */
  readonly title?: string;
}

interface Token {
  map: [number, number] | null;
  attrJoin(name: string, value: string): void;
}
type RenderRule = (tokens: Token[], idx: number, options: unknown, env: unknown, self: { renderToken(tokens: Token[], idx: number, options: unknown): string }) => string;
export interface MarkdownItLike {
  renderer: { rules: Record<string, RenderRule | undefined> };
  utils: { escapeHtml(s: string): string };
}

/** The block tokens a table can render as: a pipe table, or (tab tables) a paragraph. */
const BLOCKS = ['table_open', 'paragraph_open'] as const;
const USED = Symbol('referat.previewVerdicts.used');

/**
 * Install the plugin. `verdictsFor(env)` returns the verdicts of the document being rendered
 * (markdown-it's render `env`; VS Code's has `currentDocument`), or undefined when it is not
 * minutes or the verdicts are not known yet: then nothing is marked. Each verdict is written
 * once, before the first table or paragraph whose lines contain the table's first line.
 */
export function markdownItTableVerdicts<M extends MarkdownItLike>(md: M, verdictsFor: (env: unknown) => readonly PreviewVerdict[] | undefined): M {
  for (const name of BLOCKS) {
    const original = md.renderer.rules[name];
    md.renderer.rules[name] = (tokens, idx, options, env, self) => {
      const render = () => (original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options));
      const token = tokens[idx]!;
      const verdicts = token.map && env && typeof env === 'object' ? verdictsFor(env) : undefined;
      if (!verdicts?.length || !token.map) return render();
      const used = usedSet(env as Record<symbol, Set<PreviewVerdict> | undefined>);
      const [from, to] = token.map;
      const v = verdicts.find((x) => !used.has(x) && x.startLine >= from && x.startLine < to);
      if (!v) return render();
      used.add(v);
      // The class on the table itself too, so the preview stylesheet can frame it.
      token.attrJoin('class', `referat-table referat-${v.status}`);
      const title = v.title ? ` title="${md.utils.escapeHtml(v.title)}"` : '';
      return `<p class="referat-verdict referat-${v.status}" data-referat-status="${v.status}"${title}>${md.utils.escapeHtml(v.text)}</p>\n${render()}`;
    };
  }
  return md;
}

function usedSet(env: Record<symbol, Set<PreviewVerdict> | undefined>): Set<PreviewVerdict> {
  return (env[USED] ??= new Set());
}

/** The preview's verdicts from the review panel's tables (`referat/tableReview`): tables with totals only. */
export function previewVerdictsOf(tables: readonly TableReviewTable[]): PreviewVerdict[] {
  const out: PreviewVerdict[] = [];
  for (const t of tables) {
    if (t.status === 'none') continue;
    out.push({ startLine: t.range.start.line, endLine: t.range.end.line, status: t.status, text: t.verdict, title: t.title });
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
