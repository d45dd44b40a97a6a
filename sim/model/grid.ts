/**
 * The intersectoral grid of the source deck: rows by fields engaged (one / bi- to
 * multi- / omni- or trans-field), columns by orders present (E, P, T, EP, ET, PT, EPT).
 */

export const GRID_ROWS = ['none', 'one', 'multi', 'trans'] as const;
export type GridRow = (typeof GRID_ROWS)[number];
/** Column labels in the deck's order. */
export const GRID_COLUMNS = ['E', 'P', 'T', 'EP', 'ET', 'PT', 'EPT'] as const;
/** Orders present as a bit mask: E = 1, P = 2, T = 4. Index = mask. */
export const ORDERS_BY_MASK = ['', 'E', 'P', 'EP', 'T', 'ET', 'PT', 'EPT'] as const;
const COLUMN_BY_MASK = [-1, 0, 1, 3, 2, 4, 5, 6] as const;

/** Row code: 0 none, 1 one field, 2 multi-field, 3 trans-field (from `model.grid.trans_field_share` of all fields). */
export function gridRowCode(fieldsEngaged: number, fieldCount: number, transFieldShare: number): number {
  if (fieldsEngaged <= 0) return 0;
  if (fieldsEngaged === 1) return 1;
  return fieldsEngaged >= Math.max(2, Math.ceil(transFieldShare * fieldCount)) ? 3 : 2;
}

/** Cell index 0..20 (row-major, rows one/multi/trans), or -1 when the action has no members. */
export function gridCell(rowCode: number, ordersMask: number): number {
  const column = COLUMN_BY_MASK[ordersMask & 7] ?? -1;
  return rowCode === 0 || column < 0 ? -1 : (rowCode - 1) * GRID_COLUMNS.length + column;
}
