/**
 * The scenario's `meta` section: title, description and lesson in English and French, the
 * seed that shows the lesson, what to notice and try, and the pair it is compared with.
 */
import { z } from 'zod';
import { doc, localizedText } from './fieldDoc';

export const metaSection = z
  .strictObject({
    title: localizedText,
    description: localizedText,
    lesson: localizedText,
    recommended_seed: doc(z.number().int().min(0).max(0xffff_ffff).optional(), {
      description: 'A seed at which the run shows the lesson (the page opens the scenario at it).',
      fr: 'Une graine à laquelle la simulation montre la leçon (la page ouvre le scénario avec elle).',
    }),
    notice: doc(localizedText, {
      description: 'What to notice while it plays (the page’s Info panel).',
      fr: 'Ce qu’il faut remarquer pendant la simulation (panneau Info de la page).',
    }),
    try: doc(localizedText, { description: 'Things to try next (the page’s Info panel).', fr: 'Choses à essayer ensuite (panneau Info de la page).' }),
    compare: doc(z.record(z.string().min(1).max(200), z.unknown()).optional(), {
      description:
        'The pair this scenario is compared with: setting path → value for run B (as with --set), e.g. {"action.leadership": "none"}. The page’s “Compare with its pair” button opens compare mode with these settings.',
      fr: 'La paire à laquelle ce scénario se compare : chemin du paramètre → valeur pour la simulation B (comme --set), p. ex. {"action.leadership": "none"}. Le bouton « Comparer avec sa paire » de la page ouvre le mode comparaison avec ces paramètres.',
    }),
  })
  .prefault({})
  .meta({
    description: 'Title, description and lesson of the scenario, the seed that shows it, what to notice and try, and its pair.',
    fr: 'Titre, description et leçon du scénario, la graine qui la montre, quoi remarquer et essayer, et sa paire.',
  });
