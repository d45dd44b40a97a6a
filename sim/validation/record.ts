/**
 * The validation's results as plain JSON (docs/validation/results.json): what the report is
 * written from, and what the tests compare a fresh run with. Figures are left out (they are
 * regenerated from the effect runs); everything else is kept, with the fingerprint that
 * drew the confirmation block.
 */
import type { Check, Expectation } from './checks';
import type { SeedBlock } from './protocol';
import type { CalibrationBlock, RobustnessResult, ValidationResult } from './validate';

export const RECORD_FORMAT = 'interstice-validation-1';

export interface CheckRecord {
  label: string;
  mechanism: string | null;
  expectation: Expectation;
  n: number;
  mean: number;
  low: number;
  high: number;
  passed: boolean;
}

export interface FactRecord {
  id: number;
  title: string;
  effects: { block: SeedBlock['name']; checks: CheckRecord[]; holds: boolean; notes: string[] }[];
  holds: boolean;
  ablations: { mechanism: string; name: string; where: string; neutral: Record<string, unknown>; checks: CheckRecord[]; explained: boolean }[];
  explained: boolean | null;
  robustness: RobustnessResult | null;
}

export interface ValidationRecord {
  format: typeof RECORD_FORMAT;
  fingerprint: string;
  blocks: SeedBlock[];
  facts: FactRecord[];
  calibration: (Omit<CalibrationBlock, 'block'> & { block: SeedBlock['name'] })[];
}

const checkRecord = (c: Check): CheckRecord => ({
  label: c.label,
  mechanism: c.mechanism,
  expectation: c.expectation,
  n: c.interval.n,
  mean: c.interval.mean,
  low: c.interval.low,
  high: c.interval.high,
  passed: c.passed,
});

export function toRecord(result: ValidationResult, fingerprint: string, blocks: readonly SeedBlock[]): ValidationRecord {
  return {
    format: RECORD_FORMAT,
    fingerprint,
    blocks: blocks.map((b) => ({ ...b })),
    facts: result.facts.map((f) => ({
      id: f.fact.id,
      title: f.fact.title,
      effects: f.effects.map((e) => ({ block: e.block.name, checks: e.checks.map(checkRecord), holds: e.holds, notes: e.notes })),
      holds: f.holds,
      ablations: f.ablations.map((a) => ({
        mechanism: a.mechanism.id,
        name: a.mechanism.name,
        where: a.mechanism.where,
        neutral: a.mechanism.neutral,
        checks: a.checks.map(checkRecord),
        explained: a.explained,
      })),
      explained: f.explained,
      robustness: f.robustness,
    })),
    calibration: result.calibration.map((c) => ({ ...c, block: c.block.name })),
  };
}

/** The record as committed: JSON with two-space indentation and a final newline. */
export const recordText = (record: ValidationRecord): string => `${JSON.stringify(record, null, 2)}\n`;
