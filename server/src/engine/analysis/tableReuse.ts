import type { MinutesDocument, Table } from '../model/minutes';
import type { TableArithmetic } from '../tables/arithmetic';

/**
 * Table arithmetic kept from one version of a document for the next: while someone types, most
 * tables do not change, and their arithmetic (grid, row totals, column relations: the costly part
 * of a check) is moved over instead of worked out again. An editor keeps one per open document
 * and passes it to `analyze` (`AnalyzeOptions.tableReuse`); `analyze` without it works everything
 * out, as before.
 *
 * Keyed by what the arithmetic depends on: the table's lines, its syntax and the line above (its
 * unit). Nothing in it depends on the configuration or the locale. It holds the tables of the
 * last version analysed only, so it never grows beyond one document's tables.
 */
export class TableReuse {
  /** Tables worked out, reused in place and reused after moving, since this was made. */
  readonly stats = { analysed: 0, reused: 0, moved: 0 };
  private previous = new Map<string, TableArithmetic>();
  private current = new Map<string, TableArithmetic>();
  private doc: MinutesDocument | undefined;

  /** The arithmetic of `table` in a previous version, if its text was the same. */
  lookup(doc: MinutesDocument, table: Table): TableArithmetic | undefined {
    this.begin(doc);
    return this.previous.get(tableKey(doc, table));
  }

  /** Keeps `arithmetic` (of a table of `doc`) for the next version. */
  keep(doc: MinutesDocument, table: Table, arithmetic: TableArithmetic): void {
    this.begin(doc);
    this.current.set(tableKey(doc, table), arithmetic);
  }

  /** A new version: what the last one kept becomes what can be reused. */
  private begin(doc: MinutesDocument): void {
    if (this.doc === doc) return;
    this.doc = doc;
    if (this.current.size > 0) this.previous = this.current;
    this.current = new Map();
  }
}

function tableKey(doc: MinutesDocument, table: Table): string {
  const first = doc.lines[table.range.start.line]!;
  const last = doc.lines[table.range.end.line]!;
  return `${table.syntax}\u0000${table.lineAbove?.value ?? ''}\u0000${doc.text.slice(first.offset, last.offset + last.text.length)}`;
}
