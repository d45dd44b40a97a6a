/** CSV rendering of the per-tick columns: header first, numbers in shortest round-trip form. */
import { csvFormatRows } from 'd3-dsv';
import { TICK_COLUMNS, type Columns } from './columns';
import type { FiredEvent } from '../model/events';
import { GRID_ROWS, ORDERS_BY_MASK } from '../model/grid';

/** `budget_cut:E;crisis` — the events of one tick, in the order they fired. */
export function eventLabels(events: readonly FiredEvent[], tickCount: number): string[] {
  const labels = new Array<string>(tickCount + 1).fill('');
  for (const event of events) {
    if (event.tick > tickCount || event.noEffect) continue;
    const label = event.order ? `${event.type}:${event.order}` : event.type;
    labels[event.tick] = labels[event.tick] ? `${labels[event.tick]};${label}` : label;
  }
  return labels;
}

/** A cell as text: codes become their labels; numbers keep full precision. */
export function cellText(columns: Columns, name: Exclude<(typeof TICK_COLUMNS)[number], 'events'>, row: number): string {
  const value = columns[name][row]!;
  if (name === 'orders') return ORDERS_BY_MASK[value] ?? '';
  if (name === 'grid_row') return GRID_ROWS[value] ?? 'none';
  return String(value);
}

export function toCsv(columns: Columns, events: readonly FiredEvent[]): string {
  const n = columns.tick.length;
  const labels = eventLabels(events, n > 0 ? columns.tick[n - 1]! : 0);
  const rows: string[][] = [[...TICK_COLUMNS]];
  for (let row = 0; row < n; row++) {
    rows.push(TICK_COLUMNS.map((name) => (name === 'events' ? (labels[columns.tick[row]!] ?? '') : cellText(columns, name, row))));
  }
  // d3-dsv quotes a cell only where CSV needs it (none of ours today: numbers and event labels).
  return `${csvFormatRows(rows)}\n`;
}

/** Rows as plain objects with the contract's names (for JSON output). */
export function toRows(columns: Columns, events: readonly FiredEvent[]): Record<string, number | string>[] {
  const n = columns.tick.length;
  const labels = eventLabels(events, n > 0 ? columns.tick[n - 1]! : 0);
  const rows: Record<string, number | string>[] = [];
  for (let row = 0; row < n; row++) {
    const out: Record<string, number | string> = {};
    for (const name of TICK_COLUMNS) {
      if (name === 'events') out[name] = labels[columns.tick[row]!] ?? '';
      else if (name === 'orders' || name === 'grid_row') out[name] = cellText(columns, name, row);
      else out[name] = columns[name][row]!;
    }
    rows.push(out);
  }
  return rows;
}
