import type { Table } from '../model/minutes';
import type { Computation, Part, TableArithmetic } from './arithmetic';
import type { AmountCell, GridRow } from './grid';
import type { TotalRow } from './rowTotals';

/**
 * The arithmetic of a table, moved onto another parse of the same text: `table` has the same
 * lines (so the same cells at the same columns) as `old.table`, perhaps on other line numbers.
 * Nothing is worked out again; every range is taken from the new table's own cells and rows, so
 * the result equals `analyzeTable(table)` (the differential test in test/engine/incremental
 * checks that after every edit of long random edit sequences).
 */
export function rebaseArithmetic(old: TableArithmetic, table: Table): TableArithmetic {
  const sameLines = old.table.range.start.line === table.range.start.line;
  if (sameLines) {
    // Ranges are all equal already; only the table object itself is the new one.
    return { ...old, table, grid: { ...old.grid, table } };
  }
  const cells = new Map<AmountCell, AmountCell>();
  const cell = (c: AmountCell): AmountCell => {
    let moved = cells.get(c);
    // Field by field: a cell's text and range may be getters (grid.ts), which a spread would drop.
    if (!moved) cells.set(c, (moved = { row: c.row, column: c.column, amount: c.amount, parsed: c.parsed, range: table.rows[c.row]!.cells[c.column]!.range, text: c.text }));
    return moved;
  };
  const rows = new Map<GridRow, GridRow>();
  const gridRows = old.grid.rows.map((r) => {
    const source = table.rows[r.row]!;
    const moved: GridRow = { ...r, line: source.line, range: source.range, cells: r.cells.map((c) => c && cell(c)) };
    rows.set(r, moved);
    return moved;
  });
  const row = (r: GridRow): GridRow => rows.get(r)!;
  const totals = new Map<TotalRow, TotalRow>();
  for (const t of old.totals) totals.set(t, { ...t, row: row(t.row), parts: t.parts.map(row) });
  const computations = old.computations.map(
    (c): Computation => ({
      ...c,
      stated: cell(c.stated),
      row: row(c.row),
      parts: c.parts.map((p): Part => ({ ...p, cell: cell(p.cell) })),
      ...(c.total ? { total: totals.get(c.total)! } : {}),
    }),
  );
  return { ...old, table, grid: { ...old.grid, table, rows: gridRows }, totals: [...totals.values()], computations };
}
