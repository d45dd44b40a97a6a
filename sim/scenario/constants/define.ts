/**
 * How a model constant is declared: its default, bounds, unit and meaning in English and
 * French (modelConstants.ts assembles the groups declared with these helpers).
 */

/** One constant: its default, bounds and meaning. */
export interface ModelConstant {
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
  description: string;
  fr: string;
}

/** A group of constants (a submodel), possibly nested. */
export interface ModelGroup {
  [key: string]: ModelConstant | ModelGroup;
}

export const isConstant = (node: ModelConstant | ModelGroup): node is ModelConstant => typeof (node as ModelConstant).value === 'number';

export const c = (value: number, min: number, max: number, description: string, fr: string, unit?: string, integer?: boolean): ModelConstant => ({
  value,
  min,
  max,
  description,
  fr,
  ...(unit !== undefined ? { unit } : {}),
  ...(integer ? { integer } : {}),
});

export const SHARE_MONTH = 'share of own budget / month';
export const PROBABILITY_MONTH = 'probability / month';
export const MONTHS = 'months';

/** Per engagement rung: information exchange, coordination, cooperation, joint operation. */
type Rungs = Record<'information' | 'coordination' | 'cooperation' | 'joint_operation', ModelConstant>;

export const perRung = (values: readonly [number, number, number, number], min: number, max: number, what: string, quoi: string, unit?: string): Rungs => ({
  information: c(values[0], min, max, `${what} at the information-exchange rung.`, `${quoi} à l’échelon de l’échange d’information.`, unit),
  coordination: c(values[1], min, max, `${what} at the coordination rung.`, `${quoi} à l’échelon de la coordination.`, unit),
  cooperation: c(
    values[2],
    min,
    max,
    `${what} at the cooperation rung (pooled resources).`,
    `${quoi} à l’échelon de la coopération (ressources mises en commun).`,
    unit,
  ),
  joint_operation: c(values[3], min, max, `${what} at the joint-operation rung.`, `${quoi} à l’échelon de l’opération conjointe.`, unit),
});
