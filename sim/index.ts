/** Public API of the Interstice engine. Re-exports only. */
export { createSimulation, restoreSimulation, type Simulation, type Snapshot, type Checkpoint } from './model/simulation';
export { PLAYED_CHOICES, choicesOpen, type PlayedChoice, type PlayedDecision } from './model/played';
export type { SimEvent, FiredEvent, EventSource } from './model/events';
export { GRID_COLUMNS, GRID_ROWS, ORDERS_BY_MASK, gridCell } from './model/grid';
export { TICK_COLUMNS, NUMERIC_COLUMNS, type Columns, type NumericColumn, type TickColumn } from './metrics/columns';
export { summarise, gridOccupancy, SUMMARY_FIELDS, type RunSummary } from './metrics/summary';
export { toCsv, toRows, eventLabels } from './metrics/csv';
export { runScenario, type RunResult } from './run/runScenario';
export { checkpointToJson, checkpointFromJson } from './run/checkpointJson';
export { scenarioSchema, EVENT_TYPES, ORDERS, type Scenario, type ScenarioInput, type EventType, type Order } from './scenario/schema';
export { parseScenario, validateScenario, formatIssue, type ScenarioIssue, type ScenarioResult } from './scenario/parse';
export { parseOverride, applyOverride, type Override } from './scenario/overrides';
export { createStreams, STREAM_NAMES, type StreamName } from './rng';
