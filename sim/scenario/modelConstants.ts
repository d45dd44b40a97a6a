/**
 * Every constant of the model's functional forms, as scenario settings (`model.*`): the
 * single source of their default, bounds, unit and meaning in English and French. The
 * scenario schema builds its `model` section from this tree, so the JSON Schema, the docs
 * tables, `--set`, sweep factors, the settings form's advanced part and the validation's
 * robustness checks all read the same list. The engine reads the values a scenario holds
 * (sim/model/parameters.ts derives them once per run).
 *
 * Defaults are the values the model description (docs/model.md, "Submodels") justifies.
 * Bounds are what keeps the functional forms meaningful (a share stays in [0, 1], a delay
 * stays positive), wide enough for ×0.5 and ×1.5 perturbations of every default.
 */
import { isConstant, type ModelConstant, type ModelGroup } from './constants/define';
import { STRUCTURE_CONSTANTS } from './constants/structure';
import { RESULTS_CONSTANTS } from './constants/results';
import { RELATIONS_CONSTANTS } from './constants/relations';
import { DYNAMICS_CONSTANTS } from './constants/dynamics';

export { isConstant, type ModelConstant, type ModelGroup } from './constants/define';
export { MODEL_GROUP_TITLES } from './constants/titles';

/** Every group, in the order of the docs tables and the settings form. */
export const MODEL_CONSTANTS = { ...STRUCTURE_CONSTANTS, ...RESULTS_CONSTANTS, ...RELATIONS_CONSTANTS, ...DYNAMICS_CONSTANTS } as const satisfies ModelGroup;

/** The values of a group of constants, as a scenario holds them. */
export type ModelValues<T> = { -readonly [K in keyof T]: T[K] extends ModelConstant ? number : ModelValues<T[K]> };
export type ModelSettings = ModelValues<typeof MODEL_CONSTANTS>;

export interface ModelConstantEntry {
  /** Dotted path below `model`, e.g. `trust.gain`. */
  path: string;
  constant: ModelConstant;
}

/** Every constant with its dotted path below `model`, in declaration order. */
export function modelConstantList(tree: ModelGroup = MODEL_CONSTANTS): ModelConstantEntry[] {
  const out: ModelConstantEntry[] = [];
  const walk = (group: ModelGroup, prefix: string) => {
    for (const [key, node] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isConstant(node)) out.push({ path, constant: node });
      else walk(node, path);
    }
  };
  walk(tree, '');
  return out;
}

/** The default values, as a scenario holds them. */
export function defaultModelSettings(tree: ModelGroup = MODEL_CONSTANTS): ModelSettings {
  const build = (group: ModelGroup): Record<string, unknown> =>
    Object.fromEntries(Object.entries(group).map(([key, node]) => [key, isConstant(node) ? node.value : build(node)]));
  return build(tree) as ModelSettings;
}

/** The value at a dotted path below `model` (undefined if there is none). */
export function modelValueAt(settings: ModelSettings, path: string): number | undefined {
  let node: unknown = settings;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : undefined;
}
