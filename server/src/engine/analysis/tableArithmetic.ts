import type { MinutesDocument, Table } from '../model/minutes';
import { TableArithmetic, analyzeTable } from '../tables/arithmetic';
import { rebaseArithmetic } from '../tables/rebase';
import type { TableReuse } from './tableReuse';
import { DocumentSlot } from '../model/derived';

const cache = new DocumentSlot<ReadonlyMap<Table, TableArithmetic>>();
const reuseOf = new DocumentSlot<TableReuse>();

/** Lets the arithmetic of `doc` reuse what `reuse` kept from an earlier version (see TableReuse). */
export function reuseTablesFrom(doc: MinutesDocument, reuse: TableReuse): void {
  reuseOf.set(doc, reuse);
}

/**
 * The arithmetic of every table of a document, worked out once per document: three checks, the
 * hover, the code lens and the review panel all read the same result.
 */
export function tableArithmetic(doc: MinutesDocument): ReadonlyMap<Table, TableArithmetic> {
  return cache.of(doc, workOut);
}

function workOut(doc: MinutesDocument): ReadonlyMap<Table, TableArithmetic> {
  const reuse = reuseOf.get(doc);
  const map = new Map<Table, TableArithmetic>();
  for (const table of doc.tables) {
    const earlier = reuse?.lookup(doc, table);
    const arithmetic = earlier ? rebaseArithmetic(earlier, table) : analyzeTable(table);
    if (reuse) {
      reuse.keep(doc, table, arithmetic);
      if (!earlier) reuse.stats.analysed++;
      else if (earlier.table.range.start.line === table.range.start.line) reuse.stats.reused++;
      else reuse.stats.moved++;
    }
    map.set(table, arithmetic);
  }
  return map;
}

/** Every table's arithmetic in document order. */
export function tablesArithmetic(doc: MinutesDocument): TableArithmetic[] {
  return [...tableArithmetic(doc).values()];
}
