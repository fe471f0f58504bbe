import type { LineOrigin, Place } from './types';

/**
 * The blocks both importers produce, and the one writer that turns them into Referat's text
 * form. Keeping the writer shared means a PDF and a Word document of the same minutes read the
 * same to the engine: a heading is a Markdown heading whatever its level was, a table is
 * tab-separated with `<b>` on every cell of a bold row, a list item starts `- ` or `N. `.
 */

/** A run of text with the place each piece came from (`from` = offset into `text`). */
export interface PlacedText {
  readonly text: string;
  readonly pieces: readonly { readonly from: number; readonly place: Place }[];
}

export interface TableRowBlock {
  readonly cells: readonly string[];
  readonly bold: boolean;
  readonly place: Place;
}

export type Block =
  | { readonly type: 'heading'; readonly level: number; readonly text: PlacedText }
  | {
      readonly type: 'paragraph';
      readonly text: PlacedText;
      readonly tight?: boolean;
      /**
       * Printed as it reads (a PDF's line): a `# ` the reader sees before a title is that title's
       * heading mark to them too, so it stays one. A Word paragraph's `#` is only a character.
       */
      readonly printed?: boolean;
    }
  | { readonly type: 'list-item'; readonly marker: string; readonly text: PlacedText; readonly tight?: boolean }
  | { readonly type: 'table'; readonly rows: readonly TableRowBlock[] };

/** Tabs and line breaks inside a cell or paragraph would read as table syntax or new lines. */
export function flat(s: string): string {
  return s.replace(/[\t\r\n\u000b\u000c\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Joins placed pieces with a space between them (or none when `glue` says so). */
export class PlacedBuilder {
  private text = '';
  private readonly pieces: { from: number; place: Place }[] = [];
  add(s: string, place: Place, glue: 'space' | 'none' = 'space'): void {
    const t = s.replace(/[\t\r\n]+/g, ' ');
    if (!t.trim()) return;
    if (this.text && glue === 'space' && !this.text.endsWith(' ')) this.text += ' ';
    const last = this.pieces[this.pieces.length - 1];
    if (!last || last.place !== place) this.pieces.push({ from: this.text.length, place });
    this.text += t;
  }
  get length(): number {
    return this.text.length;
  }
  get value(): string {
    return this.text;
  }
  /** Drops the last character (a hyphen joined away); pieces never start past the end. */
  dropLast(): void {
    this.text = this.text.slice(0, -1);
  }
  build(): PlacedText {
    // Trim, moving piece offsets with the text.
    const lead = this.text.length - this.text.trimStart().length;
    const text = this.text.trim();
    return { text, pieces: this.pieces.map((p) => ({ from: Math.max(0, Math.min(text.length, p.from - lead)), place: p.place })) };
  }
}

export function placed(text: string, place: Place): PlacedText {
  return { text, pieces: [{ from: 0, place }] };
}

/**
 * Writes blocks as text: one line per heading, paragraph and list item with a blank line between
 * blocks (list items and table rows stay together: the parser reads a table from consecutive tab
 * lines), except before a `tight` paragraph or list item: one printed on the very next line, no
 * space above it (a title over its `Sag nr.`, a label over its text), as the reader sees it.
 * Returns the text and one origin per line.
 */
export function writeTextForm(blocks: readonly Block[]): { text: string; origins: (LineOrigin | undefined)[] } {
  const lines: string[] = [];
  const origins: (LineOrigin | undefined)[] = [];
  const push = (line: string, origin: LineOrigin | undefined) => {
    lines.push(line);
    origins.push(origin);
  };
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1] !== '') push('', undefined);
  };
  const shifted = (t: PlacedText, by: number): LineOrigin => ({ pieces: t.pieces.map((p) => ({ from: p.from + by, place: p.place })) });
  let previous: Block['type'] | undefined;
  for (const b of blocks) {
    switch (b.type) {
      case 'heading': {
        const text = flat(b.text.text);
        if (!text) continue;
        blank();
        const prefix = `${'#'.repeat(Math.max(1, Math.min(6, b.level)))} `;
        push(prefix + text, shifted(b.text, prefix.length));
        break;
      }
      case 'paragraph': {
        const text = flat(b.text.text);
        if (!text) continue;
        if (!(b.tight && previous !== 'table')) blank();
        // A paragraph that would read as a Markdown heading or a pipe table is not one.
        const safe = (b.printed ? /^\|/ : /^(#{1,6}(\s|$)|\|)/).test(text) ? `\\${text}` : text;
        push(safe, shifted(b.text, safe.length - text.length));
        break;
      }
      case 'list-item': {
        const text = flat(b.text.text);
        if (!text) continue;
        if (previous !== 'list-item' && !(b.tight && previous !== 'table')) blank();
        const prefix = `${b.marker} `;
        push(prefix + text, shifted(b.text, prefix.length));
        break;
      }
      case 'table': {
        const rows = b.rows.filter((r) => r.cells.some((c) => flat(c) !== ''));
        if (rows.length === 0) continue;
        blank();
        for (const r of rows) {
          const cells = r.cells.map((c) => {
            const t = flat(c);
            return r.bold && t ? `<b>${t}</b>` : t;
          });
          // A one-cell row still needs a tab to stay in the table.
          push(cells.length > 1 ? cells.join('\t') : `${cells[0]}\t`, { pieces: [{ from: 0, place: r.place }] });
        }
        break;
      }
    }
    previous = b.type;
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    origins.pop();
  }
  return { text: lines.join('\n') + '\n', origins };
}
