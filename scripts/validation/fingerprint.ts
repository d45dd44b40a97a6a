/**
 * The files whose text decides the stylized facts, read from the repository: the model's
 * source, the constants' defaults, the random streams, the fact definitions and every
 * scenario the facts run. Their fingerprint draws the confirmation block of seeds.
 * A scenario counts without its `meta` (title, lesson, what to notice, the seed the page
 * opens at): rewording a lesson changes no run, so it draws no new seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { FACTS } from '../../sim/validation/facts';
import { modelFingerprint } from '../../sim/validation/protocol';

const ROOT = new URL('../../', import.meta.url);

export function fingerprintFiles(): string[] {
  const model = readdirSync(new URL('sim/model/', ROOT))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `sim/model/${f}`);
  const scenarios = new Set(FACTS.flatMap((fact) => Object.values(fact.arms)).map((file) => `scenarios/${file}`));
  scenarios.add('scenarios/default.json');
  return [
    ...model,
    'sim/scenario/modelConstants.ts',
    ...readdirSync(new URL('sim/scenario/constants/', ROOT))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `sim/scenario/constants/${f}`),
    'sim/scenario/schema.ts',
    'sim/rng.ts',
    'sim/math.ts',
    'sim/metrics/summary.ts',
    'sim/validation/facts.ts',
    ...readdirSync(new URL('sim/validation/facts/', ROOT))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `sim/validation/facts/${f}`),
    'sim/validation/probes.ts',
    ...[...scenarios].sort(),
  ];
}

/** A file's text as the fingerprint reads it: scenarios without their `meta`, in a canonical form. */
export function fingerprintText(path: string, text: string): string {
  if (!path.endsWith('.json')) return text;
  const { meta: _meta, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(rest);
}

export function currentFingerprint(): string {
  return modelFingerprint(fingerprintFiles().map((path) => ({ path, text: fingerprintText(path, readFileSync(new URL(path, ROOT), 'utf8')) })));
}

export function loadRawScenario(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`scenarios/${file}`, ROOT), 'utf8'));
}
