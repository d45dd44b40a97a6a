/**
 * How a scenario field carries its documentation: `meta({ description, fr, unit? })`, the
 * English description editors show from the JSON Schema and its French counterpart.
 */
import { z } from 'zod';

export type FieldDoc = {
  description: string;
  fr: string;
  unit?: string;
};
export const doc = <T extends z.ZodType>(schema: T, info: FieldDoc): T => schema.meta(info) as T;

export const share = (fallback: number, info: FieldDoc) => doc(z.number().min(0).max(1).default(fallback), info);

export const localizedText = doc(
  z
    .strictObject({
      en: doc(z.string().max(2000).default(''), { description: 'In English.', fr: 'En anglais.' }),
      fr: doc(z.string().max(2000).default(''), { description: 'In French.', fr: 'En français.' }),
    })
    .prefault({}),
  { description: 'Text in English and French.', fr: 'Texte en anglais et en français.' },
);
