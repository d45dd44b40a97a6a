/**
 * Model constants (`model.*`, see modelConstants.ts): what the action produces and how it
 * is seen: collective output, targets, the population outcome and the evaluation regime
 * (observability).
 */
import { c, MONTHS, type ModelGroup } from './define';

export const RESULTS_CONSTANTS = {
  output: {
    scale: c(
      0.85,
      0,
      100,
      'Collective output per unit of effective contribution.',
      'Production collective par unité de contribution effective.',
      'output / budget unit',
    ),
    trust_floor: c(
      0.4,
      0,
      1,
      'Share of a contribution that counts at zero trust (the rest counts in proportion to trust).',
      'Part d’une contribution qui compte à confiance nulle (le reste compte en proportion de la confiance).',
    ),
    coverage_exponent: c(
      1.5,
      0,
      10,
      'Exponent of the output penalty for needed fields or orders left uncovered.',
      'Exposant de la pénalité de production pour les champs ou ordres nécessaires non couverts.',
    ),
  },
  targets: {
    specific_scope: c(
      0.5,
      0,
      1,
      'Share of the population that fully specific targets reach (broad targets reach all of it).',
      'Part de la population qu’atteignent des cibles entièrement précises (des cibles larges l’atteignent toute).',
    ),
    specific_delay: c(
      6,
      1,
      240,
      'Mean delay before results of fully specific targets are realised.',
      'Délai moyen avant que les résultats de cibles entièrement précises se réalisent.',
      MONTHS,
    ),
    broad_extra_delay: c(30, 0, 240, 'Extra delay of fully broad targets.', 'Délai supplémentaire des cibles entièrement larges.', MONTHS),
  },
  population: {
    impact_scale: c(
      0.25,
      0,
      10,
      'Monthly gain of a field’s outcome per unit of realised output relative to the field’s share of the territory’s budget.',
      'Gain mensuel du résultat d’un champ par unité de production réalisée rapportée à la part du budget du territoire qui revient au champ.',
    ),
    crisis_drop: c(
      0.03,
      0,
      1,
      'Drop of the population outcome per unit of crisis magnitude (both worlds).',
      'Baisse du résultat populationnel par unité d’intensité de crise (dans les deux mondes).',
      'share of needs met',
    ),
    salience_decay: c(
      0.95,
      0,
      1,
      'Share of a crisis’ salience kept from one month to the next.',
      'Part de la saillance d’une crise conservée d’un mois au suivant.',
    ),
    accountability: c(
      8,
      0,
      100,
      'Salience members draw from population results they can see: α × (1 + this × observability × collective effectiveness).',
      'Saillance que les membres tirent des résultats populationnels qu’ils voient : α × (1 + cette valeur × observabilité × efficacité collective).',
    ),
  },
  evaluation: {
    return_prior: c(
      1,
      0,
      10,
      'Return per unit contributed that founders hope for before results are realised.',
      'Rendement par unité versée qu’espèrent les fondateurs avant que des résultats se réalisent.',
      'output / budget unit',
    ),
    hope_decay: c(
      12,
      1,
      240,
      'Time constant with which that hope fades if results do not confirm it.',
      'Constante de temps avec laquelle cet espoir s’éteint si les résultats ne le confirment pas.',
      MONTHS,
    ),
    observability_base: c(
      0.15,
      0,
      1,
      'Share of the action’s results (delayed and shared ones included) that is measured and reported without any instrument; under linear evaluation members judge the rest by their own realised, attributable results.',
      'Part des résultats de l’action (différés et partagés compris) mesurée et rapportée sans instrument; en évaluation linéaire, les membres jugent le reste par leurs propres résultats réalisés et attribuables.',
    ),
    observability_steward: c(
      0.4,
      0,
      1,
      'Share of the unmeasured results a steward measures and reports.',
      'Part des résultats non mesurés que l’instance responsable mesure et rapporte.',
    ),
    observability_specific: c(
      0.4,
      0,
      1,
      'Share of the unmeasured results fully specific targets make visible (in proportion to specificity).',
      'Part des résultats non mesurés que des cibles entièrement précises rendent visibles (en proportion de la spécificité).',
    ),
    developmental_observability: c(
      1,
      0,
      1,
      'Share of the results still unmeasured that developmental evaluation brings into view (delayed and shared effects); 1: members see the whole current return.',
      'Part des résultats encore non mesurés que l’évaluation développementale rend visibles (effets différés et partagés); 1 : les membres voient tout le rendement courant.',
    ),
  },
} as const satisfies ModelGroup;
