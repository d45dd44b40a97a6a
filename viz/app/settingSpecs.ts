/**
 * What the settings form offers, read from the scenario's JSON Schema (the committed
 * scenarios/scenario.schema.json, so zod stays out of the page's bundle): for each setting
 * the page shows, the control its schema node calls for (a select for an enum, a checkbox
 * for a boolean, a number field with the schema's bounds, a group of checkboxes for a list
 * of enum values), its description in both languages, its unit, and a slider's range.
 */
import schemaJson from '../../scenarios/scenario.schema.json';
import type { SchemaNode } from '../../sim/scenario/jsonSchema';
import type { Dictionary } from './i18n';
import { SETTING_PATHS, type SettingPath } from './setup';
import { MODEL_SETTING_PATHS, isModelSettingPath, modelGroupOf, modelSettingName } from './modelSettings';

export type Run = 'A' | 'B';

export type Control =
  | { kind: 'enum'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; nullable: boolean; min?: number; max?: number }
  | { kind: 'enumList'; values: string[] };

export interface SettingSpec {
  path: SettingPath;
  /** For a model constant: its submodel group (the advanced part). */
  group?: string;
  control: Control;
  description: { en: string; fr: string };
  unit?: string;
}

/** The schema node at a dotted path. */
export function schemaNode(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/** What control a schema node calls for. */
export function controlFor(node: SchemaNode): Control | undefined {
  const nonNull = node.anyOf?.filter((option) => option.type !== 'null');
  const nullable = node.anyOf !== undefined && nonNull!.length < node.anyOf.length;
  const base = nonNull && nonNull.length === 1 ? nonNull[0]! : node;
  if (base.enum && base.type === 'string') return { kind: 'enum', values: base.enum.map(String) };
  if (base.type === 'boolean') return { kind: 'boolean' };
  if (base.type === 'integer' || base.type === 'number') {
    const min = base.minimum ?? base.exclusiveMinimum;
    return {
      kind: 'number',
      integer: base.type === 'integer',
      nullable,
      ...(min !== undefined ? { min } : {}),
      ...(base.maximum !== undefined ? { max: base.maximum } : {}),
    };
  }
  if (base.type === 'array' && base.items?.enum) return { kind: 'enumList', values: base.items.enum.map(String) };
  return undefined;
}

export function settingSpecs(root: SchemaNode = schemaJson as SchemaNode): SettingSpec[] {
  return [...SETTING_PATHS, ...MODEL_SETTING_PATHS].flatMap((path: SettingPath) => {
    const node = schemaNode(root, path);
    const control = node && controlFor(node);
    if (!node || !control) return [];
    const spec: SettingSpec = { path, control, description: { en: node.description ?? '', fr: node.fr ?? node.description ?? '' } };
    if (node.unit) spec.unit = node.unit;
    if (isModelSettingPath(path)) spec.group = modelGroupOf(path);
    return [spec];
  });
}

/** The name a setting goes by on the page. */
export function settingName(dict: Dictionary, path: SettingPath): string {
  if (isModelSettingPath(path)) return modelSettingName(path);
  return (dict.settingLabels as Record<string, string>)[path] ?? path;
}

/** A range a drag can pick from: the schema's own when short, else the range classes use (typed entry keeps the schema's bounds). */
const MAX_SLIDER_RANGE = 500;
const PRACTICAL_RANGES: Partial<Record<string, readonly [number, number]>> = {
  ticks: [12, 600],
  'action.nao_capacity': [1, 500],
  'action.initial_members': [2, 200],
  'organisations.count.E': [0, 500],
  'organisations.count.P': [0, 500],
  'organisations.count.T': [0, 500],
};

/** The slider's range for a main setting with a short range (a projected class drags it); undefined for no slider. */
export function sliderRange(spec: SettingSpec): readonly [number, number] | undefined {
  const c = spec.control;
  if (c.kind !== 'number' || spec.group || c.nullable || c.min === undefined || c.max === undefined) return undefined;
  return c.max - c.min <= MAX_SLIDER_RANGE ? [c.min, c.max] : PRACTICAL_RANGES[spec.path];
}

/** Values compare as JSON (arrays of instruments, nulls). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
