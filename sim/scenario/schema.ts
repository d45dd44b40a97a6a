/**
 * The scenario schema: the single source of truth for scenario types, defaults,
 * validation and documentation (JSON Schema, field reference tables).
 *
 * Every field carries `meta({ description, fr, unit? })`: the English description is
 * the JSON Schema `description` editors show; `fr` is its French counterpart.
 * Objects use `prefault({})` so a partial file takes the defaults of everything it omits.
 */
import { z } from 'zod';

import {
  ARRANGEMENTS,
  EVALUATION_REGIMES,
  EVENT_TYPES,
  GOVERNANCE_MODES,
  INSTRUMENTS,
  LEADERSHIP_STYLES,
  MENTALITIES,
  ORDERS,
  PARTICIPATION_MODES,
} from './enums';

import { isConstant, MODEL_CONSTANTS, MODEL_GROUP_TITLES, type ModelConstant, type ModelGroup, type ModelSettings } from './modelConstants';

export * from './enums';

type FieldDoc = {
  description: string;
  fr: string;
  unit?: string;
};
const doc = <T extends z.ZodType>(schema: T, info: FieldDoc): T => schema.meta(info) as T;

const share = (fallback: number, info: FieldDoc) => doc(z.number().min(0).max(1).default(fallback), info);

const localizedText = doc(
  z
    .strictObject({
      en: doc(z.string().max(2000).default(''), { description: 'In English.', fr: 'En anglais.' }),
      fr: doc(z.string().max(2000).default(''), { description: 'In French.', fr: 'En français.' }),
    })
    .prefault({}),
  { description: 'Text in English and French.', fr: 'Texte en anglais et en français.' },
);

const orderProfile = (d: { size: number; alpha: number; horizon: number; outside: number; exposure: number; trust: number }) =>
  z
    .strictObject({
      size_mean: doc(z.number().positive().max(1e9).default(d.size), {
        description: 'Mean monthly budget of an organisation of this order (lognormal).',
        fr: 'Budget mensuel moyen d’une organisation de cet ordre (loi lognormale).',
        unit: 'budget units / month',
      }),
      size_spread: doc(z.number().min(0).max(3).default(0.5), {
        description: 'Spread (sigma of the log) of budgets within the order.',
        fr: 'Dispersion (sigma du log) des budgets dans l’ordre.',
      }),
      productivity: doc(z.number().positive().max(10).default(1), {
        description: 'Mean own output per unit of budget when working alone.',
        fr: 'Production propre moyenne par unité de budget, en travaillant seul.',
        unit: 'output / budget unit',
      }),
      alpha: share(d.alpha, {
        description: 'Weight on collective effectiveness versus organisational efficiency (0 = only own efficiency, 1 = only the collective result).',
        fr: 'Poids de l’efficacité collective face à l’efficience organisationnelle (0 = seulement sa propre efficience, 1 = seulement le résultat collectif).',
      }),
      horizon: doc(z.number().min(1).max(240).default(d.horizon), {
        description: 'Time horizon over which expected value is judged (used when behaviour.mentality is "mixed").',
        fr: 'Horizon temporel sur lequel la valeur attendue est jugée (utilisé quand behaviour.mentality vaut « mixed »).',
        unit: 'months',
      }),
      outside_option: doc(z.number().min(0).max(1).default(d.outside), {
        description: 'Value of the best alternative use of the resources, per month.',
        fr: 'Valeur de la meilleure utilisation alternative des ressources, par mois.',
        unit: 'share of own budget / month',
      }),
      shock_exposure: share(d.exposure, {
        description: 'How strongly budget cuts aimed at this order hit its organisations.',
        fr: 'Intensité avec laquelle les compressions visant cet ordre frappent ses organisations.',
      }),
      initial_trust: share(d.trust, {
        description: 'Trust in the joint action at the start (an organisation that leaves and rejoins keeps the trust it had).',
        fr: 'Confiance envers l’action commune au départ (une organisation qui part puis revient garde la confiance qu’elle avait).',
      }),
    })
    .prefault({});

const explicitOrganisation = z.strictObject({
  name: z.string().min(1).max(200).meta({ description: 'Display name.', fr: 'Nom affiché.' }),
  order: z.enum(ORDERS).meta({ description: 'State (E), Private (P) or Third sector (T).', fr: 'État (E), Privé (P) ou Tiers secteur (T).' }),
  field: z
    .string()
    .min(1)
    .max(100)
    .meta({ description: 'Primary field; must be one of territory.fields.', fr: 'Champ principal; doit figurer dans territory.fields.' }),
  size: z.number().positive().max(1e9).optional().meta({
    description: 'Monthly budget (defaults to the order mean).',
    fr: 'Budget mensuel (par défaut : la moyenne de l’ordre).',
    unit: 'budget units / month',
  }),
  alpha: z.number().min(0).max(1).optional().meta({
    description: 'Motivation weight on collective effectiveness (defaults to the order value).',
    fr: 'Poids de motivation pour l’efficacité collective (par défaut : valeur de l’ordre).',
  }),
  member: z.boolean().default(false).meta({ description: 'Member of the joint action at the start.', fr: 'Membre de l’action commune au départ.' }),
  leader: z
    .boolean()
    .default(false)
    .meta({ description: 'Acts as facilitative leader (needs member: true).', fr: 'Agit comme leader facilitateur (exige member: true).' }),
});

const scheduledEvent = z.strictObject({
  at: doc(z.number().int().min(1).max(1e6), {
    description: 'Tick at which the event fires.',
    fr: 'Pas de temps auquel l’événement survient.',
    unit: 'months',
  }),
  type: z.enum(EVENT_TYPES).meta({ description: 'Kind of event.', fr: 'Type d’événement.' }),
  order: z.enum(ORDERS).optional().meta({
    description: 'Order hit by a budget cut (default E); ignored by other events.',
    fr: 'Ordre touché par une compression (défaut E); ignoré par les autres événements.',
  }),
  magnitude: z.number().min(0).max(1).optional().meta({
    description: 'Strength: budget share cut, or crisis salience (defaults 0.2 and 0.5).',
    fr: 'Intensité : part du budget coupée, ou saillance de la crise (défauts 0,2 et 0,5).',
  }),
});

const hazard = (fallback: number, what: string, quoi: string) =>
  doc(z.number().min(0).max(1).default(fallback), {
    description: `Monthly probability of ${what}.`,
    // « de un départ » is elided to « d’un départ ».
    fr: `Probabilité mensuelle ${/^[aeiouyéèê]/i.test(quoi) ? 'd’' : 'de '}${quoi}.`,
    unit: 'probability / month',
  });

const modelConstant = (k: ModelConstant) => {
  const number = k.integer ? z.number().int() : z.number();
  return doc(number.min(k.min).max(k.max).default(k.value), { description: k.description, fr: k.fr, ...(k.unit !== undefined ? { unit: k.unit } : {}) });
};

const modelGroup = (group: ModelGroup, info?: FieldDoc): z.ZodType => {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, node] of Object.entries(group)) {
    shape[key] = isConstant(node) ? modelConstant(node) : modelGroup(node, (MODEL_GROUP_TITLES as Record<string, FieldDoc>)[key]);
  }
  const object = z.strictObject(shape).prefault({});
  return info ? doc(object, info) : object;
};

/** Deeply optional: what a scenario file may write in `model`. */
type PartialModel<T> = { [K in keyof T]?: T[K] extends number ? number : PartialModel<T[K]> };

/** The `model` section, built from sim/scenario/modelConstants.ts (the list of constants, with their docs). */
const modelSection = doc(modelGroup(MODEL_CONSTANTS), {
  description:
    'Constants of the model’s functional forms (advanced: for sensitivity analysis and validation). Every one has a default; see docs/model.md, “Submodels”.',
  fr: 'Constantes des formes fonctionnelles du modèle (avancé : pour l’analyse de sensibilité et la validation). Chacune a une valeur par défaut; voir docs/model.md, « Sous-modèles ».',
}) as unknown as z.ZodType<ModelSettings, PartialModel<ModelSettings> | undefined>;

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path of the JSON Schema (for editors).', fr: 'Chemin du schéma JSON (pour les éditeurs).' }),
    meta: z
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
      }),
    ticks: doc(z.number().int().min(1).max(100_000).default(120), {
      description: 'Horizon of a run (one tick = one month).',
      fr: 'Horizon d’une simulation (un pas = un mois).',
      unit: 'months',
    }),
    territory: z
      .strictObject({
        fields: doc(z.array(z.string().min(1).max(100)).min(1).max(50).default(['health', 'education', 'housing', 'employment', 'food', 'transport']), {
          description: 'Names of the fields (domains) of the territory.',
          fr: 'Noms des champs (domaines) du territoire.',
        }),
        needs: doc(z.array(z.number().min(0).max(10)).optional(), {
          description: 'Relative need per field, same order as fields (default: 1 each).',
          fr: 'Besoin relatif par champ, dans l’ordre de fields (défaut : 1 chacun).',
        }),
        population_baseline: share(0.5, {
          description: 'Population outcome without any joint action (share of needs met).',
          fr: 'Résultat populationnel sans action commune (part des besoins comblés).',
        }),
        population_recovery: doc(z.number().min(0).max(1).default(0.02), {
          description: 'Monthly rate at which the population outcome returns to its baseline.',
          fr: 'Taux mensuel de retour du résultat populationnel vers sa valeur de base.',
          unit: '1 / month',
        }),
        population_noise: doc(z.number().min(0).max(0.2).default(0.002), {
          description: 'Standard deviation of monthly random variation of the population outcome (same draw with and without the action).',
          fr: 'Écart type de la variation aléatoire mensuelle du résultat populationnel (même tirage avec et sans l’action).',
        }),
        impact: doc(z.number().min(0).max(10).default(1), {
          description: 'How strongly the action’s realised output moves the population outcome.',
          fr: 'Force avec laquelle la production réalisée de l’action améliore le résultat populationnel.',
        }),
      })
      .prefault({}),
    organisations: z
      .strictObject({
        count: z
          .strictObject({
            E: doc(z.number().int().min(0).max(1_000_000).default(12), {
              description: 'Number of State organisations.',
              fr: 'Nombre d’organisations de l’État.',
            }),
            P: doc(z.number().int().min(0).max(1_000_000).default(18), {
              description: 'Number of private organisations.',
              fr: 'Nombre d’organisations privées.',
            }),
            T: doc(z.number().int().min(0).max(1_000_000).default(30), {
              description: 'Number of third-sector organisations.',
              fr: 'Nombre d’organisations du tiers secteur.',
            }),
          })
          .prefault({})
          .meta({
            description: 'Organisations generated per order (ignored when list is given).',
            fr: 'Organisations générées par ordre (ignoré si list est fourni).',
          }),
        orders: z
          .strictObject({
            E: orderProfile({ size: 100, alpha: 0.6, horizon: 12, outside: 0.01, exposure: 1, trust: 0.4 }),
            P: orderProfile({ size: 40, alpha: 0.3, horizon: 6, outside: 0.02, exposure: 0.5, trust: 0.35 }),
            T: orderProfile({ size: 10, alpha: 0.8, horizon: 24, outside: 0.005, exposure: 0.8, trust: 0.5 }),
          })
          .prefault({})
          .meta({ description: 'Default attributes of each order.', fr: 'Attributs par défaut de chaque ordre.' }),
        list: doc(z.array(explicitOrganisation).max(100_000).optional(), {
          description: 'Explicit organisations; when given, replaces the generated population.',
          fr: 'Organisations explicites; si fournie, remplace la population générée.',
        }),
        ties_per_organisation: doc(z.number().min(0).max(100).default(4), {
          description: 'Mean number of relational ties per organisation.',
          fr: 'Nombre moyen de liens relationnels par organisation.',
        }),
        homophily: share(0.6, {
          description: 'Share of ties drawn between organisations of the same field or the same order (the rest are drawn at random).',
          fr: 'Part des liens tirés entre organisations du même champ ou du même ordre (les autres sont tirés au hasard).',
        }),
      })
      .prefault({}),
    action: z
      .strictObject({
        initial_members: doc(z.number().int().min(0).max(1_000_000).default(10), {
          description: 'Founding members drawn at random (at least one per order when possible; ignored when organisations.list marks members).',
          fr: 'Membres fondateurs tirés au hasard (au moins un par ordre si possible; ignoré si organisations.list désigne des membres).',
        }),
        arrangement: doc(z.enum(ARRANGEMENTS).default('agreement'), {
          description: 'Formality of the arrangement: informal network, agreement, steering committee, joint body with a board.',
          fr: 'Formalité du dispositif : réseau informel, entente, comité directeur, instance conjointe avec conseil.',
        }),
        governance: doc(z.enum(GOVERNANCE_MODES).default('shared'), {
          description: 'Governance mode: shared (participant-governed), lead organisation, or network administrative organisation (NAO).',
          fr: 'Mode de gouvernance : partagée, organisation pilote, ou organisation administrative de réseau (OAR).',
        }),
        nao_capacity: doc(z.number().int().min(1).max(1_000_000).default(40), {
          description: 'Members an NAO can coordinate before it becomes a bottleneck.',
          fr: 'Membres qu’une OAR peut coordonner avant de devenir un goulot d’étranglement.',
        }),
        target_specificity: share(0.5, {
          description: 'Specificity of targets: 1 = specific (quick, visible, narrow), 0 = broad (needs more fields, pays off later).',
          fr: 'Spécificité des cibles : 1 = précises (rapides, visibles, étroites), 0 = larges (plus de champs, effets tardifs).',
        }),
        instruments: doc(z.array(z.enum(INSTRUMENTS)).max(4).default([]), {
          description: 'Instruments the action uses.',
          fr: 'Instruments utilisés par l’action.',
        }),
        steward: doc(z.boolean().default(false), {
          description: 'An accountable body for the interstice keeps knowledge and attributes collective results.',
          fr: 'Une instance responsable de l’interstice conserve le savoir et s’attribue les résultats collectifs.',
        }),
        evaluation: doc(z.enum(EVALUATION_REGIMES).default('linear'), {
          description: 'Evaluation regime: linear (short window, attributable outputs) or developmental (counts delayed and shared effects).',
          fr: 'Régime d’évaluation : linéaire (fenêtre courte, extrants attribuables) ou développemental (effets différés et partagés).',
        }),
        participation: doc(z.enum(PARTICIPATION_MODES).default('voluntary'), {
          description: 'Voluntary (free exit) or mandated (members cannot leave).',
          fr: 'Volontaire (sortie libre) ou obligatoire (les membres ne peuvent partir).',
        }),
        leadership: doc(z.enum(LEADERSHIP_STYLES).default('none'), {
          description: 'Facilitative leadership by the most collectively minded founder, or none (leaders marked in organisations.list lead in any case).',
          fr: 'Leadership facilitateur exercé par le fondateur le plus tourné vers le collectif, ou aucun (les leaders désignés dans organisations.list dirigent dans tous les cas).',
        }),
        funding: z
          .strictObject({
            grant: doc(z.number().min(0).max(1).default(0), {
              description: 'Seed grant covering members’ contributions.',
              fr: 'Subvention de démarrage couvrant les contributions des membres.',
              unit: 'share of contributions covered',
            }),
            ends_at: doc(z.number().int().min(1).max(1e6).nullable().default(null), {
              description: 'Tick at which the grant ends (null: never).',
              fr: 'Pas auquel la subvention prend fin (null : jamais).',
              unit: 'months',
            }),
          })
          .prefault({}),
        reform: doc(z.boolean().default(true), {
          description: 'Whether a dissolved action may re-form.',
          fr: 'Une action dissoute peut-elle se reformer.',
        }),
      })
      .prefault({}),
    behaviour: z
      .strictObject({
        mentality: doc(z.enum(MENTALITIES).default('mixed'), {
          description:
            'mixed: each order’s horizon; manager: everyone judges on short-term net returns; investor: everyone accepts early costs for later collective returns.',
          fr: '« mixed » (mixte) : horizon de chaque ordre; « manager » (gestionnaire) : rendement net à court terme; « investor » (investisseur) : coûts précoces acceptés pour des retombées collectives ultérieures.',
        }),
        manager_horizon: doc(z.number().min(1).max(240).default(3), {
          description: 'Horizon of a manager mentality.',
          fr: 'Horizon d’une mentalité de gestionnaire.',
          unit: 'months',
        }),
        investor_horizon: doc(z.number().min(1).max(240).default(48), {
          description: 'Horizon of an investor mentality.',
          fr: 'Horizon d’une mentalité d’investisseur.',
          unit: 'months',
        }),
        perception_delay: doc(z.number().min(1).max(60).default(3), {
          description: 'Mean delay with which organisations perceive the value of the action.',
          fr: 'Délai moyen de perception de la valeur de l’action.',
          unit: 'months',
        }),
        perception_noise: doc(z.number().min(0).max(1).default(0.01), {
          description: 'Noise in perceived value.',
          fr: 'Bruit dans la valeur perçue.',
          unit: 'share of own budget / month',
        }),
        decision_temperature: doc(z.number().positive().max(1).default(0.015), {
          description: 'Randomness of join/leave decisions (smaller = more deterministic).',
          fr: 'Part de hasard des décisions d’adhésion et de départ (plus petit = plus déterministe).',
          unit: 'share of own budget / month',
        }),
        exit_rate: share(0.15, {
          description:
            'Highest monthly probability of leaving, reached by a member that values the action far below its outside option (half of it at indifference; lowered by trust, formality, a pooled fund, leading).',
          fr: 'Probabilité mensuelle maximale de départ, atteinte par un membre qui juge l’action bien en deçà de son option extérieure (la moitié à l’indifférence; réduite par la confiance, la formalité, un fonds commun, le leadership).',
        }),
        invitation_rate: share(0.04, {
          description: 'Monthly probability that a member invites a tied non-member.',
          fr: 'Probabilité mensuelle qu’un membre invite un non-membre auquel il est lié.',
        }),
        influence: share(0.3, {
          description: 'Weight of tied members’ satisfaction in an organisation’s decision.',
          fr: 'Poids de la satisfaction des membres liés dans la décision d’une organisation.',
        }),
      })
      .prefault({}),
    events: doc(z.array(scheduledEvent).max(10_000).default([]), {
      description: 'Events scheduled at given ticks.',
      fr: 'Événements programmés à des pas donnés.',
    }),
    hazards: z
      .strictObject({
        budget_cut: hazard(0.004, 'a budget cut to a random order', 'une compression budgétaire touchant un ordre au hasard'),
        political_turnover: hazard(0.02, 'political turnover (State priorities change)', 'une alternance politique (les priorités de l’État changent)'),
        leader_leaves: hazard(
          0.01,
          'the leader stepping down (its organisation stays; under facilitative leadership a trusted, long-standing member may take the role up: model.leadership.succession_*)',
          'un départ du leader (son organisation reste; sous un leadership facilitateur, un membre de confiance et de longue date peut reprendre le rôle : model.leadership.succession_*)',
        ),
        crisis: hazard(0.005, 'a crisis raising the salience of the problem', 'une crise qui rend le problème plus saillant'),
        absorption: hazard(0.002, 'a member being absorbed by another organisation', 'l’absorption d’un membre par une autre organisation'),
      })
      .prefault({})
      .meta({ description: 'Random events and their monthly probabilities.', fr: 'Événements aléatoires et leurs probabilités mensuelles.' }),
    model: modelSection,
  })
  .meta({
    title: 'Interstice scenario',
    description: 'A scenario of the Interstice intersectoral partnership simulator. Every field is optional.',
    fr: 'Un scénario du simulateur de partenariats intersectoriels Interstice. Tous les champs sont facultatifs.',
  });

/** A fully defaulted, validated scenario. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a scenario file may contain (everything optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScheduledEvent = z.output<typeof scheduledEvent>;
export type ExplicitOrganisation = z.output<typeof explicitOrganisation>;
