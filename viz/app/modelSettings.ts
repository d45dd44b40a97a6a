/**
 * The model's constants (`model.*`) as page settings, read from the committed scenario
 * JSON Schema (one source with the engine's sim/scenario/modelConstants.ts): the paths, in
 * the schema's order, and each group's title. The settings form shows them in its
 * advanced part; shared links may carry them.
 */
import schemaJson from '../../scenarios/scenario.schema.json';

interface Node {
  type?: string;
  description?: string;
  fr?: string;
  properties?: Record<string, Node>;
}

export type ModelSettingPath = `model.${string}`;

export interface ModelGroupTitle {
  key: string;
  description: { en: string; fr: string };
}

const root = (schemaJson as Node).properties?.model;

function leaves(node: Node | undefined, prefix: string, out: ModelSettingPath[]): ModelSettingPath[] {
  for (const [key, child] of Object.entries(node?.properties ?? {})) {
    const path = `${prefix}.${key}`;
    if (child.properties) leaves(child, path, out);
    else if (child.type === 'number' || child.type === 'integer') out.push(path as ModelSettingPath);
  }
  return out;
}

/** Every model constant's path, e.g. `model.trust.gain`. */
export const MODEL_SETTING_PATHS: readonly ModelSettingPath[] = leaves(root, 'model', []);
const KNOWN = new Set<string>(MODEL_SETTING_PATHS);

export const isModelSettingPath = (path: string): path is ModelSettingPath => KNOWN.has(path);

/** The submodel groups (`trust`, `leadership`, ...) with their descriptions. */
export const MODEL_GROUPS: readonly ModelGroupTitle[] = Object.entries(root?.properties ?? {}).map(([key, node]) => ({
  key,
  description: { en: node.description ?? key, fr: node.fr ?? node.description ?? key },
}));

/** The group of a model path (`model.trust.gain` → `trust`). */
export const modelGroupOf = (path: ModelSettingPath): string => path.split('.')[1]!;

/** The name shown for a model constant: its path within its group (`model.formality.exit_factor.committee` → `exit_factor.committee`). */
export const modelSettingName = (path: ModelSettingPath): string => path.split('.').slice(2).join('.');
