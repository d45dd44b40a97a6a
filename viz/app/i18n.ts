/**
 * Every text the page shows, in English and French. Keys are shared so a missing one
 * fails the type check. Scenario titles and lessons come from the scenario files, and
 * the hints under settings from the schema's descriptions (en) and `fr` meta.
 */
import type { TimeSeriesLabels, ChartEvent } from '../charts/timeSeries';
import type { PhaseLabels } from '../charts/phase';
import type { MembershipLabels } from '../charts/membership';
import type { GridLabels } from '../charts/grid';
import type { NetworkLabels } from '../charts/network';
import type { CounterfactualLabels } from '../charts/counterfactual';
import type { CompareLabels } from '../charts/compare';
import { en, type Dictionary } from './i18n/en';
import { fr } from './i18n/fr';

export type { Dictionary };

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Live events offered as buttons (the list; absorption stays random or scheduled). */
export { LIVE_EVENT_TYPES } from '../../sim/scenario/enums';
export type Speed = 'slow' | 'normal' | 'fast' | 'max';
export type ChartKey = 'headline' | 'phase' | 'membership' | 'grid' | 'network' | 'outcome' | 'compare' | 'membershipB' | 'gridB' | 'networkB';

export type Labels<T> = Omit<T, 'decimal' | 'eventName' | 'percent'>;

export const DICTIONARIES: Record<Language, Dictionary> = { en, fr };

/** French when the browser prefers it, English otherwise. */
export function defaultLanguage(preferred: string | undefined): Language {
  return preferred?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

const decimalMark = (lang: Language) => (lang === 'fr' ? ',' : '.');

const formats = new Map<string, Intl.NumberFormat>();
/** Number formats are costly to create and a frame may format hundreds of numbers: one per style, kept. */
function numberFormat(lang: Language, digits: number, percent: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${percent}`;
  let format = formats.get(key);
  if (!format) {
    const locale = lang === 'fr' ? 'fr-CA' : 'en-CA';
    format = percent
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })
      : new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(key, format);
  }
  return format;
}

/** Numbers as the language writes them (decimal comma in French). */
export function formatNumber(lang: Language, value: number, digits: number): string {
  return numberFormat(lang, digits, false).format(value);
}

/** Collective effectiveness (a difference of shares of needs met) in signed points of needs met: +1.3, −0.2. */
export function formatPoints(lang: Language, share: number, digits = 1): string {
  const points = share * 100;
  const text = formatNumber(lang, Math.abs(points), digits);
  return Number(text.replace(',', '.').replace(/\s/g, '')) === 0 ? text : `${points > 0 ? '+' : '−'}${text}`;
}

export function formatPercent(lang: Language, share: number): string {
  return numberFormat(lang, 0, true).format(share);
}

/** An event's display name: its type, with the order hit by a budget cut. */
export function eventName(dict: Dictionary, event: Pick<ChartEvent, 'type' | 'order'>): string {
  const name =
    (dict.events as Partial<Record<string, string>>)[event.type] ??
    (dict.story as Partial<Record<string, string>>)[event.type] ??
    event.type.replaceAll('_', ' ');
  return event.order ? `${name} (${event.order})` : name;
}

/** Labels of every chart in one language. */
export function chartLabels(dict: Dictionary, lang: Language) {
  const decimal = decimalMark(lang);
  return {
    headline: { ...dict.chart, decimal, eventName: (event: ChartEvent) => eventName(dict, event) } satisfies TimeSeriesLabels,
    phase: { ...dict.phase, decimal } satisfies PhaseLabels,
    membership: dict.membership satisfies MembershipLabels,
    grid: { ...dict.grid, percent: (share: number) => formatPercent(lang, share) } satisfies GridLabels,
    network: dict.network satisfies NetworkLabels,
    outcome: { ...dict.outcome, decimal } satisfies CounterfactualLabels,
    compare: { ...dict.compare, decimal } satisfies CompareLabels,
    /** A field of the territory in the page's language (the usual fields are translated; others stay as the scenario writes them). */
    fieldName: (field: string) => dict.fieldNames[field] ?? field,
    // Compare mode: run B's membership, grid and network (their titles name run B at drawing time).
    membershipB: dict.membership satisfies MembershipLabels,
    gridB: { ...dict.grid, percent: (share: number) => formatPercent(lang, share) } satisfies GridLabels,
    networkB: dict.network satisfies NetworkLabels,
  };
}
export type ChartLabels = ReturnType<typeof chartLabels>;
