/** How the analyst view names things: factors, their values, settings, metrics, numbers. */
import type { Dictionary, Language } from '../i18n';

/** A factor's short name: the dashboard's name for its main settings, else its path. */
export function factorName(dict: Dictionary, path: string): string {
  return dict.settingLabels[path] ?? path;
}

/** A number as typed, with the language's decimal mark (no rounding: the value the sweep uses). */
export function plainNumber(lang: Language, value: number): string {
  const text = String(value);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** A factor level as words: yes/no, the enum's name, a number, "never" for null. */
export function valueText(dict: Dictionary, lang: Language, value: unknown): string {
  if (typeof value === 'boolean') return value ? dict.yes : dict.no;
  if (typeof value === 'number') return plainNumber(lang, value);
  if (typeof value === 'string') return dict.enumLabels[value] ?? value;
  if (value === null) return dict.never;
  return JSON.stringify(value);
}

/** `s001: Steward = no, Leadership = Facilitative` (just the id when nothing varies). */
export function settingLabel(dict: Dictionary, lang: Language, factorNames: readonly string[], setting: { id: string; values: readonly unknown[] }): string {
  if (factorNames.length === 0) return setting.id;
  return `${setting.id}: ${factorNames.map((path, f) => `${factorName(dict, path)} = ${valueText(dict, lang, setting.values[f])}`).join(', ')}`;
}

export const metricLabel = (dict: Dictionary, metric: string): string => dict.analysis.metricLabels[metric] ?? metric;
export const outcomeLabel = (dict: Dictionary, outcome: string): string => dict.analysis.outcomeLabels[outcome] ?? outcome;

const significant = new Map<string, Intl.NumberFormat>();
/** A statistic for a table: four significant digits in the language's style. */
export function statText(lang: Language, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  let format = significant.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumSignificantDigits: 4 });
    significant.set(lang, format);
  }
  return format.format(value);
}

/** A mean and its interval: `12.4 [10.1, 14.7]`. */
export function intervalText(lang: Language, ci: { mean: number; low: number; high: number }): string {
  const separator = lang === 'fr' ? ';' : ',';
  return `${statText(lang, ci.mean)} [${statText(lang, ci.low)}${separator} ${statText(lang, ci.high)}]`;
}
