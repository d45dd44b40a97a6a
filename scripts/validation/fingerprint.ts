/**
 * The files whose text decides the stylized facts, read from the repository: the model's
 * source, the constants' and the scenario settings' defaults, the random streams, what is
 * recorded each month, the fact definitions and every scenario the facts run. Their fingerprint draws the confirmation block of seeds.
 * A scenario counts without its `meta` (title, lesson, what to notice, the seed the page
 * opens at): rewording a lesson changes no run, so it draws no new seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { FACTS } from '../../sim/validation/facts';
import { modelFingerprint } from '../../sim/validation/protocol';

const ROOT = new URL('../../', import.meta.url);

/** The TypeScript files of a folder of the repository, as paths from its root. */
const tsFiles = (folder: string) =>
  readdirSync(new URL(`${folder}/`, ROOT))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${folder}/${f}`);

export function fingerprintFiles(): string[] {
  const scenarios = new Set(FACTS.flatMap((fact) => Object.values(fact.arms)).map((file) => `scenarios/${file}`));
  scenarios.add('scenarios/default.json');
  return [
    ...tsFiles('sim/model'),
    'sim/scenario/modelConstants.ts',
    ...tsFiles('sim/scenario/constants'),
    'sim/scenario/schema.ts',
    // The scenario's sections hold the settings' defaults.
    ...tsFiles('sim/scenario/sections'),
    'sim/rng.ts',
    'sim/math.ts',
    'sim/metrics/summary.ts',
    // What is recorded each month, which the facts read.
    'sim/metrics/reporters.ts',
    'sim/validation/facts.ts',
    ...tsFiles('sim/validation/facts'),
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
