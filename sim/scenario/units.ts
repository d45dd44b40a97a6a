/**
 * The units the scenario schema names, in English and French: one table for the docs'
 * reference tables and the page's setting hints. A unit missing here is shown as written
 * (and a test fails).
 */
export const UNITS: Record<string, { en: string; fr: string }> = {
  months: { en: 'months', fr: 'mois' },
  'budget units / month': { en: 'budget units / month', fr: 'unités budgétaires / mois' },
  'output / budget unit': { en: 'output / budget unit', fr: 'production / unité budgétaire' },
  'share of own budget / month': { en: 'share of own budget / month', fr: 'part du budget propre / mois' },
  'share of contributions covered': { en: 'share of contributions covered', fr: 'part des contributions couverte' },
  'share of pooled resources': { en: 'share of pooled resources', fr: 'part des ressources mises en commun' },
  'share of needs met': { en: 'share of needs met', fr: 'part des besoins comblés' },
  'probability / month': { en: 'probability / month', fr: 'probabilité / mois' },
  '1 / month': { en: '1 / month', fr: '1 / mois' },
  'relations / budget unit': { en: 'relations / budget unit', fr: 'relations / unité budgétaire' },
};

export const unitsIn = (lang: 'en' | 'fr'): Record<string, string> => Object.fromEntries(Object.entries(UNITS).map(([unit, text]) => [unit, text[lang]]));
