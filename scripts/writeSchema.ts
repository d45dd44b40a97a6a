/** Writes scenarios/scenario.schema.json from the zod schema (a test checks it is up to date). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../sim/scenario/jsonSchema';

export const SCHEMA_PATH = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(SCHEMA_PATH, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${SCHEMA_PATH.pathname}`);
