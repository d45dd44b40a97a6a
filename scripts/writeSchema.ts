/** Writes the JSON Schemas of scenario and sweep files (a test checks they are up to date). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../sim/scenario/jsonSchema';
import { sweepJsonSchema } from '../sim/sweep/schema';

const targets: [URL, Record<string, unknown>][] = [
  [new URL('../scenarios/scenario.schema.json', import.meta.url), scenarioJsonSchema()],
  [new URL('../scenarios/sweeps/sweep.schema.json', import.meta.url), sweepJsonSchema()],
];
for (const [path, schema] of targets) {
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path.pathname}`);
}
