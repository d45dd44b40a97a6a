/**
 * The sweep problems (sim/sweep/problems.ts) worded in French from their parameters. Typed
 * against the same table as the English words: a problem added to the engine does not
 * compile until it is worded here too.
 */
import type { ProblemTable, SettingCount } from '../../../sim/sweep/problems';
import { count, written } from './problemNumbersFr';

const DESIGNS: Record<string, string> = { grid: 'en grille', morris: 'de Morris', sobol: 'de Sobol', latin_hypercube: 'en hypercube latin' };
const design = (type: string) => DESIGNS[type] ?? type;
const SETTING_COUNTS: Record<SettingCount, string> = {
  combinations: 'combinaisons de valeurs des facteurs',
  trajectories: 'trajectoires × (facteurs + 1)',
  samplesAndFactors: 'échantillons × (facteurs + 2)',
  samples: 'échantillons',
};
const REPEATS = 'des valeurs distinctes (une valeur répétée donne des paramétrages qui ne diffèrent que par le hasard; répétées :';

export const SWEEP_PROBLEMS_FR: ProblemTable = {
  gridStepsMissing: () => ({
    expected: 'un nombre de valeurs également espacées de 2 à 1000 (un plan en grille prend steps valeurs de `from` à `to`)',
    received: 'rien',
  }),
  repeatedValues: ({ repeated, values }) => ({ expected: `${REPEATS} ${written(repeated)})`, received: written(values) }),
  repeatedRangeValues: ({ repeated, values, from, to, steps, integer }) => ({
    expected: `${REPEATS} ${written(repeated)})`,
    received: `${written(values)} (${written(from)} à ${written(to)} en ${steps} pas${integer ? ' entiers' : ''})`,
  }),
  tooFewValues: ({ values }) => ({
    expected: 'au moins deux valeurs (un facteur à une seule valeur ne varie pas : fixez-le dans le scénario)',
    received: written(values),
  }),
  unorderedInMorris: ({ count: n }) => ({
    expected:
      'un intervalle numérique {from, to} ou une liste de deux valeurs : la méthode de Morris fait avancer un facteur d’un cran selon un ordre, et une liste de plus de deux valeurs n’en a pas (divisez-la en facteurs oui/non, ou utilisez un plan en grille ou de Sobol)',
    received: `une liste de ${n} valeurs`,
  }),
  stepsInSampledDesign: ({ design: type, steps }) => ({
    expected: `pas de steps : un plan ${design(type)} tire ses valeurs entre from et to${type === 'morris' ? ' (sur design.levels niveaux)' : ''}`,
    received: String(steps),
  }),
  constantRange: ({ to }) => ({ expected: 'une valeur autre que from (un facteur qui ne bouge pas n’a pas d’effet à mesurer)', received: written(to) }),
  tooFewIntegersForLevels: ({ levels, from, to }) => ({
    expected: `au moins ${levels} entiers pour design.levels = ${levels} (les niveaux arrondis se répéteraient et leurs « effets » ne seraient que du bruit) : élargissez l’intervalle ou baissez design.levels`,
    received: `${written(from)} à ${written(to)}`,
  }),
  tooFewIntegers: ({ from, to }) => ({ expected: 'au moins 2 entiers entre from et to', received: `${written(from)} à ${written(to)}` }),
  foreignOption: ({ design: type, options, value }) => ({
    expected: `une option d’un plan ${design(type)} (${options || 'aucune'})`,
    received: written(value),
  }),
  tooManyCandidates: ({ limit, factors, candidates }) => ({
    expected: `au plus ${count(limit)} candidates pour ${factors} facteurs (choisir parmi plus prendrait des minutes)`,
    received: count(candidates),
  }),
  noFactors: ({ design: type }) => ({ expected: `au moins un facteur pour un plan ${design(type)}`, received: 'aucun' }),
  tooManySobolFactors: ({ limit, factors }) => ({ expected: `au plus ${limit} facteurs dans un plan de Sobol`, received: String(factors) }),
  tooManySettings: ({ limit, settings, made, browser }) => ({
    expected: browser
      ? `au plus ${count(limit)} paramétrages dans le navigateur (${SETTING_COUNTS[made]}; la ligne de commande va au-delà)`
      : `au plus ${count(limit)} paramétrages (${SETTING_COUNTS[made]})`,
    received: count(settings),
  }),
  tooManyRuns: ({ limit, settings, replications, browser }) => ({
    expected: browser
      ? `au plus ${count(limit)} simulations dans le navigateur (la ligne de commande va au-delà)`
      : `au plus ${count(limit)} simulations par balayage (paramétrages × réplications; divisez une étude plus grande en plusieurs balayages)`,
    received: `${count(settings)} × ${count(replications)} = ${count(settings * replications)}`,
  }),
  tooManyValues: ({ limit, values, browser }) => ({
    expected: browser
      ? `au plus ${count(limit)} valeurs mensuelles dans le navigateur (simulations × mois × indicateurs : moins de réplications, de mois ou d’indicateurs)`
      : `au plus ${count(limit)} valeurs mensuelles gardées (simulations × mois × indicateurs : moins de réplications, de mois ou d’indicateurs)`,
    received: count(values),
  }),
  tooManyTickRows: ({ limit, rows, browser }) => ({
    expected: browser
      ? `au plus ${count(limit)} lignes de ticks.csv dans le navigateur (paramétrages × mois × indicateurs)`
      : `au plus ${count(limit)} lignes de ticks.csv (paramétrages × mois × indicateurs)`,
    received: count(rows),
  }),
  tooLargeToPlan: ({ message }) => ({ expected: 'un balayage assez petit pour être planifié en mémoire', received: message }),
  scenarioPathInBrowser: ({ path }) => ({
    expected: 'le scénario lui-même (le navigateur ne peut pas lire un chemin de fichier)',
    received: JSON.stringify(path),
  }),
};
