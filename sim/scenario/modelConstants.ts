/**
 * Every constant of the model's functional forms, as scenario settings (`model.*`): the
 * single source of their default, bounds, unit and meaning in English and French. The
 * scenario schema builds its `model` section from this tree, so the JSON Schema, the docs
 * tables, `--set`, sweep factors, the settings form's advanced part and the validation's
 * robustness checks all read the same list. The engine reads the values a scenario holds
 * (sim/model/parameters.ts derives them once per run).
 *
 * Defaults are the values the model description (docs/model.md, "Submodels") justifies.
 * Bounds are what keeps the functional forms meaningful (a share stays in [0, 1], a delay
 * stays positive), wide enough for ×0.5 and ×1.5 perturbations of every default.
 */

/** One constant: its default, bounds and meaning. */
export interface ModelConstant {
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
  description: string;
  fr: string;
}

/** A group of constants (a submodel), possibly nested. */
export interface ModelGroup {
  [key: string]: ModelConstant | ModelGroup;
}

export const isConstant = (node: ModelConstant | ModelGroup): node is ModelConstant => typeof (node as ModelConstant).value === 'number';

const c = (value: number, min: number, max: number, description: string, fr: string, unit?: string, integer?: boolean): ModelConstant => ({
  value,
  min,
  max,
  description,
  fr,
  ...(unit !== undefined ? { unit } : {}),
  ...(integer ? { integer } : {}),
});

const SHARE_MONTH = 'share of own budget / month';
const PROBABILITY_MONTH = 'probability / month';
const MONTHS = 'months';

/** Per engagement rung: information exchange, coordination, cooperation, joint operation. */
type Rungs = Record<'information' | 'coordination' | 'cooperation' | 'joint_operation', ModelConstant>;
type Arrangements = Record<'informal' | 'agreement' | 'committee' | 'joint_body', ModelConstant>;

const perRung = (values: readonly [number, number, number, number], min: number, max: number, what: string, quoi: string, unit?: string): Rungs => ({
  information: c(values[0], min, max, `${what} at the information-exchange rung.`, `${quoi} à l’échelon de l’échange d’information.`, unit),
  coordination: c(values[1], min, max, `${what} at the coordination rung.`, `${quoi} à l’échelon de la coordination.`, unit),
  cooperation: c(values[2], min, max, `${what} at the cooperation rung (pooled resources).`, `${quoi} à l’échelon de la coopération (ressources mises en commun).`, unit),
  joint_operation: c(values[3], min, max, `${what} at the joint-operation rung.`, `${quoi} à l’échelon de l’opération conjointe.`, unit),
});

/** Per arrangement: informal network, agreement, steering committee, joint body. */
const perArrangement = (values: readonly [number, number, number, number], min: number, max: number, what: string, quoi: string, unit?: string): Arrangements => ({
  informal: c(values[0], min, max, `${what} in an informal network.`, `${quoi} dans un réseau informel.`, unit),
  agreement: c(values[1], min, max, `${what} under an agreement.`, `${quoi} sous une entente.`, unit),
  committee: c(values[2], min, max, `${what} with a steering committee.`, `${quoi} avec un comité directeur.`, unit),
  joint_body: c(values[3], min, max, `${what} in a joint body with a board.`, `${quoi} dans une instance conjointe avec conseil.`, unit),
});

const coordinationMode = (base: number, perMember: number, mode: string, mode_fr: string): Record<'base' | 'per_member', ModelConstant> => ({
  base: c(base, 0, 1, `Coordination cost under ${mode}, as a share of pooled resources, with one member.`, `Coût de coordination en ${mode_fr}, en part des ressources mises en commun, avec un seul membre.`, 'share of pooled resources'),
  per_member: c(perMember, 0, 1, `Coordination cost added by each further member under ${mode}.`, `Coût de coordination ajouté par chaque membre supplémentaire en ${mode_fr}.`, 'share of pooled resources'),
});

export const MODEL_CONSTANTS = {
  engagement: {
    contribution: perRung([0.01, 0.03, 0.06, 0.1], 0, 1, 'Share of its own monthly budget a member puts into the action', 'Part de son budget mensuel qu’un membre verse à l’action', SHARE_MONTH),
    synergy: perRung([0.4, 1, 1.6, 2.2], 0, 10, 'Synergy weight of a unit contributed', 'Poids de synergie d’une unité versée'),
    trust_required: {
      coordination: c(0.3, 0, 1, 'Trust a member needs to hold or climb to the coordination rung.', 'Confiance nécessaire pour tenir ou atteindre l’échelon de la coordination.'),
      cooperation: c(0.5, 0, 1, 'Trust a member needs to hold or climb to the cooperation rung.', 'Confiance nécessaire pour tenir ou atteindre l’échelon de la coopération.'),
      joint_operation: c(0.7, 0, 1, 'Trust a member needs to hold or climb to the joint-operation rung.', 'Confiance nécessaire pour tenir ou atteindre l’échelon de l’opération conjointe.'),
    },
    climb_rate: c(0.1, 0, 1, 'Monthly probability that a member for whom the next rung is worth it climbs one rung.', 'Probabilité mensuelle qu’un membre pour qui l’échelon suivant en vaut la peine y monte.', PROBABILITY_MONTH),
    step_down_rate: c(0.1, 0, 1, 'Monthly probability that a member lacking the trust or the value for its rung steps down one rung.', 'Probabilité mensuelle qu’un membre à qui manque la confiance ou la valeur de son échelon en descende.', PROBABILITY_MONTH),
  },
  grid: {
    trans_field_share: c(0.75, 0, 1, 'Share of the territory’s fields engaged from which the action is trans-field (top row of the grid).', 'Part des champs du territoire engagés à partir de laquelle l’action est transchamps (rangée du haut de la grille).'),
  },
  formality: {
    overhead: perArrangement([0, 0.002, 0.006, 0.016], 0, 1, 'Monthly overhead of taking part', 'Frais mensuels de participation', SHARE_MONTH),
    exit_factor: perArrangement([1, 0.75, 0.55, 0.45], 0, 2, 'Multiplier on the probability of leaving', 'Multiplicateur de la probabilité de départ'),
    steadiness: perArrangement([1, 0.8, 0.65, 0.5], 0, 2, 'Multiplier on perception noise', 'Multiplicateur du bruit de perception'),
  },
  coordination: {
    shared: coordinationMode(0, 0.02, 'shared governance', 'gouvernance partagée'),
    lead: coordinationMode(0.05, 0.008, 'a lead organisation', 'organisation pilote'),
    nao: coordinationMode(0.12, 0.003, 'an NAO', 'OAR'),
    max_share: c(0.9, 0, 1, 'Largest share of pooled resources coordination can take.', 'Part maximale des ressources mises en commun que la coordination peut absorber.', 'share of pooled resources'),
    lead_organisation_cost: c(0.01, 0, 1, 'Extra monthly cost borne by the lead organisation under lead governance.', 'Coût mensuel supplémentaire assumé par l’organisation pilote.', SHARE_MONTH),
  },
  output: {
    scale: c(1.5, 0, 100, 'Collective output per unit of effective contribution.', 'Production collective par unité de contribution effective.', 'output / budget unit'),
    field_complementarity: c(0.8, 0, 10, 'Output gain when every field is engaged rather than one (efficiency from the margin).', 'Gain de production quand tous les champs sont engagés plutôt qu’un seul (efficience par la marge).'),
    order_complementarity: c(0.5, 0, 10, 'Output gain when all three orders are present rather than one.', 'Gain de production quand les trois ordres sont présents plutôt qu’un seul.'),
    trust_floor: c(0.4, 0, 1, 'Share of a contribution that counts at zero trust (the rest counts in proportion to trust).', 'Part d’une contribution qui compte à confiance nulle (le reste compte en proportion de la confiance).'),
    coverage_exponent: c(1.5, 0, 10, 'Exponent of the output penalty for needed fields left uncovered.', 'Exposant de la pénalité de production pour les champs nécessaires non couverts.'),
  },
  targets: {
    specific_scope: c(0.5, 0, 1, 'Share of the population that fully specific targets reach (broad targets reach all of it).', 'Part de la population qu’atteignent des cibles entièrement précises (des cibles larges l’atteignent toute).'),
    specific_delay: c(6, 1, 240, 'Mean delay before results of fully specific targets are realised.', 'Délai moyen avant que les résultats de cibles entièrement précises se réalisent.', MONTHS),
    broad_extra_delay: c(30, 0, 240, 'Extra delay of fully broad targets.', 'Délai supplémentaire des cibles entièrement larges.', MONTHS),
  },
  population: {
    impact_scale: c(0.05, 0, 10, 'Population outcome gained per unit of realised output relative to the territory’s total budget.', 'Gain de résultat populationnel par unité de production réalisée rapportée au budget total du territoire.'),
    crisis_drop: c(0.03, 0, 1, 'Drop of the population outcome per unit of crisis magnitude (both worlds).', 'Baisse du résultat populationnel par unité d’intensité de crise (dans les deux mondes).', 'share of needs met'),
    salience_decay: c(0.95, 0, 1, 'Share of a crisis’ salience kept from one month to the next.', 'Part de la saillance d’une crise conservée d’un mois au suivant.'),
  },
  evaluation: {
    return_prior: c(1, 0, 10, 'Return per unit contributed that founders hope for before results are realised.', 'Rendement par unité versée qu’espèrent les fondateurs avant que des résultats se réalisent.', 'output / budget unit'),
    hope_decay: c(12, 1, 240, 'Time constant with which that hope fades if results do not confirm it.', 'Constante de temps avec laquelle cet espoir s’éteint si les résultats ne le confirment pas.', MONTHS),
    linear_attribution: c(0.5, 0, 1, 'Share of realised collective output a linear evaluation attributes to members.', 'Part de la production collective réalisée qu’une évaluation linéaire attribue aux membres.'),
    linear_attribution_with_steward: c(0.65, 0, 1, 'The same share when a steward is accountable for the interstice.', 'La même part quand une instance répond de l’interstice.'),
    target_visibility_base: c(0.5, 0, 2, 'Linear attribution is multiplied by this plus target specificity (specific targets make results visible).', 'L’attribution linéaire est multipliée par cette valeur plus la spécificité des cibles (des cibles précises rendent les résultats visibles).'),
  },
  trust: {
    gain: c(0.03, 0, 1, 'Share of the way to full trust a positive month covers.', 'Part du chemin vers la pleine confiance que parcourt un bon mois.'),
    loss: c(0.08, 0, 1, 'Share of its trust a member loses in a negative month.', 'Part de sa confiance qu’un membre perd lors d’un mauvais mois.'),
    loyalty: c(0.6, 0, 1, 'How much trust lowers the probability of leaving: × (1 − loyalty × trust).', 'Effet de la confiance sur la probabilité de départ : × (1 − loyauté × confiance).'),
    win_threshold: c(0.02, 0, 10, 'Monthly rise of the realised return that makes a visible win, a positive month for every member (small wins).', 'Hausse mensuelle du rendement réalisé qui fait une victoire visible, un bon mois pour chaque membre (petites victoires).', 'output / budget unit'),
  },
  leadership: {
    trust_boost: c(2.5, 0, 20, 'Multiplier on members’ trust gains while a facilitative leader is present.', 'Multiplicateur des gains de confiance des membres en présence d’un leader facilitateur.'),
    cost: c(0.01, 0, 1, 'Monthly cost of leading, borne by the leader’s organisation.', 'Coût mensuel du leadership, assumé par l’organisation du leader.', SHARE_MONTH),
    visibility: c(0.012, 0, 1, 'Value of the visibility a leader gives every other member.', 'Valeur de la visibilité qu’un leader donne à chaque autre membre.', SHARE_MONTH),
    exit_factor: c(0.3, 0, 2, 'Multiplier on the leader’s own probability of leaving.', 'Multiplicateur de la probabilité de départ du leader lui-même.'),
    departure_trust_loss: c(0.15, 0, 1, 'Share of their trust members lose when the leader steps down.', 'Part de leur confiance que perdent les membres au départ du leader.'),
    discovery_factor: c(2, 0, 20, 'Multiplier on spontaneous discovery of the action while a leader makes it visible.', 'Multiplicateur de la découverte spontanée de l’action quand un leader la rend visible.'),
  },
  valuation: {
    private_benefit: c(0.004, 0, 1, 'Private benefit of membership (information, contacts), raised by the knowledge stock.', 'Bénéfice privé de l’adhésion (information, contacts), accru par le savoir accumulé.', SHARE_MONTH),
    interdependence_discount: c(0.6, 0, 1, 'How much a target needing every field lowers the worth of going it alone (outside option).', 'Dans quelle mesure une cible exigeant tous les champs réduit la valeur d’agir seul (option extérieure).'),
    horizon_half_weight: c(24, 0, 100_000, 'Horizon at which an organisation counts half of the potential return not yet seen.', 'Horizon auquel une organisation compte la moitié du rendement potentiel pas encore observé.', MONTHS),
  },
  mandate: {
    trust_factor: c(0.5, 0, 2, 'Multiplier on trust gains of mandated members (crowding out of motivation).', 'Multiplicateur des gains de confiance des membres contraints (éviction de la motivation).'),
    climb_factor: c(0.3, 0, 2, 'Multiplier on the rate at which mandated members climb rungs.', 'Multiplicateur du rythme auquel les membres contraints montent d’échelon.'),
  },
  recruitment: {
    spontaneous_join_rate: c(0.002, 0, 1, 'Monthly probability that a non-member discovers the action without an invitation.', 'Probabilité mensuelle qu’un non-membre découvre l’action sans invitation.', PROBABILITY_MONTH),
    rejoin_cooldown: c(12, 0, 1200, 'Months before an organisation that left may join again.', 'Mois avant qu’une organisation partie puisse revenir.', MONTHS),
  },
  knowledge: {
    growth: c(0.03, 0, 1, 'Monthly growth of the knowledge stock at full engagement.', 'Croissance mensuelle du savoir accumulé à engagement complet.', '1 / month'),
    max: c(2, 0.01, 100, 'Ceiling of the knowledge stock.', 'Plafond du savoir accumulé.'),
    half_members: c(5, 0, 1000, 'Members at which knowledge grows at half its rate.', 'Nombre de membres auquel le savoir croît à la moitié de son rythme.'),
    steward_factor: c(1.5, 0, 10, 'Multiplier on knowledge growth with a steward.', 'Multiplicateur de la croissance du savoir avec une instance responsable.'),
    steward_retention: c(0.9, 0, 1, 'Share of a departing member’s part of the knowledge a steward keeps.', 'Part du savoir d’un membre sortant que l’instance responsable conserve.'),
    dissolved_decay: c(0.995, 0, 1, 'Share of the knowledge a steward keeps each month while the action is dissolved.', 'Part du savoir que l’instance responsable conserve chaque mois pendant la dissolution.'),
    coordination_relief: c(0.5, 0, 10, 'Coordination cost is divided by 1 + this × knowledge.', 'Le coût de coordination est divisé par 1 + cette valeur × savoir.'),
    output_gain: c(0.3, 0, 10, 'Output is multiplied by 1 + this × knowledge.', 'La production est multipliée par 1 + cette valeur × savoir.'),
    trust_headstart: c(0.15, 0, 1, 'Trust a newcomer gains per unit of knowledge kept by the action.', 'Confiance qu’un nouveau membre gagne par unité de savoir conservé par l’action.'),
    reform_deep_knowledge: c(0.1, 0, 100, 'Knowledge from which a re-formed action starts at the cooperation rung.', 'Savoir à partir duquel une action reformée démarre à l’échelon de la coopération.'),
  },
  reform: {
    rate: c(0.02, 0, 1, 'Monthly probability that a dissolved action re-forms.', 'Probabilité mensuelle qu’une action dissoute se reforme.', PROBABILITY_MONTH),
    steward_factor: c(3, 0, 50, 'Multiplier on that probability with a steward to convene members.', 'Multiplicateur de cette probabilité avec une instance responsable pour réunir les membres.'),
    min_gap: c(6, 0, 1200, 'Months after dissolution before re-formation is possible.', 'Mois après la dissolution avant qu’une reformation soit possible.', MONTHS),
    founders: c(3, 2, 1000, 'Organisations (the most trusting) that re-found the action.', 'Organisations (les plus confiantes) qui refondent l’action.', undefined, true),
  },
  shocks: {
    fixed_cost_share: c(0.15, 0, 1, 'Share of costs that are fixed: a budget cut lowers efficiency by this × (1 / budget left − 1).', 'Part des coûts qui sont fixes : une compression réduit l’efficience de cette valeur × (1 / budget restant − 1).'),
    budget_floor: c(0.2, 0.01, 1, 'Smallest share of its budget cuts can leave an organisation.', 'Plus petite part de son budget que les compressions peuvent laisser à une organisation.'),
    default_cut: c(0.2, 0, 1, 'Budget share cut by a budget cut without a magnitude.', 'Part du budget retranchée par une compression sans intensité précisée.'),
    default_crisis: c(0.5, 0, 1, 'Salience of a crisis without a magnitude.', 'Saillance d’une crise sans intensité précisée.'),
    turnover_trust_factor: c(0.85, 0, 1, 'Share of their trust State members keep after political turnover.', 'Part de leur confiance que les membres de l’État conservent après une alternance politique.'),
    turnover_priority_min: c(0.5, 0, 10, 'Lowest multiplier on the State’s motivation after political turnover.', 'Multiplicateur le plus bas de la motivation de l’État après une alternance.'),
    turnover_priority_span: c(1, 0, 10, 'Width of the range of that multiplier.', 'Étendue de l’intervalle de ce multiplicateur.'),
  },
  steward: {
    cost: c(0.002, 0, 1, 'Running cost of a steward, shared by members.', 'Coût de fonctionnement de l’instance responsable, partagé par les membres.', SHARE_MONTH),
  },
  organisations: {
    productivity_spread: c(0.1, 0, 2, 'Relative spread of productivity around the order’s value.', 'Dispersion relative de la productivité autour de la valeur de l’ordre.'),
    alpha_spread: c(0.1, 0, 1, 'Spread of α around the order’s value.', 'Dispersion de α autour de la valeur de l’ordre.'),
    outside_option_log_spread: c(0.3, 0, 3, 'Sigma of the log of outside options around the order’s value.', 'Sigma du log des options extérieures autour de la valeur de l’ordre.'),
  },
  instruments: {
    pooled_fund: {
      deep_synergy: c(1.2, 0, 10, 'Multiplier on the synergy of cooperation and joint operation with a pooled fund.', 'Multiplicateur de la synergie de la coopération et de l’opération conjointe avec un fonds commun.'),
      exit_factor: c(0.85, 0, 2, 'Multiplier on the probability of leaving with a pooled fund.', 'Multiplicateur de la probabilité de départ avec un fonds commun.'),
      cost: c(0, 0, 1, 'Monthly running cost of a pooled fund.', 'Coût mensuel de fonctionnement d’un fonds commun.', SHARE_MONTH),
    },
    shared_data: {
      knowledge_growth: c(1.5, 0, 10, 'Multiplier on knowledge growth with shared data.', 'Multiplicateur de la croissance du savoir avec des données partagées.'),
      noise_factor: c(0.7, 0, 2, 'Multiplier on perception noise with shared data.', 'Multiplicateur du bruit de perception avec des données partagées.'),
      cost: c(0.002, 0, 1, 'Monthly running cost of shared data.', 'Coût mensuel de fonctionnement des données partagées.', SHARE_MONTH),
    },
    joint_planning: {
      coordination_factor: c(0.8, 0, 2, 'Multiplier on coordination cost with joint planning.', 'Multiplicateur du coût de coordination avec une planification conjointe.'),
      cost: c(0.002, 0, 1, 'Monthly running cost of joint planning.', 'Coût mensuel de fonctionnement de la planification conjointe.', SHARE_MONTH),
    },
    co_location: {
      trust_gain: c(1.3, 0, 10, 'Multiplier on trust gains with co-location.', 'Multiplicateur des gains de confiance avec la colocalisation.'),
      cost: c(0.004, 0, 1, 'Monthly running cost of co-location.', 'Coût mensuel de fonctionnement de la colocalisation.', SHARE_MONTH),
    },
  },
} as const satisfies ModelGroup;

/** What each submodel's group of constants is about (JSON Schema descriptions, docs, the settings form). */
export const MODEL_GROUP_TITLES: Record<keyof typeof MODEL_CONSTANTS, { description: string; fr: string }> = {
  engagement: { description: 'Engagement rungs: contributions, synergy, trust required, moves between rungs.', fr: 'Échelons d’engagement : contributions, synergie, confiance exigée, passages d’un échelon à l’autre.' },
  grid: { description: 'The intersectoral grid.', fr: 'La grille intersectorielle.' },
  formality: { description: 'Formality of the arrangement: overhead, exit, steadiness.', fr: 'Formalité du dispositif : frais, sortie, stabilité.' },
  coordination: { description: 'Coordination cost by governance mode.', fr: 'Coût de coordination selon le mode de gouvernance.' },
  output: { description: 'Collective output: scale, complementarity, trust, coverage.', fr: 'Production collective : échelle, complémentarité, confiance, couverture.' },
  targets: { description: 'Targets: scope and delay of results.', fr: 'Cibles : portée et délai des résultats.' },
  population: { description: 'Population outcome.', fr: 'Résultat populationnel.' },
  evaluation: { description: 'Evaluation regime: hope, attribution, visibility.', fr: 'Régime d’évaluation : espoir, attribution, visibilité.' },
  trust: { description: 'Trust: gains, losses, loyalty, visible wins.', fr: 'Confiance : gains, pertes, loyauté, victoires visibles.' },
  leadership: { description: 'Facilitative leadership.', fr: 'Leadership facilitateur.' },
  valuation: { description: 'Value of membership: private benefit, interdependence, horizon.', fr: 'Valeur de l’adhésion : bénéfice privé, interdépendance, horizon.' },
  mandate: { description: 'Mandated participation (crowding out).', fr: 'Participation obligatoire (éviction de la motivation).' },
  recruitment: { description: 'Recruitment of new members.', fr: 'Recrutement de nouveaux membres.' },
  knowledge: { description: 'Cumulative learning: the knowledge stock.', fr: 'Apprentissage cumulatif : le savoir accumulé.' },
  reform: { description: 'Re-formation of a dissolved action.', fr: 'Reformation d’une action dissoute.' },
  shocks: { description: 'Events: budget cuts, crises, political turnover.', fr: 'Événements : compressions, crises, alternance politique.' },
  steward: { description: 'The steward (accountable body for the interstice).', fr: 'L’instance responsable de l’interstice.' },
  organisations: { description: 'Spread of individual attributes at initialisation.', fr: 'Dispersion des attributs individuels à l’initialisation.' },
  instruments: { description: 'Instruments: effects and running costs.', fr: 'Instruments : effets et coûts de fonctionnement.' },
};

/** The values of a group of constants, as a scenario holds them. */
export type ModelValues<T> = { -readonly [K in keyof T]: T[K] extends ModelConstant ? number : ModelValues<T[K]> };
export type ModelSettings = ModelValues<typeof MODEL_CONSTANTS>;

export interface ModelConstantEntry {
  /** Dotted path below `model`, e.g. `trust.gain`. */
  path: string;
  constant: ModelConstant;
}

/** Every constant with its dotted path below `model`, in declaration order. */
export function modelConstantList(tree: ModelGroup = MODEL_CONSTANTS): ModelConstantEntry[] {
  const out: ModelConstantEntry[] = [];
  const walk = (group: ModelGroup, prefix: string) => {
    for (const [key, node] of Object.entries(group)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (isConstant(node)) out.push({ path, constant: node });
      else walk(node, path);
    }
  };
  walk(tree, '');
  return out;
}

/** The default values, as a scenario holds them. */
export function defaultModelSettings(tree: ModelGroup = MODEL_CONSTANTS): ModelSettings {
  const build = (group: ModelGroup): Record<string, unknown> =>
    Object.fromEntries(Object.entries(group).map(([key, node]) => [key, isConstant(node) ? node.value : build(node)]));
  return build(tree) as ModelSettings;
}

/** The value at a dotted path below `model` (undefined if there is none). */
export function modelValueAt(settings: ModelSettings, path: string): number | undefined {
  let node: unknown = settings;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : undefined;
}
