/** The per-run summary of the output contract (docs/model.md §8.2), computed from the recorded columns. */
import type { Columns } from './columns';
import { gridCell } from '../model/grid';
import { GRID_COLUMNS, GRID_ROWS } from '../model/grid';

export interface RunSummary {
  seed: number;
  ticks: number;
  /** Ticks until the first dissolution; the number of ticks when the action never dissolved. */
  lifetime: number;
  /** Whether the action is alive at the last tick. */
  survived: boolean;
  /** Whether it dissolved at least once (the event of survival analysis; `lifetime` is then its tick). */
  dissolved: boolean;
  /** Sum over ticks of collective effectiveness (outcome-index × months). */
  cumulative_effectiveness: number;
  mean_efficiency: number;
  /** Mean over ticks with members of members' organisational efficiency (the divergence of levels). */
  mean_efficiency_members: number;
  final_population_outcome: number;
  peak_members: number;
  mean_members: number;
  joins_total: number;
  leaves_total: number;
  /** Distinct cells of the intersectoral grid occupied at least one tick. */
  grid_cells_visited: number;
  /** Ticks spent in each visited cell, keyed `row/column` (e.g. `multi/EPT`). */
  grid_time: Record<string, number>;
}

export const SUMMARY_FIELDS = [
  'seed',
  'ticks',
  'lifetime',
  'survived',
  'cumulative_effectiveness',
  'mean_efficiency',
  'final_population_outcome',
  'peak_members',
  'mean_members',
  'joins_total',
  'leaves_total',
  'grid_cells_visited',
] as const satisfies readonly (keyof RunSummary)[];

/** Ticks spent in each of the 21 cells (row-major: one, multi, trans × E … EPT). */
export function gridOccupancy(columns: Columns): Int32Array {
  const counts = new Int32Array(3 * GRID_COLUMNS.length);
  for (let k = 0; k < columns.tick.length; k++) {
    const cell = gridCell(columns.grid_row[k]!, columns.orders[k]!);
    if (cell >= 0) counts[cell]!++;
  }
  return counts;
}

export function summarise(columns: Columns, seed: number, firstDissolution: number): RunSummary {
  const n = columns.tick.length;
  let cumulative = 0;
  let efficiency = 0;
  let memberEfficiency = 0;
  let ticksWithMembers = 0;
  let peak = 0;
  let memberSum = 0;
  let joins = 0;
  let leaves = 0;
  for (let k = 0; k < n; k++) {
    cumulative += columns.collective_effectiveness[k]!;
    efficiency += columns.organisational_efficiency[k]!;
    if (columns.members[k]! > 0) {
      memberEfficiency += columns.efficiency_members[k]!;
      ticksWithMembers++;
    }
    peak = Math.max(peak, columns.members[k]!);
    memberSum += columns.members[k]!;
    joins += columns.joins[k]!;
    leaves += columns.leaves[k]!;
  }
  const occupancy = gridOccupancy(columns);
  const gridTime: Record<string, number> = {};
  occupancy.forEach((count, cell) => {
    if (count > 0) gridTime[`${GRID_ROWS[1 + Math.floor(cell / GRID_COLUMNS.length)]}/${GRID_COLUMNS[cell % GRID_COLUMNS.length]}`] = count;
  });
  return {
    seed,
    ticks: n,
    lifetime: firstDissolution >= 0 && firstDissolution <= n ? firstDissolution : n,
    survived: n > 0 ? columns.alive[n - 1] === 1 : false,
    dissolved: firstDissolution >= 0 && firstDissolution <= n,
    cumulative_effectiveness: cumulative,
    mean_efficiency: n > 0 ? efficiency / n : 0,
    mean_efficiency_members: ticksWithMembers > 0 ? memberEfficiency / ticksWithMembers : 0,
    final_population_outcome: n > 0 ? columns.population_outcome[n - 1]! : 0,
    peak_members: peak,
    mean_members: n > 0 ? memberSum / n : 0,
    joins_total: joins,
    leaves_total: leaves,
    grid_cells_visited: Object.keys(gridTime).length,
    grid_time: gridTime,
  };
}
