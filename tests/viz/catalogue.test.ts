/** The bundled scenarios follow the folder, and every text the page shows exists in both languages. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../../viz/app/scenarios';
import { DICTIONARIES } from '../../viz/app/i18n';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, shape(v)])
        .sort(),
    );
  return typeof value;
}

describe('bundled scenarios and texts', () => {
  it('offers every scenario file of scenarios/, the default first, each with a title and lesson in English and French', () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
    expect(BUNDLED.map((s) => `${s.id}.json`).sort()).toEqual(files.sort());
    expect(BUNDLED[0]!.id).toBe('default');
    for (const scenario of BUNDLED) {
      for (const text of [scenario.title, scenario.lesson]) {
        expect(text.en, scenario.id).not.toBe('');
        expect(text.fr, scenario.id).not.toBe('');
      }
    }
  });

  it('has the same texts in English and French, and no French text left in English', () => {
    expect(shape(DICTIONARIES.fr)).toEqual(shape(DICTIONARIES.en));
    const same = Object.entries(DICTIONARIES.en).filter(
      ([key, value]) => typeof value === 'string' && value === (DICTIONARIES.fr as Record<string, unknown>)[key],
    );
    // The same word in both languages.
    expect(same.map(([key]) => key)).toEqual(['pageTitle', 'pause', 'downloadSvg', 'downloadPng', 'differenceBA']);
  });
});
