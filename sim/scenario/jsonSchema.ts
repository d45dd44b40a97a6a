/** JSON Schema of scenario files, generated from the zod schema (for editors and other tools). */
import { z } from 'zod';
import { scenarioSchema } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
  // io: 'input' describes what a file may contain: every defaulted field is optional.
  return z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/**
 * A node of a JSON Schema as our tools read it (the page's editor and settings, the analysis
 * view's factors, the docs tables, the test arbitraries): the keywords zod writes, plus the
 * French description and unit our fields carry.
 */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  fr?: string;
  unit?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}
