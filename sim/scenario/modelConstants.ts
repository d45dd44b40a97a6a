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

const perRung = (values: readonly [number, number, number, number], min: number, max: number, what: string, quoi: string, unit?: string): Rungs => ({
  information: c(values[0], min, max, `${what} at the information-exchange rung.`, `${quoi} à l’échelon de l’échange d’information.`, unit),
  coordination: c(values[1], min, max, `${what} at the coordination rung.`, `${quoi} à l’échelon de la coordination.`, unit),
  cooperation: c(
    values[2],
    min,
    max,
    `${what} at the cooperation rung (pooled resources).`,
    `${quoi} à l’échelon de la coopération (ressources mises en commun).`,
    unit,
  ),
  joint_operation: c(values[3], min, max, `${what} at the joint-operation rung.`, `${quoi} à l’échelon de l’opération conjointe.`, unit),
});

export const MODEL_CONSTANTS = {
  engagement: {
    contribution: perRung(
      [0.01, 0.03, 0.06, 0.1],
      0,
      1,
      'Share of its own monthly budget a member puts into the action',
      'Part de son budget mensuel qu’un membre verse à l’action',
      SHARE_MONTH,
    ),
    synergy: perRung([0.4, 1, 1.6, 2.2], 0, 10, 'Synergy weight of a unit contributed', 'Poids de synergie d’une unité versée'),
    trust_required: {
      coordination: c(
        0.3,
        0,
        1,
        'Trust a member needs to hold or climb to the coordination rung, in a one-field, one-order action.',
        'Confiance nécessaire pour tenir ou atteindre l’échelon de la coordination, dans une action d’un seul champ et d’un seul ordre.',
      ),
      cooperation: c(
        0.45,
        0,
        1,
        'Trust a member needs to hold or climb to the cooperation rung, in a one-field, one-order action.',
        'Confiance nécessaire pour tenir ou atteindre l’échelon de la coopération, dans une action d’un seul champ et d’un seul ordre.',
      ),
      joint_operation: c(
        0.6,
        0,
        1,
        'Trust a member needs to hold or climb to the joint-operation rung, in a one-field, one-order action.',
        'Confiance nécessaire pour tenir ou atteindre l’échelon de l’opération conjointe, dans une action d’un seul champ et d’un seul ordre.',
      ),
    },
    anticipation: c(
      0.5,
      0,
      1,
      'Share of the trust still to be built that an organisation counts on when it decides to work at a rung, × its horizon weight (investors engage before trust is complete).',
      'Part de la confiance encore à bâtir sur laquelle une organisation compte pour travailler à un échelon, × son poids d’horizon (les investisseurs s’engagent avant que la confiance soit complète).',
    ),
    climb_rate: c(
      0.1,
      0,
      1,
      'Monthly probability that a member for whom the next rung is worth it climbs one rung.',
      'Probabilité mensuelle qu’un membre pour qui l’échelon suivant en vaut la peine y monte.',
      PROBABILITY_MONTH,
    ),
    step_down_rate: c(
      0.1,
      0,
      1,
      'Monthly probability that a member lacking the trust or the value for its rung steps down one rung.',
      'Probabilité mensuelle qu’un membre à qui manque la confiance ou la valeur de son échelon en descende.',
      PROBABILITY_MONTH,
    ),
  },
  grid: {
    trans_field_share: c(
      0.75,
      0,
      1,
      'Share of the territory’s fields engaged from which the action is trans-field (top row of the grid).',
      'Part des champs du territoire engagés à partir de laquelle l’action est transchamps (rangée du haut de la grille).',
    ),
    field_complementarity: c(
      0.8,
      0,
      10,
      'Output gain when every field is engaged rather than one (efficiency from the margin).',
      'Gain de production quand tous les champs sont engagés plutôt qu’un seul (efficience par la marge).',
    ),
    order_complementarity: c(
      0.5,
      0,
      10,
      'Output gain when all three orders are present rather than one.',
      'Gain de production quand les trois ordres sont présents plutôt qu’un seul.',
    ),
    coordination_diversity: c(
      1,
      0,
      10,
      'Coordination a member needs grows by this × the action’s diversity (fields and orders engaged, 0 to 1).',
      'La coordination qu’exige un membre croît de cette valeur × la diversité de l’action (champs et ordres engagés, de 0 à 1).',
    ),
    trust_diversity: c(
      0.3,
      0,
      10,
      'Trust required for a rung grows by this × the action’s diversity.',
      'La confiance exigée pour un échelon croît de cette valeur × la diversité de l’action.',
    ),
  },
  formality: {
    exit_cost: c(
      0.6,
      0,
      1,
      'Share of the probability of leaving removed at the most formal arrangement (formality: informal 0, agreement 1/3, committee 2/3, joint body 1); it grows with formality to the power exit_exponent.',
      'Part de la probabilité de départ retranchée au dispositif le plus formel (formalité : réseau informel 0, entente 1/3, comité 2/3, instance conjointe 1); elle croît avec la formalité à la puissance exit_exponent.',
    ),
    exit_exponent: c(
      0.3,
      0.1,
      10,
      'How the exit cost rises with formality (below 1: the first commitments bind most, further formality adds less).',
      'Façon dont le coût de sortie croît avec la formalité (sous 1 : les premiers engagements lient le plus, la formalité supplémentaire ajoute moins).',
    ),
    overhead: c(
      0.03,
      0,
      1,
      'Monthly overhead of taking part at the most formal arrangement; it grows with formality to the power overhead_exponent.',
      'Frais mensuels de participation au dispositif le plus formel; ils croissent avec la formalité à la puissance overhead_exponent.',
      SHARE_MONTH,
    ),
    overhead_exponent: c(
      4,
      0.5,
      10,
      'How steeply overhead rises with formality (above 1: boards and reporting cost disproportionately more).',
      'Raideur de la hausse des frais avec la formalité (au-dessus de 1 : conseils et redditions de comptes coûtent plus que proportionnellement).',
    ),
    steadiness: c(
      0.5,
      0,
      1,
      'Share of perception noise removed at the most formal arrangement (in proportion to formality).',
      'Part du bruit de perception retranchée au dispositif le plus formel (en proportion de la formalité).',
    ),
  },
  coordination: {
    relation_cost: c(
      0.02,
      0,
      1,
      'Share of pooled resources a member’s relation with one other party takes each month (shared governance: with every other member; lead organisation and NAO: with the hub).',
      'Part des ressources mises en commun que prend chaque mois une relation d’un membre avec une autre partie (gouvernance partagée : avec chaque autre membre; organisation pilote et OAR : avec le pivot).',
      'share of pooled resources',
    ),
    relation_span: c(
      12,
      1,
      1000,
      'Relations a member can keep up at most under shared governance; with more other members than this, coordination quality falls to span / (members − 1).',
      'Nombre maximal de relations qu’un membre peut entretenir en gouvernance partagée; avec plus d’autres membres, la qualité de coordination tombe à portée / (membres − 1).',
    ),
    tie_relief: c(
      0.5,
      0,
      1,
      'Share of a relation’s cost saved when the two already have a tie.',
      'Part du coût d’une relation épargnée quand les deux parties sont déjà liées.',
    ),
    lead_capacity: c(
      0.3,
      0,
      100,
      'Relations a lead organisation can coordinate per budget unit of its own monthly budget.',
      'Relations qu’une organisation pilote peut coordonner par unité de son budget mensuel.',
      'relations / budget unit',
    ),
    lead_organisation_cost: c(
      0.015,
      0,
      1,
      'Monthly cost to the lead organisation of running the hub at full capacity.',
      'Coût mensuel pour l’organisation pilote de faire fonctionner le pivot à pleine capacité.',
      SHARE_MONTH,
    ),
    legitimacy_floor: c(
      0.6,
      0,
      1,
      'Coordination quality under a lead organisation when no member is tied to it (it rises to 1 when all are).',
      'Qualité de coordination sous une organisation pilote quand aucun membre ne lui est lié (elle monte à 1 quand tous le sont).',
    ),
    nao_staff_cost: c(
      0.1,
      0,
      100,
      'Monthly cost of an NAO’s staff per member it can serve (nao_capacity), paid from pooled resources.',
      'Coût mensuel du personnel d’une OAR par membre qu’elle peut servir (nao_capacity), payé sur les ressources mises en commun.',
      'budget units / month',
    ),
    max_share: c(
      0.9,
      0,
      1,
      'Largest share of pooled resources coordination can take.',
      'Part maximale des ressources mises en commun que la coordination peut absorber.',
      'share of pooled resources',
    ),
  },
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
  trust: {
    gain: c(0.12, 0, 5, 'Rise of a member’s trust (in log-odds) in a positive month.', 'Hausse de la confiance d’un membre (en log-cote) lors d’un bon mois.'),
    loss: c(
      0.3,
      0,
      5,
      'Fall of a member’s trust (in log-odds) in a negative month.',
      'Baisse de la confiance d’un membre (en log-cote) lors d’un mauvais mois.',
    ),
    loyalty: c(
      0.6,
      0,
      1,
      'How much trust lowers the probability of leaving: × (1 − loyalty × trust).',
      'Effet de la confiance sur la probabilité de départ : × (1 − loyauté × confiance).',
    ),
    win_threshold: c(
      0.02,
      0,
      10,
      'Monthly rise of the realised return that makes a visible win, a positive month for every member (small wins).',
      'Hausse mensuelle du rendement réalisé qui fait une victoire visible, un bon mois pour chaque membre (petites victoires).',
      'output / budget unit',
    ),
  },
  commitment: {
    weight: c(
      0.5,
      0,
      1,
      'How much tenure lowers the probability of leaving: × (1 − weight × tenure / (tenure + half_tenure)).',
      'Effet de l’ancienneté sur la probabilité de départ : × (1 − poids × ancienneté / (ancienneté + demi_ancienneté)).',
    ),
    half_tenure: c(
      24,
      0.1,
      1200,
      'Tenure at which a member has built half of its commitment.',
      'Ancienneté à laquelle un membre a bâti la moitié de son engagement.',
      MONTHS,
    ),
  },
  leadership: {
    facilitation: c(
      0.02,
      0,
      1,
      'With a facilitative leader, a month whose perceived value of membership falls short of 0 by at most this much is still a positive experience (the leader makes the joint work’s value visible: trust building).',
      'Avec un leader facilitateur, un mois dont la valeur perçue de l’adhésion n’est inférieure à 0 que de cette marge au plus reste une expérience positive (le leader rend visible la valeur du travail commun : construction de la confiance).',
      SHARE_MONTH,
    ),
    mediation: c(
      0.01,
      0,
      1,
      'With a facilitative leader, a month falling short of that by at most this much more is defused: neither positive nor negative, no trust lost (mediation of conflicts).',
      'Avec un leader facilitateur, un mois qui n’en est inférieur que de cette marge supplémentaire au plus est désamorcé : ni positif ni négatif, aucune confiance perdue (médiation des conflits).',
      SHARE_MONTH,
    ),
    convening: c(
      1,
      0,
      10,
      'Invitations a facilitative leader extends along each of its ties every month, whatever its own reading of the action (convening).',
      'Invitations qu’un leader facilitateur adresse chaque mois le long de chacun de ses liens, quelle que soit sa propre lecture de l’action (rassembler).',
      undefined,
      true,
    ),
    observability: c(
      0.5,
      0,
      1,
      'Share of the unmeasured results a facilitative leader reports to the members while it leads (making the joint work’s value visible).',
      'Part des résultats non mesurés qu’un leader facilitateur rapporte aux membres tant qu’il dirige (rendre visible la valeur du travail commun).',
    ),
    cost: c(
      0.01,
      0,
      1,
      'Monthly cost of leading, borne by the leader’s organisation.',
      'Coût mensuel du leadership, assumé par l’organisation du leader.',
      SHARE_MONTH,
    ),
    departure_trust_loss: c(
      0.15,
      0,
      1,
      'Share of their trust members lose when the leader steps down.',
      'Part de leur confiance que perdent les membres au départ du leader.',
    ),
    succession_rate: c(
      0.1,
      0,
      1,
      'Monthly probability that a vacant leadership is taken up by a trusted, long-standing member (when the scenario calls for facilitative leadership).',
      'Probabilité mensuelle qu’un leadership vacant soit repris par un membre de confiance et de longue date (quand le scénario prévoit un leadership facilitateur).',
      PROBABILITY_MONTH,
    ),
    succession_tenure: c(
      12,
      0,
      1200,
      'Tenure a member needs to take up leadership.',
      'Ancienneté dont un membre a besoin pour reprendre le leadership.',
      MONTHS,
    ),
    succession_trust: c(0.5, 0, 1, 'Trust a member needs to take up leadership.', 'Confiance dont un membre a besoin pour reprendre le leadership.'),
  },
  valuation: {
    private_benefit: c(
      0.004,
      0,
      1,
      'Private benefit of membership (information, contacts), raised by the knowledge stock.',
      'Bénéfice privé de l’adhésion (information, contacts), accru par le savoir accumulé.',
      SHARE_MONTH,
    ),
    interdependence_discount: c(
      1,
      0,
      1,
      'How far going it alone falls short of a target that needs other fields: 1, alone an organisation reaches only its own field’s share of the fields needed (the outside option × 1 / fields needed); 0, not at all (no interdependence).',
      'Dans quelle mesure agir seul reste en deçà d’une cible qui exige d’autres champs : 1, seule une organisation n’atteint que la part de son propre champ parmi les champs nécessaires (l’option extérieure × 1 / champs nécessaires); 0, pas du tout (aucune interdépendance).',
    ),
    horizon_half_weight: c(
      24,
      0,
      100_000,
      'Horizon at which an organisation counts half of the returns not yet seen (the potential return, capacity to come).',
      'Horizon auquel une organisation compte la moitié des retombées pas encore observées (rendement potentiel, capacité à venir).',
      MONTHS,
    ),
  },
  capacity: {
    growth: c(
      0.006,
      0,
      1,
      'Monthly growth of a member’s own capacity (skills, relations, know-how) at the joint-operation rung, for an organisation that counts the future fully (× its horizon weight: investors learn more from the same work).',
      'Croissance mensuelle de la capacité propre d’un membre (compétences, relations, savoir-faire) à l’échelon de l’opération conjointe, pour une organisation qui compte pleinement l’avenir (× son poids d’horizon : les investisseurs apprennent davantage du même travail).',
      '1 / month',
    ),
    cooperation_share: c(
      0,
      0,
      1,
      'Share of that growth at the cooperation rung (none below).',
      'Part de cette croissance à l’échelon de la coopération (rien en deçà).',
    ),
    max: c(
      0.18,
      0,
      1,
      'Most an organisation’s own efficiency gains from capacity built in joint work.',
      'Gain maximal de l’efficience propre d’une organisation grâce à la capacité bâtie dans le travail conjoint.',
    ),
    decay: c(
      0.01,
      0,
      1,
      'Monthly loss of capacity while not engaged at cooperation or above.',
      'Perte mensuelle de capacité hors de la coopération ou au-delà.',
      '1 / month',
    ),
  },
  mandate: {
    motivation_factor: c(
      0.5,
      0,
      2,
      'Multiplier on mandated members’ weight on the collective result (crowding out of motivation).',
      'Multiplicateur du poids que les membres contraints accordent au résultat collectif (éviction de la motivation).',
    ),
    trust_factor: c(0.5, 0, 2, 'Multiplier on trust gains of mandated members.', 'Multiplicateur des gains de confiance des membres contraints.'),
  },
  recruitment: {
    spontaneous_join_rate: c(
      0.002,
      0,
      1,
      'Monthly probability that a non-member discovers the action without an invitation.',
      'Probabilité mensuelle qu’un non-membre découvre l’action sans invitation.',
      PROBABILITY_MONTH,
    ),
    rejoin_cooldown: c(12, 0, 1200, 'Months before an organisation that left may join again.', 'Mois avant qu’une organisation partie puisse revenir.', MONTHS),
  },
  ties: {
    formation: c(
      0.05,
      0,
      1,
      'Monthly probability that a member working at cooperation or above forms a work tie with another such member.',
      'Probabilité mensuelle qu’un membre travaillant en coopération ou au-delà noue un lien de travail avec un autre membre dans ce cas.',
      PROBABILITY_MONTH,
    ),
    lifetime: c(
      24,
      1,
      1200,
      'Months a work tie lasts unused (both ends not members together) before it fades.',
      'Mois que dure un lien de travail inutilisé (les deux organisations n’étant plus membres ensemble) avant de s’effacer.',
      MONTHS,
    ),
  },
  knowledge: {
    growth: c(
      0.03,
      0,
      1,
      'Monthly growth of the knowledge stock at full engagement.',
      'Croissance mensuelle du savoir accumulé à engagement complet.',
      '1 / month',
    ),
    max: c(2, 0.01, 100, 'Ceiling of the knowledge stock.', 'Plafond du savoir accumulé.'),
    half_members: c(5, 0, 1000, 'Members at which knowledge grows at half its rate.', 'Nombre de membres auquel le savoir croît à la moitié de son rythme.'),
    member_retention: c(
      0,
      0,
      1,
      'Share of a departing member’s part of the knowledge, and of all of it at dissolution, the action keeps without a steward.',
      'Part du savoir d’un membre sortant, et de tout le savoir à la dissolution, que l’action conserve sans instance responsable.',
    ),
    steward_retention: c(0.9, 0, 1, 'The same share with a steward.', 'La même part avec une instance responsable.'),
    steward_factor: c(1.5, 0, 10, 'Multiplier on knowledge growth with a steward.', 'Multiplicateur de la croissance du savoir avec une instance responsable.'),
    dissolved_decay: c(
      0.995,
      0,
      1,
      'Share of the kept knowledge left after each month the action is dissolved.',
      'Part du savoir conservé qui reste après chaque mois de dissolution.',
    ),
    coordination_relief: c(
      0.5,
      0,
      10,
      'Coordination cost is divided by 1 + this × knowledge.',
      'Le coût de coordination est divisé par 1 + cette valeur × savoir.',
    ),
    output_gain: c(0.3, 0, 10, 'Output is multiplied by 1 + this × knowledge.', 'La production est multipliée par 1 + cette valeur × savoir.'),
    trust_headstart: c(
      0.3,
      0,
      1,
      'Trust a newcomer gains per unit of knowledge kept by the action.',
      'Confiance qu’un nouveau membre gagne par unité de savoir conservé par l’action.',
    ),
    climb_boost: c(
      3,
      0,
      50,
      'The monthly probability of climbing a rung is multiplied by 1 + this × knowledge (shared routines make deeper work easier to start).',
      'La probabilité mensuelle de monter d’un échelon est multipliée par 1 + cette valeur × savoir (des routines partagées facilitent le travail plus poussé).',
    ),
  },
  reform: {
    rate: c(0.02, 0, 1, 'Monthly probability that a dissolved action re-forms.', 'Probabilité mensuelle qu’une action dissoute se reforme.', PROBABILITY_MONTH),
    steward_factor: c(
      3,
      0,
      50,
      'Multiplier on that probability with a steward to convene members.',
      'Multiplicateur de cette probabilité avec une instance responsable pour réunir les membres.',
    ),
    min_gap: c(
      6,
      0,
      1200,
      'Months after dissolution before re-formation is possible.',
      'Mois après la dissolution avant qu’une reformation soit possible.',
      MONTHS,
    ),
    founders: c(
      3,
      2,
      1000,
      'Organisations (the most trusting) that re-found the action.',
      'Organisations (les plus confiantes) qui refondent l’action.',
      undefined,
      true,
    ),
  },
  shocks: {
    fixed_cost_share: c(
      0.15,
      0,
      1,
      'Share of costs that are fixed: a budget cut lowers efficiency by this × (1 / budget left − 1).',
      'Part des coûts qui sont fixes : une compression réduit l’efficience de cette valeur × (1 / budget restant − 1).',
    ),
    budget_floor: c(
      0.2,
      0.01,
      1,
      'Smallest share of its budget cuts can leave an organisation.',
      'Plus petite part de son budget que les compressions peuvent laisser à une organisation.',
    ),
    default_cut: c(
      0.2,
      0,
      1,
      'Budget share cut by a budget cut without a magnitude.',
      'Part du budget retranchée par une compression sans intensité précisée.',
    ),
    default_crisis: c(0.5, 0, 1, 'Salience of a crisis without a magnitude.', 'Saillance d’une crise sans intensité précisée.'),
    turnover_trust_factor: c(
      0.85,
      0,
      1,
      'Share of their trust State members keep after political turnover.',
      'Part de leur confiance que les membres de l’État conservent après une alternance politique.',
    ),
    turnover_priority_min: c(
      0.5,
      0,
      10,
      'Lowest multiplier on the State’s motivation after political turnover.',
      'Multiplicateur le plus bas de la motivation de l’État après une alternance.',
    ),
    turnover_priority_span: c(1, 0, 10, 'Width of the range of that multiplier.', 'Étendue de l’intervalle de ce multiplicateur.'),
  },
  steward: {
    cost: c(
      0.002,
      0,
      1,
      'Running cost of a steward, shared by members.',
      'Coût de fonctionnement de l’instance responsable, partagé par les membres.',
      SHARE_MONTH,
    ),
  },
  organisations: {
    productivity_spread: c(
      0.1,
      0,
      2,
      'Relative spread of productivity around the order’s value.',
      'Dispersion relative de la productivité autour de la valeur de l’ordre.',
    ),
    alpha_spread: c(0.1, 0, 1, 'Spread of α around the order’s value.', 'Dispersion de α autour de la valeur de l’ordre.'),
    outside_option_log_spread: c(
      0.3,
      0,
      3,
      'Sigma of the log of outside options around the order’s value.',
      'Sigma du log des options extérieures autour de la valeur de l’ordre.',
    ),
  },
  instruments: {
    pooled_fund: {
      transaction_relief: c(
        0.5,
        0,
        1,
        'Share of coordination cost a pooled fund saves, in proportion to the share of contributions pooled (cooperation and above).',
        'Part du coût de coordination qu’épargne un fonds commun, en proportion de la part des contributions mises en commun (coopération et au-delà).',
      ),
      reallocation: c(
        0.6,
        0,
        1,
        'Share of the gap in needed fields a pooled fund fills by moving money across fields, in proportion to the share pooled.',
        'Part de l’écart de champs nécessaires qu’un fonds commun comble en déplaçant l’argent d’un champ à l’autre, en proportion de la part mise en commun.',
      ),
      cost: c(0.001, 0, 1, 'Monthly running cost of a pooled fund.', 'Coût mensuel de fonctionnement d’un fonds commun.', SHARE_MONTH),
    },
    shared_data: {
      observability: c(
        0.5,
        0,
        1,
        'Share of the unmeasured results shared data measures and reports.',
        'Part des résultats non mesurés que des données partagées mesurent et rapportent.',
      ),
      knowledge_growth: c(
        1.5,
        0,
        10,
        'Multiplier on knowledge growth with shared data.',
        'Multiplicateur de la croissance du savoir avec des données partagées.',
      ),
      cost: c(0.002, 0, 1, 'Monthly running cost of shared data.', 'Coût mensuel de fonctionnement des données partagées.', SHARE_MONTH),
    },
    joint_planning: {
      complementarity: c(
        0.5,
        0,
        10,
        'Share by which joint planning raises the complementarity gains between fields and orders.',
        'Part dont la planification conjointe accroît les gains de complémentarité entre champs et ordres.',
      ),
      cost: c(0.002, 0, 1, 'Monthly running cost of joint planning.', 'Coût mensuel de fonctionnement de la planification conjointe.', SHARE_MONTH),
    },
    co_location: {
      trust_gain: c(1.5, 0, 10, 'Multiplier on trust gains with co-location.', 'Multiplicateur des gains de confiance avec la colocalisation.'),
      tie_formation: c(
        2,
        0,
        20,
        'Multiplier on the formation of work ties with co-location.',
        'Multiplicateur de la formation de liens de travail avec la colocalisation.',
      ),
      cost: c(0.004, 0, 1, 'Monthly running cost of co-location.', 'Coût mensuel de fonctionnement de la colocalisation.', SHARE_MONTH),
    },
  },
} as const satisfies ModelGroup;

/** What each submodel's group of constants is about (JSON Schema descriptions, docs, the settings form). */
export const MODEL_GROUP_TITLES: Record<keyof typeof MODEL_CONSTANTS, { description: string; fr: string }> = {
  engagement: {
    description: 'Engagement rungs: contributions, synergy, trust required, moves between rungs.',
    fr: 'Échelons d’engagement : contributions, synergie, confiance exigée, passages d’un échelon à l’autre.',
  },
  grid: {
    description: 'The intersectoral grid: what diversity of fields and orders yields, and what it costs.',
    fr: 'La grille intersectorielle : ce que rapporte la diversité des champs et des ordres, et ce qu’elle coûte.',
  },
  formality: {
    description: 'Formality of the arrangement: exit cost, overhead, steadiness.',
    fr: 'Formalité du dispositif : coût de sortie, frais, stabilité.',
  },
  coordination: {
    description: 'Coordination by governance structure: relations, hub capacity, staff.',
    fr: 'Coordination selon la structure de gouvernance : relations, capacité du pivot, personnel.',
  },
  output: { description: 'Collective output: scale, trust, coverage.', fr: 'Production collective : échelle, confiance, couverture.' },
  targets: { description: 'Targets: scope and delay of results.', fr: 'Cibles : portée et délai des résultats.' },
  population: { description: 'Population outcome and accountability to the population.', fr: 'Résultat populationnel et redevabilité envers la population.' },
  evaluation: { description: 'Evaluation regime: hope, observability of results.', fr: 'Régime d’évaluation : espoir, observabilité des résultats.' },
  trust: { description: 'Trust: gains, losses, loyalty, visible wins.', fr: 'Confiance : gains, pertes, loyauté, victoires visibles.' },
  commitment: { description: 'Commitment built by tenure.', fr: 'Engagement bâti par l’ancienneté.' },
  leadership: {
    description: 'Facilitative leadership: trust building, mediation, succession.',
    fr: 'Leadership facilitateur : construction de la confiance, médiation, succession.',
  },
  valuation: {
    description: 'Value of membership: private benefit, interdependence, horizon.',
    fr: 'Valeur de l’adhésion : bénéfice privé, interdépendance, horizon.',
  },
  capacity: {
    description: 'Capacity members build in deep joint work (investment).',
    fr: 'Capacité que les membres bâtissent dans le travail conjoint poussé (investissement).',
  },
  mandate: { description: 'Mandated participation (crowding out of motivation).', fr: 'Participation obligatoire (éviction de la motivation).' },
  recruitment: { description: 'Recruitment of new members.', fr: 'Recrutement de nouveaux membres.' },
  ties: { description: 'Work ties the action builds between its members.', fr: 'Liens de travail que l’action noue entre ses membres.' },
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
