import type { MinutesDocument, Table } from '../model/minutes';
import { TableArithmetic, analyzeTable } from '../tables/arithmetic';

const cache = new WeakMap<MinutesDocument, ReadonlyMap<Table, TableArithmetic>>();

/**
 * The arithmetic of every table of a document, worked out once per document: three checks, the
 * hover, the code lens and the review panel all read the same result.
 */
export function tableArithmetic(doc: MinutesDocument): ReadonlyMap<Table, TableArithmetic> {
  let result = cache.get(doc);
  if (!result) {
    const map = new Map<Table, TableArithmetic>();
    for (const table of doc.tables) map.set(table, analyzeTable(table));
    result = map;
    cache.set(doc, result);
  }
  return result;
}

/** Every table's arithmetic in document order. */
export function tablesArithmetic(doc: MinutesDocument): TableArithmetic[] {
  return [...tableArithmetic(doc).values()];
}
