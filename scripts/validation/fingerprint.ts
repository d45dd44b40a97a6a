/**
 * The files whose text decides the stylized facts, read from the repository: the model's
 * source, the constants' defaults, the random streams, the fact definitions and every
 * scenario the facts run. Their fingerprint draws the confirmation block of seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { FACTS } from '../../sim/validation/facts';
import { modelFingerprint } from '../../sim/validation/protocol';

const ROOT = new URL('../../', import.meta.url);

export function fingerprintFiles(): string[] {
  const model = readdirSync(new URL('sim/model/', ROOT)).filter((f) => f.endsWith('.ts')).map((f) => `sim/model/${f}`);
  const scenarios = new Set(FACTS.flatMap((fact) => Object.values(fact.arms)).map((file) => `scenarios/${file}`));
  scenarios.add('scenarios/default.json');
  return [
    ...model,
    'sim/scenario/modelConstants.ts',
    'sim/scenario/schema.ts',
    'sim/rng.ts',
    'sim/math.ts',
    'sim/metrics/summary.ts',
    'sim/validation/facts.ts',
    'sim/validation/probes.ts',
    ...[...scenarios].sort(),
  ];
}

export function currentFingerprint(): string {
  return modelFingerprint(fingerprintFiles().map((path) => ({ path, text: readFileSync(new URL(path, ROOT), 'utf8') })));
}

export function loadRawScenario(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`scenarios/${file}`, ROOT), 'utf8'));
}
