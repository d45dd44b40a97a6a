/**
 * Settings in words, the page's way: "Leadership = None", "Instruments = none", "Grant ends
 * at = never". Compare mode names run B by what differs from A with it (legends, the
 * summary table, file names of downloads), and a scenario's pair button says what its pair
 * changes.
 */
import { formatNumber, type Dictionary, type Language } from './i18n';
import { settingName } from './settingSpecs';
import { isSettingPath } from './setup';
import { isModelSettingPath } from './modelSettings';

/** One value as the settings form shows it. */
export function valueText(dict: Dictionary, lang: Language, value: unknown): string {
  if (value === null) return dict.never;
  if (typeof value === 'boolean') return value ? dict.yes : dict.no;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : formatNumber(lang, value, Math.min(4, Math.max(1, -Math.floor(Math.log10(Math.abs(value) || 1)) + 1)));
  if (typeof value === 'string') return dict.enumLabels[value] ?? value;
  if (Array.isArray(value)) return value.length === 0 ? dict.noneList : value.map((v) => valueText(dict, lang, v)).join(', ');
  return JSON.stringify(value);
}

/** A main setting by its label; a model constant by its path under model. (its group and name: trust.loss). */
const nameOf = (dict: Dictionary, path: string): string =>
  isModelSettingPath(path) ? path.slice('model.'.length) : isSettingPath(path) ? settingName(dict, path) : path;

/** "Leadership = None; Steward = yes": the settings in `overrides`, in words. */
export function describeSettings(dict: Dictionary, lang: Language, overrides: Readonly<Record<string, unknown>>): string {
  return Object.entries(overrides)
    .map(([path, value]) => `${nameOf(dict, path)} = ${valueText(dict, lang, value)}`)
    .join('; ');
}
