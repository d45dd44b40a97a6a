/**
 * The stylized facts of MODEL.md §6, each as a reproducible experiment: the scenarios that
 * isolate it (arms), the measured effects with their 95% intervals, a figure, and for each
 * check the mechanism the model description names as its cause with the values that
 * switch exactly that mechanism off (protocol.ts runs the effect on two seed blocks, the
 * ablation and the robustness). Pure: runs come from the caller.
 */
import { meanInterval, pairedDifference } from '../run/statistics';
import type { Mechanism } from './protocol';
import type { FactRun } from './runs';
import type { ProbeName } from './probes';
import {
  band,
  check,
  coefficientOfVariation,
  columnMean,
  correlation,
  reformationIndex,
  survivalSteps,
  unpairedDifference,
  type Check,
  type Figure,
} from './checks';

/** Organisations in the default scenario (12 E + 18 P + 30 T), the base of every validation arm. */
const DEFAULT_ORGANISATIONS = 60;

export interface FactDefinition {
  id: number;
  title: string;
  claim: string;
  source: string;
  /** Scenario files (relative to scenarios/) compared, with the label used in the report. */
  arms: Record<string, string>;
  /** A measure taken inside the runs (probes.ts), when the fact needs one. */
  probe?: ProbeName;
  /** The mechanisms the checks stand on (each check names one, or none for a context check). */
  mechanisms: Mechanism[];
  evaluate(runs: Record<string, FactRun[]>): { checks: Check[]; figure: Figure; notes: string[] };
}

const pair = (runs: Record<string, FactRun[]>, a: string, b: string, metric: (r: FactRun) => number) =>
  pairedDifference(runs[a]!.map(metric), runs[b]!.map(metric));
const share = (runs: FactRun[], predicate: (r: FactRun) => boolean) => meanInterval(runs.map((r) => (predicate(r) ? 1 : 0)));
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
/** Per-run measures of a probe, leaving out runs that gave no case. */
const measured = (runs: FactRun[], name: string) => runs.map((r) => r.measures[name]!).filter((x) => Number.isFinite(x));

/** Threshold of collaborative advantage: the action lifts the population outcome by 2 points of needs met. */
export const ADVANTAGE_THRESHOLD = 0.02;
/** A population effect is "detectable" once collective effectiveness reaches 1 point of needs met. */
export const DETECTABLE_EFFECT = 0.01;

/** Sets every key of a per-rung or per-arrangement group to one value. */
const all = (prefix: string, keys: readonly string[], value: number): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [`${prefix}.${key}`, value]));
const RUNGS = ['information', 'coordination', 'cooperation', 'joint_operation'] as const;
const ARRANGEMENT_KEYS = ['informal', 'agreement', 'committee', 'joint_body'] as const;

const LEADERSHIP: Mechanism = {
  id: 'leadership',
  name: 'facilitative leadership: trust building, visibility, discovery, a loyal leader',
  where: 'participation.ts trustGainFactor and decideParticipation; valuation.ts (visibility)',
  neutral: {
    'model.leadership.trust_boost': 1,
    'model.leadership.visibility': 0,
    'model.leadership.exit_factor': 1,
    'model.leadership.discovery_factor': 1,
    'model.leadership.cost': 0,
    'model.leadership.departure_trust_loss': 0,
  },
};
const LINEAR_ATTRIBUTION: Mechanism = {
  id: 'linear-attribution',
  name: 'linear evaluation attributes only part of realised results to members',
  where: 'valuation.ts updateValuationContext',
  neutral: { 'model.evaluation.linear_attribution': 1, 'model.evaluation.linear_attribution_with_steward': 1, 'model.evaluation.target_visibility_base': 1 },
};

export const FACTS: FactDefinition[] = [
  {
    id: 1,
    title: 'Trust builds slowly and breaks quickly',
    claim: 'After as many positive as negative experiences, trust ends lower than it began, and recovery after a breach takes longer than the loss.',
    source: 'Slovic (1993), trust asymmetry; Vangen & Huxham (2003), the trust-building loop',
    arms: { default: 'default.json' },
    probe: 'trust',
    mechanisms: [
      {
        id: 'trust-asymmetry',
        name: 'asymmetric trust updating: a bad month takes a larger share than a good month gives',
        where: 'trust.ts updateTrust',
        neutral: { 'model.trust.loss': 0.03 },
      },
    ],
    evaluate(runs) {
      const change = measured(runs.default!, 'balancedTrustChange');
      const ratio = measured(runs.default!, 'recoveryRatio');
      return {
        checks: [
          check("members' trust after a 6-month window with 3 good and 3 bad months, minus before (runs' means)", meanInterval(change), { kind: 'negative' }, 'trust-asymmetry'),
          check('months to win back the trust a breach cost ÷ months of the breach (runs’ means; open breaches censored)', meanInterval(ratio), { kind: 'above', value: 1 }, 'trust-asymmetry'),
        ],
        figure: {
          kind: 'lines',
          title: "Members' mean trust (default scenario)",
          xLabel: 'month',
          yLabel: 'trust',
          series: [band('trust_mean', runs.default!, 'trust_mean')],
        },
        notes: [
          `measured in full runs of the default scenario: ${change.length} runs with balanced windows (${runs.default!.reduce((n, r) => n + (r.measures.balancedWindows ?? 0), 0)} windows), ${ratio.length} runs with breaches (${runs.default!.reduce((n, r) => n + (r.measures.breaches ?? 0), 0)} breaches)`,
          'a good month is one the engine counts as a positive experience (a visible win, or a perceived value of membership at or above 0); events that move trust (a leader leaving, political turnover) stay in',
        ],
      };
    },
  },
  {
    id: 2,
    title: 'Small wins',
    claim: 'For the same budget, early achievable targets keep more partnerships alive at the horizon than one large late payoff.',
    source: 'Ansell & Gash (2008), small wins in collaborative governance',
    arms: { specific: 'validation/targets-specific.json', broad: 'validation/targets-broad.json' },
    mechanisms: [
      {
        id: 'small-wins',
        name: 'visible wins: a month in which realised results rise visibly is a good month for every member',
        where: 'participation.ts decideParticipation (visibleWin)',
        neutral: { 'model.trust.win_threshold': 10 },
      },
    ],
    evaluate(runs) {
      const alive = (r: FactRun) => (r.summary.survived ? 1 : 0);
      return {
        checks: [check('share alive at 10 years, specific − broad targets', pair(runs, 'broad', 'specific', alive), { kind: 'positive' }, 'small-wins')],
        figure: { kind: 'lines', title: 'Share of partnerships alive', xLabel: 'month', yLabel: 'share alive', series: [band('specific targets', runs.specific!, 'alive'), band('broad targets', runs.broad!, 'alive')] },
        notes: [`alive at 10 years: specific ${pct(meanInterval(runs.specific!.map(alive)).mean)}, broad ${pct(meanInterval(runs.broad!.map(alive)).mean)}`],
      };
    },
  },
  {
    id: 3,
    title: 'Collaborative inertia is the common outcome',
    claim: 'Under neutral settings most runs do not reach collaborative advantage; favourable settings reverse that.',
    source: 'Huxham & Vangen (2005), collaborative advantage and collaborative inertia',
    arms: { neutral: 'default.json', favourable: 'validation/favourable.json' },
    mechanisms: [
      {
        id: 'inertia',
        name: 'coordination costs and the attribution gap hold the action below advantage',
        where: 'governance.ts coordinationShare; valuation.ts updateValuationContext',
        neutral: {
          'model.coordination.shared.per_member': 0,
          'model.coordination.lead.base': 0,
          'model.coordination.lead.per_member': 0,
          'model.coordination.nao.base': 0,
          'model.coordination.nao.per_member': 0,
          ...LINEAR_ATTRIBUTION.neutral,
        },
      },
      {
        ...LEADERSHIP,
        id: 'leadership-and-steward',
        name: 'what favourable settings add: facilitative leadership, and a steward that keeps knowledge and attributes results',
        neutral: {
          ...LEADERSHIP.neutral,
          'model.knowledge.steward_factor': 1,
          'model.knowledge.steward_retention': 0,
          'model.reform.steward_factor': 1,
          'model.evaluation.linear_attribution_with_steward': 0.5,
        },
      },
    ],
    evaluate(runs) {
      const advantage = (r: FactRun) => r.columns.collective_effectiveness.at(-1)! >= ADVANTAGE_THRESHOLD;
      return {
        checks: [
          check('share reaching collaborative advantage, neutral settings', share(runs.neutral!, advantage), { kind: 'below', value: 0.5 }, 'inertia'),
          check('share reaching collaborative advantage, favourable settings', share(runs.favourable!, advantage), { kind: 'above', value: 0.5 }, 'leadership-and-steward'),
        ],
        figure: { kind: 'lines', title: 'Collective effectiveness', xLabel: 'month', yLabel: 'outcome with − without the action', series: [band('neutral (default)', runs.neutral!, 'collective_effectiveness'), band('favourable', runs.favourable!, 'collective_effectiveness')] },
        notes: [`collaborative advantage = collective effectiveness ≥ ${ADVANTAGE_THRESHOLD} (2 points of needs met) at 10 years; favourable = developmental evaluation + facilitative leader + steward`],
      };
    },
  },
  {
    id: 4,
    title: 'Voluntary participation does not stabilise itself',
    claim: 'With free exit and no leadership or steward, membership fluctuates and the action often dissolves; mandated participation keeps members but lowers their engagement.',
    source: 'Hauert et al. (2002), volunteering in public-goods games; Semmann et al. (2003)',
    arms: { voluntary: 'default.json', mandated: 'mandated.json' },
    mechanisms: [
      {
        id: 'free-exit',
        name: 'members leave when the value they perceive falls below their outside option',
        where: 'participation.ts decideParticipation (exit)',
        neutral: { 'behaviour.exit_rate': 0 },
      },
      {
        id: 'crowding-out',
        name: 'a mandate crowds out motivation: slower trust gains, fewer climbs',
        where: 'participation.ts trustGainFactor and decideParticipation',
        neutral: { 'model.mandate.trust_factor': 1, 'model.mandate.climb_factor': 1 },
      },
    ],
    evaluate(runs) {
      const cv = (r: FactRun) => coefficientOfVariation(r, 'members', 12);
      return {
        checks: [
          check('share of voluntary partnerships that dissolve at least once', share(runs.voluntary!, (r) => r.summary.dissolved), { kind: 'above', value: 0.2 }, 'free-exit'),
          check('fluctuation of membership (coefficient of variation after year 1), mandated − voluntary', pair(runs, 'voluntary', 'mandated', cv), { kind: 'negative' }, null),
          check('mean engagement rung, mandated − voluntary', pair(runs, 'voluntary', 'mandated', (r) => columnMean(r, 'engagement_mean')), { kind: 'negative' }, 'crowding-out'),
        ],
        figure: { kind: 'lines', title: 'Members', xLabel: 'month', yLabel: 'members', series: [band('voluntary', runs.voluntary!, 'members'), band('mandated', runs.mandated!, 'members')] },
        notes: ['the fluctuation check is a context check: a mandate fixes the table (no exit, no recruitment), which no model constant switches off'],
      };
    },
  },
  {
    id: 5,
    title: 'Outside options',
    claim: 'A better outside option lowers participation, less so when members are highly interdependent (many fields needed by the target).',
    source: 'Emerson (2012) / Thomson & Perry (2006): interdependence as a driver of collaboration',
    arms: {
      'specific, modest options': 'validation/outside-specific-low.json',
      'specific, better options': 'validation/outside-specific-high.json',
      'broad, modest options': 'validation/outside-broad-low.json',
      'broad, better options': 'validation/outside-broad-high.json',
    },
    mechanisms: [
      {
        id: 'interdependence',
        name: 'interdependence: a target needing many fields makes going it alone worth less',
        where: 'valuation.ts updateValuationContext (outsideFactor)',
        neutral: { 'model.valuation.interdependence_discount': 0 },
      },
    ],
    evaluate(runs) {
      // Every arm is the default territory of 60 organisations: participation is the share of them at the table.
      const participation = (r: FactRun) => r.summary.mean_members / DEFAULT_ORGANISATIONS;
      const specific = pair(runs, 'specific, modest options', 'specific, better options', participation);
      const broad = pair(runs, 'broad, modest options', 'broad, better options', participation);
      const sLow = runs['specific, modest options']!;
      const sHigh = runs['specific, better options']!;
      const bLow = runs['broad, modest options']!;
      const bHigh = runs['broad, better options']!;
      const interaction = pairedDifference(
        sLow.map((r, k) => participation(sHigh[k]!) - participation(r)),
        bLow.map((r, k) => participation(bHigh[k]!) - participation(r)),
      );
      return {
        checks: [
          check('participation (share of organisations), better − modest options, specific target', specific, { kind: 'negative' }, null),
          check('participation, better − modest options, broad target', broad, { kind: 'negative' }, null),
          check('how much less participation falls under the broad target (difference in differences)', interaction, { kind: 'positive' }, 'interdependence'),
        ],
        figure: { kind: 'bars', title: 'Effect of better outside options on participation', yLabel: 'change in share of organisations', bars: [{ label: 'specific target', interval: specific }, { label: 'broad target', interval: broad }] },
        notes: [
          `relative effect: specific ${pct(specific.mean / meanInterval(sLow.map(participation)).mean)}, broad ${pct(broad.mean / meanInterval(bLow.map(participation)).mean)} of the modest-option participation`,
          'the first two checks are context: the outside option enters every decision directly (value − outside option)',
        ],
      };
    },
  },
  {
    id: 6,
    title: 'Governance mode depends on size',
    claim: 'With few members shared governance does at least as well as an NAO; with many members the NAO does better.',
    source: 'Provan & Kenis (2008), modes of network governance',
    arms: { 'small, shared': 'validation/small-shared.json', 'small, NAO': 'validation/small-nao.json', 'large, shared': 'large-network-shared.json', 'large, NAO': 'large-network-nao.json' },
    mechanisms: [
      {
        id: 'coordination-by-mode',
        name: 'coordination cost by mode and size: grows fastest under shared governance, an NAO has a fixed cost',
        where: 'governance.ts coordinationShare',
        neutral: { 'model.coordination.lead.base': 0, 'model.coordination.lead.per_member': 0.02, 'model.coordination.nao.base': 0, 'model.coordination.nao.per_member': 0.02 },
      },
    ],
    evaluate(runs) {
      const effect = (r: FactRun) => r.summary.cumulative_effectiveness;
      const small = pair(runs, 'small, NAO', 'small, shared', effect);
      const large = pair(runs, 'large, shared', 'large, NAO', effect);
      return {
        checks: [
          check('cumulative effectiveness, shared − NAO, 10 organisations', small, { kind: 'positive' }, 'coordination-by-mode'),
          check('cumulative effectiveness, NAO − shared, 200 organisations', large, { kind: 'positive' }, 'coordination-by-mode'),
        ],
        figure: { kind: 'bars', title: 'Advantage of the better mode', yLabel: 'cumulative effectiveness difference', bars: [{ label: 'small: shared − NAO', interval: small }, { label: 'large: NAO − shared', interval: large }] },
        notes: ['both sizes under developmental evaluation so that the action lives long enough to compare modes'],
      };
    },
  },
  {
    id: 7,
    title: 'Facilitative leadership lengthens partnership life',
    claim: 'Facilitative leadership lengthens partnership life markedly (sustainability rising from about half to over four fifths).',
    source: 'Community coalition studies (e.g. Feinberg et al. 2004; Kegler et al. 1998)',
    arms: { 'no leader': 'fragile-coalition.json', 'facilitative leader': 'leadership-rescue.json' },
    mechanisms: [LEADERSHIP],
    evaluate(runs) {
      const intact = (r: FactRun) => (r.summary.dissolved ? 0 : 1);
      return {
        checks: [
          check('share never dissolved in 10 years, leader − no leader', pair(runs, 'no leader', 'facilitative leader', intact), { kind: 'positive' }, 'leadership'),
          check('lifetime (months), leader − no leader', pair(runs, 'no leader', 'facilitative leader', (r) => r.summary.lifetime), { kind: 'positive' }, 'leadership'),
        ],
        figure: { kind: 'steps', title: 'Survival of the partnership (Kaplan–Meier)', xLabel: 'month', yLabel: 'share not yet dissolved', series: [survivalSteps('no leader', runs['no leader']!), survivalSteps('facilitative leader', runs['facilitative leader']!)] },
        notes: [`never dissolved in 10 years: ${pct(meanInterval(runs['no leader']!.map(intact)).mean)} without a leader, ${pct(meanInterval(runs['facilitative leader']!.map(intact)).mean)} with one`],
      };
    },
  },
  {
    id: 8,
    title: 'Formalisation helps up to a point',
    claim: 'Moderate formality gives the longest life; heavy formality lowers organisational efficiency.',
    source: 'Provan & Kenis (2008); Thomson & Perry (2006), administration dimension',
    arms: { informal: 'validation/formality-informal.json', agreement: 'validation/formality-agreement.json', committee: 'validation/formality-committee.json', 'joint body': 'validation/formality-joint-body.json' },
    mechanisms: [
      {
        id: 'formality-exit',
        name: 'formality raises the cost of exit and steadies perception',
        where: 'participation.ts decideParticipation (exitBase); perception.ts perceptionSettings',
        neutral: { ...all('model.formality.exit_factor', ARRANGEMENT_KEYS, 1), ...all('model.formality.steadiness', ARRANGEMENT_KEYS, 1) },
      },
      {
        id: 'formality-overhead',
        name: 'formality costs every member overhead',
        where: 'valuation.ts participationOverhead',
        neutral: all('model.formality.overhead', ARRANGEMENT_KEYS, 0),
      },
    ],
    evaluate(runs) {
      const life = (r: FactRun) => r.summary.lifetime;
      return {
        checks: [
          check('lifetime, steering committee − informal network', pair(runs, 'informal', 'committee', life), { kind: 'positive' }, 'formality-exit'),
          check('lifetime, steering committee − joint body', pair(runs, 'joint body', 'committee', life), { kind: 'positive' }, 'formality-overhead'),
          check("members' efficiency, joint body − steering committee", pair(runs, 'committee', 'joint body', (r) => r.summary.mean_efficiency_members), { kind: 'negative' }, 'formality-overhead'),
        ],
        figure: { kind: 'bars', title: 'Partnership lifetime by formality', yLabel: 'months until first dissolution', bars: Object.keys(runs).map((label) => ({ label, interval: meanInterval(runs[label]!.map(life)) })) },
        notes: [],
      };
    },
  },
  {
    id: 9,
    title: 'A steward makes learning cumulative',
    claim: 'With a steward, the knowledge stock survives member turnover and a re-formed partnership starts faster.',
    source: 'Divay (2014), the institutional stake; Bryson, Crosby & Stone (2006)',
    arms: { 'no steward': 'no-steward.json', steward: 'steward.json' },
    mechanisms: [
      {
        id: 'steward-retention',
        name: 'a steward keeps the knowledge through departures and dissolution, and learns faster',
        where: 'learning.ts growKnowledge, knowledgeAfterDepartures; membership.ts maybeReform',
        neutral: { 'model.knowledge.steward_retention': 0, 'model.knowledge.steward_factor': 1, 'model.knowledge.dissolved_decay': 0 },
      },
    ],
    evaluate(runs) {
      const engagementAfterReform = (list: FactRun[]) =>
        list.flatMap((r) => {
          const t = reformationIndex(r);
          return t >= 0 && t + 12 <= r.columns.tick.length ? [columnMean(r, 'engagement_mean', t, t + 12)] : [];
        });
      const without = engagementAfterReform(runs['no steward']!);
      const withSteward = engagementAfterReform(runs.steward!);
      return {
        checks: [
          check('mean knowledge stock, steward − none', pair(runs, 'no steward', 'steward', (r) => columnMean(r, 'knowledge_stock')), { kind: 'positive' }, 'steward-retention'),
          check('engagement in the first year after re-forming, steward − none (runs that re-formed)', unpairedDifference(without, withSteward), { kind: 'positive' }, 'steward-retention'),
        ],
        figure: { kind: 'lines', title: 'Knowledge stock under high turnover', xLabel: 'month', yLabel: 'knowledge stock', series: [band('no steward', runs['no steward']!, 'knowledge_stock'), band('steward', runs.steward!, 'knowledge_stock')] },
        notes: [`runs that dissolved and re-formed with a year left: ${without.length} without a steward, ${withSteward.length} with one`],
      };
    },
  },
  {
    id: 10,
    title: 'Linear evaluation drives early exits',
    claim: 'Compared with developmental evaluation, linear evaluation lowers survival and the long-run population outcome.',
    source: 'Patton (2011), developmental evaluation; Divay (2014), the managerial stake',
    arms: { linear: 'evaluation-linear.json', developmental: 'evaluation-developmental.json' },
    mechanisms: [LINEAR_ATTRIBUTION],
    evaluate(runs) {
      return {
        checks: [
          check('share alive at 10 years, linear − developmental', pair(runs, 'developmental', 'linear', (r) => (r.summary.survived ? 1 : 0)), { kind: 'negative' }, 'linear-attribution'),
          check('final population outcome, linear − developmental', pair(runs, 'developmental', 'linear', (r) => r.summary.final_population_outcome), { kind: 'negative' }, 'linear-attribution'),
        ],
        figure: { kind: 'lines', title: 'Population outcome', xLabel: 'month', yLabel: 'share of needs met', series: [band('linear', runs.linear!, 'population_outcome'), band('developmental', runs.developmental!, 'population_outcome')] },
        notes: [],
      };
    },
  },
  {
    id: 11,
    title: 'Investor mentality shows a J-curve',
    claim: 'Investor mentality gives lower efficiency early and higher collective effectiveness later than manager mentality.',
    source: 'Divay (2014), cultural prerequisites: an investor mentality',
    arms: { manager: 'mentality-manager.json', investor: 'mentality-investor.json' },
    mechanisms: [
      {
        id: 'horizon',
        name: 'a longer horizon counts more of the potential return not yet seen',
        where: 'init.ts setProfile (expectedWeight); valuation.ts membershipValue',
        neutral: { 'model.valuation.horizon_half_weight': 100_000 },
      },
    ],
    evaluate(runs) {
      return {
        checks: [
          check('organisational efficiency in years 1–2, investor − manager', pair(runs, 'manager', 'investor', (r) => columnMean(r, 'organisational_efficiency', 0, 24)), { kind: 'negative' }, 'horizon'),
          check('collective effectiveness in years 9–10, investor − manager', pair(runs, 'manager', 'investor', (r) => columnMean(r, 'collective_effectiveness', 96, 120)), { kind: 'positive' }, 'horizon'),
        ],
        figure: { kind: 'lines', title: 'Collective effectiveness', xLabel: 'month', yLabel: 'outcome with − without the action', series: [band('manager', runs.manager!, 'collective_effectiveness'), band('investor', runs.investor!, 'collective_effectiveness')] },
        notes: [],
      };
    },
  },
  {
    id: 12,
    title: 'Levels diverge',
    claim: "Members' organisational efficiency can fall while collective effectiveness rises; across runs the two correlate weakly.",
    source: 'Provan & Milward (2001), levels of network effectiveness',
    arms: { healthy: 'evaluation-developmental.json', default: 'default.json' },
    mechanisms: [
      {
        id: 'rung-costs',
        name: 'deeper engagement costs each member more of its own budget while its results are shared',
        where: 'efficiency.ts organisationEfficiency',
        neutral: all('model.engagement.contribution', RUNGS, 0.03),
      },
    ],
    evaluate(runs) {
      const late = (r: FactRun, c: 'efficiency_members' | 'collective_effectiveness') => columnMean(r, c, 96, 120) - columnMean(r, c, 0, 24);
      return {
        checks: [
          check("members' efficiency, years 9–10 − years 1–2 (healthy partnership)", meanInterval(runs.healthy!.map((r) => late(r, 'efficiency_members'))), { kind: 'negative' }, 'rung-costs'),
          check('collective effectiveness, years 9–10 − years 1–2 (healthy partnership)', meanInterval(runs.healthy!.map((r) => late(r, 'collective_effectiveness'))), { kind: 'positive' }, null),
          check("correlation across default runs of members' efficiency and cumulative effectiveness", correlation(runs.default!.map((r) => r.summary.mean_efficiency_members), runs.default!.map((r) => r.summary.cumulative_effectiveness)), { kind: 'within', low: -0.3, high: 0.3 }, null),
        ],
        figure: { kind: 'lines', title: "Members' efficiency (healthy partnership)", xLabel: 'month', yLabel: 'own output per cost (1 = alone)', series: [band("members' efficiency", runs.healthy!, 'efficiency_members')] },
        notes: ['weak = the 95% interval of Pearson r lies within (−0.3, 0.3); the rise of effectiveness and the weak correlation are context checks'],
      };
    },
  },
  {
    id: 13,
    title: 'Population effects lag',
    claim: 'Under default settings a detectable population effect takes longer than a 4-year political cycle.',
    source: 'Divay (2014), population responsibility; Kania & Kramer (2011)',
    arms: { default: 'default.json', healthy: 'evaluation-developmental.json' },
    mechanisms: [
      {
        id: 'result-delay',
        name: 'results reach the population after a delay that grows with broad targets',
        where: 'population.ts advanceResultPipeline',
        neutral: { 'model.targets.specific_delay': 1, 'model.targets.broad_extra_delay': 0 },
      },
    ],
    evaluate(runs) {
      const firstDetectable = (r: FactRun) => {
        const k = r.columns.collective_effectiveness.findIndex((x) => x >= DETECTABLE_EFFECT);
        return k < 0 ? r.columns.tick.length : k + 1;
      };
      const healthy = meanInterval(runs.healthy!.map(firstDetectable));
      const everDetectable = share(runs.default!, (r) => r.columns.collective_effectiveness.some((x) => x >= DETECTABLE_EFFECT));
      return {
        checks: [check('months until collective effectiveness reaches 0.01 (never: 120), default settings', meanInterval(runs.default!.map(firstDetectable)), { kind: 'above', value: 48 }, 'result-delay')],
        figure: { kind: 'lines', title: 'Collective effectiveness', xLabel: 'month', yLabel: 'outcome with − without the action', series: [band('default', runs.default!, 'collective_effectiveness'), band('healthy (developmental evaluation)', runs.healthy!, 'collective_effectiveness')] },
        notes: [
          `detectable = ${DETECTABLE_EFFECT} (1 point of needs met); share of default runs in which it is ever reached: ${pct(everDetectable.mean)}; a healthy partnership (developmental evaluation) takes ${healthy.mean.toFixed(0)} months on average [${healthy.low.toFixed(0)}, ${healthy.high.toFixed(0)}]`,
        ],
      };
    },
  },
];
