/** What every part of a finished sweep's results is drawn from, shared by its charts and tables. */
import type { Dictionary, Language } from '../i18n';
import type { SweepResult } from '../../sim';
import { settingLabel } from './labels';

/** Rows drawn at most in the settings table and the forest plot (the files have them all). */
export const MAX_ROWS = 60;

/** A finished sweep's analysis, in a language, for a page. */
export interface ResultsContext {
  analysis: SweepResult['analysis'];
  dict: Dictionary;
  lang: Language;
  doc: Document;
}

/** A setting as legends and rows name it: its id and its factors' values. */
export function settingName(c: ResultsContext, index: number): string {
  return settingLabel(c.dict, c.lang, c.analysis.factorNames, c.analysis.settings[index]!);
}
