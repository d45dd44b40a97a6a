/**
 * Wrong inputs of every kind, for tests/viz/problemsFr.test.ts: scenario values and texts,
 * `--set` overrides, files and sweeps that the real readers refuse, each problem at least once.
 */

/** Scenario values validateScenario refuses: types, ranges, lists, unknown fields, cross-field rules, values JSON cannot hold. */
export const BAD_VALUES: unknown[] = [
  { ticks: 0 },
  { ticks: 1.5 },
  { ticks: 'long' },
  { ticks: [1, 2] },
  { ticks: { months: 3 } },
  { ticks: null },
  { ticks: Symbol('t') },
  { ticks: () => 12 },
  { ticks: 12n ** 30n },
  { action: { governance: 'anarchy' } },
  { actoin: {} },
  { zzzzzzzz: 1 },
  { behaviour: { exit_rate: 2 } },
  { territory: { fields: ['health', 'health'], needs: [1] } },
  { territory: { fields: [] } },
  { action: { instruments: ['pooled_fund', 'pooled_fund'] } },
  { meta: { compare: { '': 1 } } },
  { organisations: { count: { E: 1, P: 0, T: 0 } } },
  { organisations: { count: { E: 900_000, P: 900_000, T: 900_000 } } },
  { organisations: { count: { E: 40_000, P: 40_000, T: 40_000 }, ties_per_organisation: 100 } },
  { ticks: 100_000, organisations: { count: { E: 40_000, P: 40_000, T: 40_000 } } },
  {
    organisations: {
      list: [
        { name: 'A', order: 'E', field: 'nowhere', leader: true },
        { name: '', order: 'P', field: 'health' },
        { order: 'T', field: 'health' },
      ],
    },
  },
  {
    territory: { fields: ['health', 'housing'] },
    organisations: {
      list: [
        { name: 'A', order: 'E', field: 'schools', leader: true },
        { name: 'B', order: 'P', field: 'health', member: true },
      ],
    },
  },
];

/** Texts the JSON reader refuses, one per kind of syntax error. */
export const BAD_TEXTS = [
  '{"ticks": "12',
  '{"ticks": "\\q"}',
  '{"ticks": "a\tb"}',
  '{"ticks": @}',
  '{"ticks": -}',
  '{"ticks": 1e999}',
  '{"ticks": 12} x',
  '{"ticks": }',
  '{ticks: 12}',
  '{"ticks" 12}',
  '{"ticks": 12 "action": {}}',
  '{"ticks": 12,}',
  '{"territory": {"fields": ["a" "b"]}}',
  '{"territory": {"fields": ["a",]}}',
  '{"ticks": 12',
  `${'['.repeat(300)}${']'.repeat(300)}`,
  '{"__proto__": 1}',
  '{"ticks": 1,\n "ticks": 2}',
];

/** `--set` overrides refused, on scenarios/default.json (six fields, no events). */
export const BAD_OVERRIDES = [
  `meta.title.en=${'x'.repeat(100_001)}`,
  'governance',
  'action..governance=nao',
  'action.governance={"a": ',
  'actoin.governance=nao',
  'action.governence=nao',
  'ticks.months=3',
  'territory.fields[9]=x',
  'events[3].at=5',
];

/** File contents the reader refuses as text. */
export const BAD_FILES: Record<string, Uint8Array> = {
  'utf16.json': new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  'binary.json': new Uint8Array([0x7b, 0x00, 0xc3, 0x28, 0x7d]),
  'latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
};

/** Sweeps the analyst view refuses (as its sweep worker plans them): the schema, a bad setting, each browser limit, each design problem. */
export const BAD_SWEEPS: unknown[] = [
  { scenario: 5 },
  { scenario: '../default.json' },
  { scenario: {}, factors: { '': [1, 2] } },
  { scenario: {}, factors: { 'behaviour.exit_rate': 5 } },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 'low', to: 0.1 } } },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, step: 3 } } },
  { scenario: {}, factors: { actoin: [1, 2] } },
  { scenario: {}, factors: { 'action.nao_capacity': [0, 2] }, replications: 2 },
  { scenario: { ticks: 0 }, replications: 2 },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 1000 }, 'behaviour.influence': [0.1, 0.2] }, replications: 1 },
  { scenario: {}, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 100 } }, replications: 600 },
  { scenario: { ticks: 100_000 }, replications: 50, metrics: ['members', 'alive', 'trust_mean'] },
  { scenario: { ticks: 100_000 }, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1, steps: 10 } }, replications: 1, metrics: ['members'] },
  {
    scenario: {},
    factors: {
      'organisations.count.T': { from: 9, to: 11, steps: 5, integer: true },
      'action.steward': [true, true],
      'behaviour.exit_rate': { from: 0, to: 0.1 },
    },
  },
  {
    scenario: {},
    design: { type: 'morris', samples: 8 },
    factors: {
      'action.governance': ['shared', 'lead', 'nao'],
      'behaviour.exit_rate': { from: 0.1, to: 0.1, steps: 3 },
      'behaviour.influence': { from: 0.1, to: 0.1 },
      'organisations.count.T': { from: 20, to: 21, integer: true },
    },
  },
  { scenario: {}, design: { type: 'grid', seed: 2 } },
  {
    scenario: {},
    design: { type: 'latin_hypercube' },
    factors: { 'action.steward': [true], 'organisations.count.T': { from: 20.2, to: 20.8, integer: true }, 'action.governance': ['nao', 'nao'] },
  },
  {
    scenario: {},
    design: { type: 'morris', trajectories: 2, candidates: 2000 },
    factors: Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`x${k}`, [1, 2]])),
  },
  { scenario: {}, design: { type: 'latin_hypercube' } },
  { scenario: {}, design: { type: 'sobol', samples: 2 }, factors: Object.fromEntries(Array.from({ length: 33 }, (_, k) => [`x${k}`, [1, 2]])) },
  { scenario: {}, design: { type: 'sobol', samples: 2000 }, factors: { 'behaviour.exit_rate': { from: 0, to: 0.1 } } },
];
