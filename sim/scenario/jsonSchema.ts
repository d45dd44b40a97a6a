/** JSON Schema of scenario files, generated from the zod schema (for editors and other tools). */
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what a file may contain: every defaulted field is optional.
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
