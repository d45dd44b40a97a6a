/**
 * The small, side-effect-free part of the engine the page uses on the main thread: the
 * output contract (columns, CSV, grid cells) and issue formatting. The engine itself, and
 * zod with it, stay in the worker's bundle; everything else the page takes from sim/ is
 * types only.
 */
export { MetricRecorder, NUMERIC_COLUMNS, TICK_COLUMNS, type Columns, type NumericColumn } from '../sim/metrics/columns';
export { toCsv } from '../sim/metrics/csv';
export { cyrb53 } from '../sim/run/hash';
export { GRID_COLUMNS, GRID_ROWS, ORDERS_BY_MASK, gridCell } from '../sim/model/grid';
export { formatIssue, issueLocation, type ScenarioIssue } from '../sim/scenario/issues';
export type { RunSummary } from '../sim/metrics/summary';
export type { FiredEvent, SimEvent } from '../sim/model/events';
export type { Scenario, EventType, Order } from '../sim/scenario/schema';
export type { LoadResult, TickBatch, LiveEvent, PlayedMonth, OrganisationState, OrganisationStructure, WorkerApi } from '../sim/worker/api';

/** The orders, from the scenario's zod-free enumerations (the schema would pull zod in). */
export { ORDERS } from '../sim/scenario/enums';
export type { JobResult } from '../sim/run/jobs';
export type { SweepApi, SweepResult } from '../sim/worker/sweepApi';
export type { SweepAnalysis, BandSeries } from '../sim/sweep/analysis';
