/**
 * The settings a sweep may vary, read from the scenario's JSON Schema (the committed
 * scenarios/scenario.schema.json, as the settings form does): first the dashboard's
 * settings, with their short names, then every other single-valued field of the scenario
 * by its path. Lists (instruments, organisations, events) and the scenario's texts are
 * left out: a factor is one value per setting.
 */
import schemaJson from '../../../scenarios/scenario.schema.json';
import { controlFor, settingSpecs, type Control } from '../settingSpecs';
import type { SchemaNode } from '../../../sim/scenario/jsonSchema';

export interface FactorSpec {
  path: string;
  control: Exclude<Control, { kind: 'enumList' }>;
  description: { en: string; fr: string };
  unit?: string;
  /** One of the dashboard's settings (listed first, with a short name). */
  main: boolean;
}

const SKIPPED_ROOTS = new Set(['$schema', 'meta']);

function leaves(node: SchemaNode, path: string[], out: { path: string; node: SchemaNode }[]): void {
  if (node.properties) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (path.length === 0 && SKIPPED_ROOTS.has(key)) continue;
      leaves(child, [...path, key], out);
    }
  } else if (path.length > 0) out.push({ path: path.join('.'), node });
}

export function factorSpecs(root: SchemaNode = schemaJson as SchemaNode): FactorSpec[] {
  const main: FactorSpec[] = settingSpecs(root as never)
    .filter((spec) => !spec.group)
    .flatMap((spec) =>
      spec.control.kind === 'enumList'
        ? []
        : [{ path: spec.path, control: spec.control, description: spec.description, ...(spec.unit ? { unit: spec.unit } : {}), main: true }],
    );
  const known = new Set(main.map((spec) => spec.path));
  const found: { path: string; node: SchemaNode }[] = [];
  leaves(root, [], found);
  const others: FactorSpec[] = [];
  for (const { path, node } of found) {
    const control = known.has(path) ? undefined : controlFor(node as never);
    if (!control || control.kind === 'enumList') continue;
    const description = { en: node.description ?? '', fr: node.fr ?? node.description ?? '' };
    others.push({ path, control, description, ...(node.unit ? { unit: node.unit } : {}), main: false });
  }
  return [...main, ...others];
}
