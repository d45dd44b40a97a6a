/**
 * The bundled scenarios, read from the scenarios/ folder at build time: adding a file
 * there adds it to the picker. Titles, descriptions and lessons come from each file's meta.
 */
import type { Language } from './i18n';

export interface LocalText {
  en: string;
  fr: string;
}

export interface BundledScenario {
  /** File name without `.json`, e.g. `default`; used in shared links. */
  id: string;
  /** The file's content, as written (not defaulted). */
  raw: Record<string, unknown>;
  title: LocalText;
  description: LocalText;
  lesson: LocalText;
  /** A seed at which the run shows the lesson (the picker opens the scenario at it). */
  recommendedSeed: number | undefined;
}

const files = import.meta.glob<Record<string, unknown>>('../../scenarios/*.json', { eager: true, import: 'default' });

function localText(meta: unknown, key: string): LocalText {
  const value = meta !== null && typeof meta === 'object' ? (meta as Record<string, unknown>)[key] : undefined;
  const text = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { en: typeof text.en === 'string' ? text.en : '', fr: typeof text.fr === 'string' ? text.fr : '' };
}

/** The default scenario first, then the others by file name (paired lessons sit together). */
export const BUNDLED: readonly BundledScenario[] = Object.entries(files)
  .filter(([path]) => !path.endsWith('.schema.json'))
  .map(([path, raw]) => {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
    const seed = raw.meta !== null && typeof raw.meta === 'object' ? (raw.meta as Record<string, unknown>).recommended_seed : undefined;
    return {
      id,
      raw,
      title: localText(raw.meta, 'title'),
      description: localText(raw.meta, 'description'),
      lesson: localText(raw.meta, 'lesson'),
      recommendedSeed: typeof seed === 'number' ? seed : undefined,
    };
  })
  .sort((a, b) => (a.id === 'default' ? -1 : b.id === 'default' ? 1 : a.id.localeCompare(b.id)));

export const DEFAULT_SCENARIO_ID = 'default';

export function bundledScenario(id: string): BundledScenario | undefined {
  return BUNDLED.find((scenario) => scenario.id === id);
}

/** A text in the language asked for, else English, else French. */
export function inLanguage(text: LocalText, lang: Language): string {
  return text[lang] || text.en || text.fr;
}
