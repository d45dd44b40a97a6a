/**
 * The stylized facts of MODEL.md §6, each as a reproducible experiment: the scenarios that
 * isolate it (arms), the seeds, the measured effect with its 95% interval, and a figure.
 * Pure: runs come from the caller (tests/stylized, scripts/validate.ts).
 */
import type { RunResult } from '../run/runScenario';
import { meanInterval, pairedDifference } from '../run/statistics';
import { updateTrust } from '../model/trust';
import { defaultModelParameters } from '../model/parameters';

const DEFAULTS = defaultModelParameters();
import { createStreams } from '../rng';
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

export const FACT_SEEDS = 100;
/** Organisations in the default scenario (12 E + 18 P + 30 T), the base of every validation arm. */
const DEFAULT_ORGANISATIONS = 60;

export interface FactDefinition {
  id: number;
  title: string;
  claim: string;
  source: string;
  /** Scenario files (relative to scenarios/) compared, with the label used in the report. */
  arms: Record<string, string>;
  seeds: number;
  evaluate(runs: Record<string, RunResult[]>): { checks: Check[]; figure: Figure; notes: string[] };
}

const pair = (runs: Record<string, RunResult[]>, a: string, b: string, metric: (r: RunResult) => number) =>
  pairedDifference(runs[a]!.map(metric), runs[b]!.map(metric));
const share = (runs: RunResult[], predicate: (r: RunResult) => boolean) => meanInterval(runs.map((r) => (predicate(r) ? 1 : 0)));
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

/** Threshold of collaborative advantage: the action lifts the population outcome by 2 points of needs met. */
export const ADVANTAGE_THRESHOLD = 0.02;
/** A population effect is "detectable" once collective effectiveness reaches 1 point of needs met. */
export const DETECTABLE_EFFECT = 0.01;

export const FACTS: FactDefinition[] = [
  {
    id: 1,
    title: 'Trust builds slowly and breaks quickly',
    claim: 'After as many positive as negative experiences, trust ends lower than it began, and recovery after a breach takes longer than the loss.',
    source: 'Slovic (1993), trust asymmetry; Vangen & Huxham (2003), the trust-building loop',
    arms: {},
    seeds: FACT_SEEDS,
    evaluate() {
      // The trust submodel itself, over random starting trust and random orders of 10 good and 10 bad months.
      const change: number[] = [];
      const recoveryRatio: number[] = [];
      for (let seed = 1; seed <= FACT_SEEDS; seed++) {
        const u = createStreams(seed).init.uniform;
        const start = 0.2 + 0.6 * u();
        const sequence = Array.from({ length: 20 }, (_, k) => k < 10);
        for (let k = sequence.length - 1; k > 0; k--) {
          const j = Math.floor(u() * (k + 1));
          [sequence[k], sequence[j]] = [sequence[j]!, sequence[k]!];
        }
        let trust = start;
        for (const good of sequence) trust = updateTrust(trust, good, DEFAULTS);
        change.push(trust - start);
        // A breach: three bad months, then good months until trust is back where it was.
        let t = start;
        for (let k = 0; k < 3; k++) t = updateTrust(t, false, DEFAULTS);
        let months = 0;
        while (t < start && months < 1000) {
          t = updateTrust(t, true, DEFAULTS);
          months++;
        }
        recoveryRatio.push(months / 3);
      }
      const trajectory: number[] = [0.5];
      for (let k = 0; k < 40; k++) trajectory.push(updateTrust(trajectory.at(-1)!, k % 2 === 0, DEFAULTS));
      return {
        checks: [
          check('trust after 10 good and 10 bad months, minus trust before', meanInterval(change), { kind: 'negative' }),
          check('months to recover from a 3-month breach ÷ 3', meanInterval(recoveryRatio), { kind: 'above', value: 1 }),
        ],
        figure: {
          kind: 'lines',
          title: 'Trust under alternating good and bad months',
          xLabel: 'month',
          yLabel: 'trust',
          series: [{ label: 'trust (start 0.5)', mean: trajectory, low: trajectory, high: trajectory }],
        },
        notes: [],
      };
    },
  },
  {
    id: 2,
    title: 'Small wins',
    claim: 'For the same budget, early achievable targets keep more partnerships alive at the horizon than one large late payoff.',
    source: 'Ansell & Gash (2008), small wins in collaborative governance',
    arms: { specific: 'validation/targets-specific.json', broad: 'validation/targets-broad.json' },
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const alive = (r: RunResult) => (r.summary.survived ? 1 : 0);
      return {
        checks: [check('share alive at 10 years, specific − broad targets', pair(runs, 'broad', 'specific', alive), { kind: 'positive' })],
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const advantage = (r: RunResult) => r.columns.collective_effectiveness.at(-1)! >= ADVANTAGE_THRESHOLD;
      return {
        checks: [
          check('share reaching collaborative advantage, neutral settings', share(runs.neutral!, advantage), { kind: 'below', value: 0.5 }),
          check('share reaching collaborative advantage, favourable settings', share(runs.favourable!, advantage), { kind: 'above', value: 0.5 }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const cv = (r: RunResult) => coefficientOfVariation(r, 'members', 12);
      return {
        checks: [
          check('share of voluntary partnerships that dissolve at least once', share(runs.voluntary!, (r) => r.summary.dissolved), { kind: 'above', value: 0.2 }),
          check('fluctuation of membership (coefficient of variation after year 1), mandated − voluntary', pair(runs, 'voluntary', 'mandated', cv), { kind: 'negative' }),
          check('mean engagement rung, mandated − voluntary', pair(runs, 'voluntary', 'mandated', (r) => columnMean(r, 'engagement_mean')), { kind: 'negative' }),
        ],
        figure: { kind: 'lines', title: 'Members', xLabel: 'month', yLabel: 'members', series: [band('voluntary', runs.voluntary!, 'members'), band('mandated', runs.mandated!, 'members')] },
        notes: [],
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      // Every arm is the default territory of 60 organisations: participation is the share of them at the table.
      const participation = (r: RunResult) => r.summary.mean_members / DEFAULT_ORGANISATIONS;
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
          check('participation (share of organisations), better − modest options, specific target', specific, { kind: 'negative' }),
          check('participation, better − modest options, broad target', broad, { kind: 'negative' }),
          check('how much less participation falls under the broad target (difference in differences)', interaction, { kind: 'positive' }),
        ],
        figure: { kind: 'bars', title: 'Effect of better outside options on participation', yLabel: 'change in share of organisations', bars: [{ label: 'specific target', interval: specific }, { label: 'broad target', interval: broad }] },
        notes: [`relative effect: specific ${pct(specific.mean / meanInterval(sLow.map(participation)).mean)}, broad ${pct(broad.mean / meanInterval(bLow.map(participation)).mean)} of the modest-option participation`],
      };
    },
  },
  {
    id: 6,
    title: 'Governance mode depends on size',
    claim: 'With few members shared governance does at least as well as an NAO; with many members the NAO does better.',
    source: 'Provan & Kenis (2008), modes of network governance',
    arms: { 'small, shared': 'validation/small-shared.json', 'small, NAO': 'validation/small-nao.json', 'large, shared': 'large-network-shared.json', 'large, NAO': 'large-network-nao.json' },
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const effect = (r: RunResult) => r.summary.cumulative_effectiveness;
      const small = pair(runs, 'small, NAO', 'small, shared', effect);
      const large = pair(runs, 'large, shared', 'large, NAO', effect);
      return {
        checks: [
          check('cumulative effectiveness, shared − NAO, 10 organisations', small, { kind: 'positive' }),
          check('cumulative effectiveness, NAO − shared, 200 organisations', large, { kind: 'positive' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const intact = (r: RunResult) => (r.summary.dissolved ? 0 : 1);
      return {
        checks: [
          check('share never dissolved in 10 years, leader − no leader', pair(runs, 'no leader', 'facilitative leader', intact), { kind: 'positive' }),
          check('lifetime (months), leader − no leader', pair(runs, 'no leader', 'facilitative leader', (r) => r.summary.lifetime), { kind: 'positive' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const life = (r: RunResult) => r.summary.lifetime;
      return {
        checks: [
          check('lifetime, steering committee − informal network', pair(runs, 'informal', 'committee', life), { kind: 'positive' }),
          check('lifetime, steering committee − joint body', pair(runs, 'joint body', 'committee', life), { kind: 'positive' }),
          check("members' efficiency, joint body − steering committee", pair(runs, 'committee', 'joint body', (r) => r.summary.mean_efficiency_members), { kind: 'negative' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const engagementAfterReform = (list: RunResult[]) =>
        list.flatMap((r) => {
          const t = reformationIndex(r);
          return t >= 0 && t + 12 <= r.columns.tick.length ? [columnMean(r, 'engagement_mean', t, t + 12)] : [];
        });
      const without = engagementAfterReform(runs['no steward']!);
      const withSteward = engagementAfterReform(runs.steward!);
      return {
        checks: [
          check('mean knowledge stock, steward − none', pair(runs, 'no steward', 'steward', (r) => columnMean(r, 'knowledge_stock')), { kind: 'positive' }),
          check('engagement in the first year after re-forming, steward − none (runs that re-formed)', unpairedDifference(without, withSteward), { kind: 'positive' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      return {
        checks: [
          check('share alive at 10 years, linear − developmental', pair(runs, 'developmental', 'linear', (r) => (r.summary.survived ? 1 : 0)), { kind: 'negative' }),
          check('final population outcome, linear − developmental', pair(runs, 'developmental', 'linear', (r) => r.summary.final_population_outcome), { kind: 'negative' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      return {
        checks: [
          check('organisational efficiency in years 1–2, investor − manager', pair(runs, 'manager', 'investor', (r) => columnMean(r, 'organisational_efficiency', 0, 24)), { kind: 'negative' }),
          check('collective effectiveness in years 9–10, investor − manager', pair(runs, 'manager', 'investor', (r) => columnMean(r, 'collective_effectiveness', 96, 120)), { kind: 'positive' }),
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
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const late = (r: RunResult, c: 'efficiency_members' | 'collective_effectiveness') => columnMean(r, c, 96, 120) - columnMean(r, c, 0, 24);
      return {
        checks: [
          check("members' efficiency, years 9–10 − years 1–2 (healthy partnership)", meanInterval(runs.healthy!.map((r) => late(r, 'efficiency_members'))), { kind: 'negative' }),
          check('collective effectiveness, years 9–10 − years 1–2 (healthy partnership)', meanInterval(runs.healthy!.map((r) => late(r, 'collective_effectiveness'))), { kind: 'positive' }),
          check("correlation across default runs of members' efficiency and cumulative effectiveness", correlation(runs.default!.map((r) => r.summary.mean_efficiency_members), runs.default!.map((r) => r.summary.cumulative_effectiveness)), { kind: 'within', low: -0.3, high: 0.3 }),
        ],
        figure: { kind: 'lines', title: "Members' efficiency (healthy partnership)", xLabel: 'month', yLabel: 'own output per cost (1 = alone)', series: [band("members' efficiency", runs.healthy!, 'efficiency_members')] },
        notes: ['weak = the 95% interval of Pearson r lies within (−0.3, 0.3)'],
      };
    },
  },
  {
    id: 13,
    title: 'Population effects lag',
    claim: 'Under default settings a detectable population effect takes longer than a 4-year political cycle.',
    source: 'Divay (2014), population responsibility; Kania & Kramer (2011)',
    arms: { default: 'default.json', healthy: 'evaluation-developmental.json' },
    seeds: FACT_SEEDS,
    evaluate(runs) {
      const firstDetectable = (r: RunResult) => {
        const k = r.columns.collective_effectiveness.findIndex((x) => x >= DETECTABLE_EFFECT);
        return k < 0 ? r.columns.tick.length : k + 1;
      };
      const healthy = meanInterval(runs.healthy!.map(firstDetectable));
      return {
        checks: [check('months until collective effectiveness reaches 0.01 (never: 120), default settings', meanInterval(runs.default!.map(firstDetectable)), { kind: 'above', value: 48 })],
        figure: { kind: 'lines', title: 'Collective effectiveness', xLabel: 'month', yLabel: 'outcome with − without the action', series: [band('default', runs.default!, 'collective_effectiveness'), band('healthy (developmental evaluation)', runs.healthy!, 'collective_effectiveness')] },
        notes: [`detectable = ${DETECTABLE_EFFECT} (1 point of needs met); even a healthy partnership (developmental evaluation) takes ${healthy.mean.toFixed(0)} months on average [${healthy.low.toFixed(0)}, ${healthy.high.toFixed(0)}]`],
      };
    },
  },
];
