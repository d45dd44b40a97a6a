/**
 * The scenario's `model` section, built from sim/scenario/modelConstants.ts (the list of
 * constants, with their docs).
 */
import { z } from 'zod';
import { doc } from './fieldDoc';
import { isConstant, MODEL_CONSTANTS, MODEL_GROUP_TITLES, type ModelConstant, type ModelGroup, type ModelSettings } from '../modelConstants';
import type { FieldDoc } from './fieldDoc';

export const modelConstant = (k: ModelConstant) => {
  const number = k.integer ? z.number().int() : z.number();
  return doc(number.min(k.min).max(k.max).default(k.value), { description: k.description, fr: k.fr, ...(k.unit !== undefined ? { unit: k.unit } : {}) });
};

export const modelGroup = (group: ModelGroup, info?: FieldDoc): z.ZodType => {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(group)) {
    shape[key] = isConstant(node) ? modelConstant(node) : modelGroup(node, (MODEL_GROUP_TITLES as Record<string, FieldDoc>)[key]);
  }
  const object = z.strictObject(shape).prefault({});
  return info ? doc(object, info) : object;
};

/** Deeply optional: what a scenario file may write in `model`. */
export type PartialModel<T> = { [K in keyof T]?: T[K] extends number ? number : PartialModel<T[K]> };

export const modelSection = doc(modelGroup(MODEL_CONSTANTS), {
  description:
    'Constants of the model’s functional forms (advanced: for sensitivity analysis and validation). Every one has a default; see docs/model.md, “Submodels”.',
  fr: 'Constantes des formes fonctionnelles du modèle (avancé : pour l’analyse de sensibilité et la validation). Chacune a une valeur par défaut; voir docs/model.md, « Sous-modèles ».',
}) as unknown as z.ZodType<ModelSettings, PartialModel<ModelSettings> | undefined>;
