/**
 * Model constants (`model.*`, see modelConstants.ts): what changes the action over time
 * and what it can add: learning, re-formation, shocks, the steward, the spread of
 * attributes and the instruments.
 */
import { c, SHARE_MONTH, PROBABILITY_MONTH, MONTHS, type ModelGroup } from './define';

export const DYNAMICS_CONSTANTS = {
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
