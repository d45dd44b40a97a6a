/**
 * The stylized facts of docs/model.md §10 (the design brief's §6), each as a reproducible experiment: the scenarios that
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

/**
 * The paired difference, seed by seed, of the mean rung of the organisations that were
 * members for at least `minMonths` in both runs (engagement probe): the same organisations
 * under two settings, so that who stays does not count as how deeply they engage.
 */
function sameOrganisations(a: FactRun[], b: FactRun[], minMonths = 12) {
  const diffs: number[] = [];
  a.forEach((runA, k) => {
    const runB = b[k]!;
    const { rungMonths: ra, months: ma } = runA.series;
    const { rungMonths: rb, months: mb } = runB.series;
    if (!ra || !ma || !rb || !mb) return;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < ma.length; i++) {
      if (ma[i]! < minMonths || mb[i]! < minMonths) continue;
      sum += rb[i]! / mb[i]! - ra[i]! / ma[i]!;
      count++;
    }
    if (count > 0) diffs.push(sum / count);
  });
  return meanInterval(diffs);
}

/** Threshold of collaborative advantage: the action lifts the population outcome by 2 points of needs met. */
export const ADVANTAGE_THRESHOLD = 0.02;
/** A population effect is "detectable" once collective effectiveness reaches 1 point of needs met. */
export const DETECTABLE_EFFECT = 0.01;

/** Sets every key of a per-rung or per-arrangement group to one value. */
const all = (prefix: string, keys: readonly string[], value: number): Record<string, number> =>
  Object.fromEntries(keys.map((key) => [`${prefix}.${key}`, value]));
const RUNGS = ['information', 'coordination', 'cooperation', 'joint_operation'] as const;

const LEADERSHIP: Mechanism = {
  id: 'leadership',
  name: 'facilitative leadership: more positive experiences (facilitation, mediation), results reported, members convened; handed on by succession',
  where: 'leadership.ts; trust.ts monthExperience; valuation.ts observability; aggregates.ts (invitations)',
  neutral: {
    'model.leadership.facilitation': 0,
    'model.leadership.mediation': 0,
    'model.leadership.observability': 0,
    'model.leadership.convening': 0,
    'model.leadership.cost': 0,
    'model.leadership.departure_trust_loss': 0,
  },
};
const OBSERVABILITY: Mechanism = {
  id: 'observability',
  name: 'members judge what is not measured and reported by their own realised, attributable results (the attribution gap)',
  where: 'valuation.ts observability, updateValuationContext',
  neutral: { 'model.evaluation.observability_base': 1 },
};
const STEWARD: Record<string, number> = {
  'model.knowledge.steward_retention': 0,
  'model.knowledge.steward_factor': 1,
  'model.evaluation.observability_steward': 0,
  'model.reform.steward_factor': 1,
};

export const FACTS: FactDefinition[] = [
  {
    id: 1,
    title: 'Trust builds slowly and breaks quickly',
    claim: 'After as many positive as negative experiences, trust ends lower than it began, and recovery after a breach takes longer than the loss.',
    source: 'Slovic (1993), trust asymmetry; Vangen & Huxham (2003), the trust-building loop',
    // Also with a facilitative leader, who gives members more positive experiences: each one still weighs less than a negative one.
    arms: { default: 'default.json', leader: 'leadership-rescue.json' },
    probe: 'trust',
    mechanisms: [
      {
        id: 'trust-asymmetry',
        name: 'asymmetric trust updating: a bad month takes a larger share than a good month gives',
        where: 'trust.ts updateTrust',
        neutral: { 'model.trust.loss': 0.12 },
      },
    ],
    evaluate(runs) {
      const change = measured(runs.default!, 'balancedTrustChange');
      const ratio = measured(runs.default!, 'recoveryRatio');
      const leaderChange = measured(runs.leader!, 'balancedTrustChange');
      const leaderRatio = measured(runs.leader!, 'recoveryRatio');
      return {
        checks: [
          check(
            "members' trust after a 6-month window with 3 good and 3 bad months, minus before (runs' means; claimed: lower by more than 0.01)",
            meanInterval(change),
            { kind: 'below', value: -0.01 },
            'trust-asymmetry',
          ),
          check(
            'good months ÷ bad months from a breach until trust is back where it was (runs’ means)',
            meanInterval(ratio),
            { kind: 'above', value: 1 },
            'trust-asymmetry',
          ),
          check(
            'the same balanced windows with a facilitative leader (leadership-rescue)',
            meanInterval(leaderChange),
            { kind: 'below', value: -0.01 },
            'trust-asymmetry',
          ),
          check(
            'the same recovery ratio with a facilitative leader (leadership-rescue)',
            meanInterval(leaderRatio),
            { kind: 'above', value: 1 },
            'trust-asymmetry',
          ),
        ],
        figure: {
          kind: 'lines',
          title: "Members' mean trust (default scenario)",
          xLabel: 'month',
          yLabel: 'trust',
          series: [band('trust_mean', runs.default!, 'trust_mean')],
        },
        notes: [
          `measured in full runs of the default scenario: ${change.length} runs with balanced windows (${runs.default!.reduce((n, r) => n + (r.measures.balancedWindows ?? 0), 0)} windows), ${ratio.length} runs with breaches (${runs.default!.reduce((n, r) => n + (r.measures.breaches ?? 0), 0)} breaches); with a leader (leadership-rescue): ${leaderChange.length} and ${leaderRatio.length} runs`,
          'a good or bad month is the experience the engine counts (trust.ts monthExperience: a visible win, or a perceived value of membership at or above 0, or within a leader’s facilitation margin); a month a leader defused counts as neither; windows and breaches with an event that moves trust directly (a leader leaving, political turnover) are left out',
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
        name: 'small wins: specific targets give results early (a shorter delay) and visibly (observability, visible wins that build trust)',
        where: 'synergy.ts resultDelay; valuation.ts observability; participation.ts (visibleWin)',
        neutral: { 'model.targets.broad_extra_delay': 0, 'model.evaluation.observability_specific': 0, 'model.trust.win_threshold': 10 },
      },
    ],
    evaluate(runs) {
      const alive = (r: FactRun) => (r.summary.survived ? 1 : 0);
      return {
        checks: [check('share alive at 10 years, specific − broad targets', pair(runs, 'broad', 'specific', alive), { kind: 'positive' }, 'small-wins')],
        figure: {
          kind: 'lines',
          title: 'Share of partnerships alive',
          xLabel: 'month',
          yLabel: 'share alive',
          series: [band('specific targets', runs.specific!, 'alive'), band('broad targets', runs.broad!, 'alive')],
        },
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
        name: 'the cost of coordinating relations and the attribution gap hold the action below advantage',
        where: 'governance.ts coordinate; valuation.ts observability',
        neutral: { 'model.coordination.relation_cost': 0, ...OBSERVABILITY.neutral },
      },
      {
        id: 'favourable',
        name: 'what favourable settings add: developmental evaluation brings results into view, a facilitative leader builds trust, a steward keeps knowledge and reports results',
        where: 'valuation.ts observability; leadership.ts; learning.ts',
        neutral: { 'model.evaluation.developmental_observability': 0, ...LEADERSHIP.neutral, ...STEWARD },
      },
    ],
    evaluate(runs) {
      const advantage = (r: FactRun) => r.columns.collective_effectiveness.at(-1)! >= ADVANTAGE_THRESHOLD;
      return {
        checks: [
          check('share reaching collaborative advantage, neutral settings', share(runs.neutral!, advantage), { kind: 'below', value: 0.5 }, 'inertia'),
          check('share reaching collaborative advantage, favourable settings', share(runs.favourable!, advantage), { kind: 'above', value: 0.5 }, 'favourable'),
        ],
        figure: {
          kind: 'lines',
          title: 'Collective effectiveness',
          xLabel: 'month',
          yLabel: 'outcome with − without the action',
          series: [band('neutral (default)', runs.neutral!, 'collective_effectiveness'), band('favourable', runs.favourable!, 'collective_effectiveness')],
        },
        notes: [
          `collaborative advantage = collective effectiveness ≥ ${ADVANTAGE_THRESHOLD} (2 points of needs met) at 10 years; favourable = developmental evaluation + facilitative leader + steward`,
        ],
      };
    },
  },
  {
    id: 4,
    title: 'Voluntary participation does not stabilise itself',
    claim:
      'With free exit and no leadership or steward, membership fluctuates and the action often dissolves; mandated participation keeps members but lowers their engagement.',
    source: 'Hauert et al. (2002), volunteering in public-goods games; Semmann et al. (2003)',
    arms: { voluntary: 'default.json', mandated: 'mandated.json' },
    probe: 'engagement',
    mechanisms: [
      {
        id: 'free-exit',
        name: 'members leave when the value they perceive falls below their outside option',
        where: 'participation.ts decideParticipation (exit)',
        neutral: { 'behaviour.exit_rate': 0 },
      },
      {
        id: 'crowding-out',
        name: 'a mandate crowds out motivation: members weigh the collective result less and gain trust more slowly',
        where: 'valuation.ts (motivation); participation.ts trustGainFactor',
        neutral: { 'model.mandate.motivation_factor': 1, 'model.mandate.trust_factor': 1 },
      },
    ],
    evaluate(runs) {
      const cv = (r: FactRun) => coefficientOfVariation(r, 'members', 12);
      return {
        checks: [
          check(
            'share of voluntary partnerships that dissolve at least once',
            share(runs.voluntary!, (r) => r.summary.dissolved),
            { kind: 'above', value: 0.2 },
            'free-exit',
          ),
          check(
            'fluctuation of membership (coefficient of variation after year 1), mandated − voluntary',
            pair(runs, 'voluntary', 'mandated', cv),
            { kind: 'negative' },
            null,
          ),
          check(
            'mean rung of the same organisations (members at least a year in both), mandated − voluntary',
            sameOrganisations(runs.voluntary!, runs.mandated!),
            { kind: 'negative' },
            'crowding-out',
          ),
        ],
        figure: {
          kind: 'lines',
          title: 'Members',
          xLabel: 'month',
          yLabel: 'members',
          series: [band('voluntary', runs.voluntary!, 'members'), band('mandated', runs.mandated!, 'members')],
        },
        notes: [
          'the fluctuation check is a context check: a mandate fixes the table (no exit, no recruitment), which no model constant switches off',
          'engagement is compared on the organisations that were members for at least 12 months under both settings (same seed), so that who stays under free exit does not count as engagement',
        ],
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
      // Relative to participation with modest options: broad targets have fewer members to lose.
      const relative = (low: FactRun[], high: FactRun[]) => {
        const base = meanInterval(low.map(participation)).mean;
        return low.map((r, k) => (participation(high[k]!) - participation(r)) / Math.max(base, 1e-9));
      };
      const interaction = pairedDifference(relative(sLow, sHigh), relative(bLow, bHigh));
      return {
        checks: [
          check('participation (share of organisations), better − modest options, specific target', specific, { kind: 'negative' }, null),
          check('participation, better − modest options, broad target', broad, { kind: 'negative' }, null),
          check(
            'how much less participation falls under the broad target, relative to its level with modest options (difference in relative changes)',
            interaction,
            { kind: 'positive' },
            'interdependence',
          ),
        ],
        figure: {
          kind: 'bars',
          title: 'Effect of better outside options on participation',
          yLabel: 'change in share of organisations',
          bars: [
            { label: 'specific target', interval: specific },
            { label: 'broad target', interval: broad },
          ],
        },
        notes: [
          `relative effect: specific ${pct(specific.mean / meanInterval(sLow.map(participation)).mean)}, broad ${pct(broad.mean / meanInterval(bLow.map(participation)).mean)} of the modest-option participation (each run's change over the arm's mean participation)`,
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
    arms: {
      'small, shared': 'validation/small-shared.json',
      'small, NAO': 'validation/small-nao.json',
      'large, shared': 'large-network-shared.json',
      'large, NAO': 'large-network-nao.json',
    },
    mechanisms: [
      {
        id: 'nao-staff',
        name: 'an NAO’s staff is a fixed cost paid from pooled resources: heavy for a small network',
        where: 'governance.ts coordinate (NAO)',
        neutral: { 'model.coordination.nao_staff_cost': 0 },
      },
      {
        id: 'relations',
        name: 'under shared governance every member keeps a relation with every other, as far as it can: the cost grows with the relations to maintain, and beyond what a member can keep up coordination degrades',
        where: 'governance.ts coordinate (shared)',
        neutral: { 'model.coordination.relation_cost': 0, 'model.coordination.relation_span': 1000 },
      },
    ],
    evaluate(runs) {
      const effect = (r: FactRun) => r.summary.cumulative_effectiveness;
      const small = pair(runs, 'small, NAO', 'small, shared', effect);
      const large = pair(runs, 'large, shared', 'large, NAO', effect);
      return {
        checks: [
          check('cumulative effectiveness, shared − NAO, 10 organisations', small, { kind: 'positive' }, 'nao-staff'),
          check('cumulative effectiveness, NAO − shared, 200 organisations', large, { kind: 'positive' }, 'relations'),
        ],
        figure: {
          kind: 'bars',
          title: 'Advantage of the better mode',
          yLabel: 'cumulative effectiveness difference',
          bars: [
            { label: 'small: shared − NAO', interval: small },
            { label: 'large: NAO − shared', interval: large },
          ],
        },
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
          check(
            'share never dissolved in 10 years, leader − no leader',
            pair(runs, 'no leader', 'facilitative leader', intact),
            { kind: 'positive' },
            'leadership',
          ),
          check(
            'lifetime (months), leader − no leader',
            pair(runs, 'no leader', 'facilitative leader', (r) => r.summary.lifetime),
            { kind: 'positive' },
            'leadership',
          ),
        ],
        figure: {
          kind: 'steps',
          title: 'Survival of the partnership (Kaplan–Meier)',
          xLabel: 'month',
          yLabel: 'share not yet dissolved',
          series: [survivalSteps('no leader', runs['no leader']!), survivalSteps('facilitative leader', runs['facilitative leader']!)],
        },
        notes: [
          `never dissolved in 10 years: ${pct(meanInterval(runs['no leader']!.map(intact)).mean)} without a leader, ${pct(meanInterval(runs['facilitative leader']!.map(intact)).mean)} with one`,
        ],
      };
    },
  },
  {
    id: 8,
    title: 'Formalisation helps up to a point',
    claim: 'Moderate formality gives the longest life; heavy formality lowers organisational efficiency.',
    source: 'Provan & Kenis (2008); Thomson & Perry (2006), administration dimension',
    arms: {
      informal: 'validation/formality-informal.json',
      agreement: 'validation/formality-agreement.json',
      committee: 'validation/formality-committee.json',
      'joint body': 'validation/formality-joint-body.json',
    },
    mechanisms: [
      {
        id: 'formality-exit',
        name: 'formality raises the cost of exit and steadies perception, in proportion to the level of formality',
        where: 'participation.ts decideParticipation (exitBase); perception.ts perceptionSettings',
        neutral: { 'model.formality.exit_cost': 0, 'model.formality.steadiness': 0 },
      },
      {
        id: 'formality-overhead',
        name: 'formality costs every member overhead, disproportionately more at the top (boards, reporting)',
        where: 'valuation.ts participationOverhead',
        neutral: { 'model.formality.overhead': 0 },
      },
    ],
    evaluate(runs) {
      const life = (r: FactRun) => r.summary.lifetime;
      return {
        checks: [
          check('lifetime, steering committee − informal network', pair(runs, 'informal', 'committee', life), { kind: 'positive' }, 'formality-exit'),
          check('lifetime, steering committee − joint body', pair(runs, 'joint body', 'committee', life), { kind: 'positive' }, 'formality-overhead'),
          check(
            "members' efficiency, joint body − steering committee",
            pair(runs, 'committee', 'joint body', (r) => r.summary.mean_efficiency_members),
            { kind: 'negative' },
            'formality-overhead',
          ),
        ],
        figure: {
          kind: 'bars',
          title: 'Partnership lifetime by formality',
          yLabel: 'months until first dissolution',
          bars: Object.keys(runs).map((label) => ({ label, interval: meanInterval(runs[label]!.map(life)) })),
        },
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
    probe: 'reformation',
    mechanisms: [
      {
        id: 'steward-retention',
        name: 'a steward keeps the knowledge through departures and dissolution, and learns faster',
        where:
          'learning.ts growKnowledge, knowledgeAfterDepartures, knowledgeAfterDissolution; what kept knowledge does: membership.ts join (trust head start), participation.ts (climb boost)',
        neutral: { 'model.knowledge.steward_retention': 0, 'model.knowledge.steward_factor': 1 },
      },
    ],
    evaluate(runs) {
      // The first year of a re-formed partnership.
      const afterReform = (list: FactRun[], column: 'trust_mean' | 'engagement_mean' | 'knowledge_stock') =>
        list.flatMap((r) => {
          const t = reformationIndex(r);
          return t >= 0 && t + 12 <= r.columns.tick.length ? [columnMean(r, column, t, t + 12)] : [];
        });
      // Knowledge still there while the action is dissolved, in the 12 months after its first dissolution.
      const keptAfterDissolution = (list: FactRun[]) =>
        list.flatMap((r) => {
          const t = r.columns.alive.indexOf(0);
          if (t <= 0) return [];
          let sum = 0;
          let months = 0;
          for (let k = t; k < Math.min(t + 12, r.columns.tick.length); k++) {
            if (r.columns.alive[k]) continue;
            sum += r.columns.knowledge_stock[k]!;
            months++;
          }
          return months > 0 ? [sum / months] : [];
        });
      const without = afterReform(runs['no steward']!, 'knowledge_stock');
      const withSteward = afterReform(runs.steward!, 'knowledge_stock');
      // Starting faster, on behaviour: the same re-formed partnership with and without the knowledge kept (reformation probe).
      const gain = (arm: string, name: string) => meanInterval(measured(runs[arm]!, name));
      const interval = (x: { mean: number; low: number; high: number }) => `${x.mean.toFixed(3)} [${x.low.toFixed(3)}, ${x.high.toFixed(3)}]`;
      return {
        checks: [
          check(
            'knowledge stock while dissolved, in the year after the first dissolution, steward − none (runs that dissolved)',
            unpairedDifference(keptAfterDissolution(runs['no steward']!), keptAfterDissolution(runs.steward!)),
            { kind: 'positive' },
            'steward-retention',
          ),
          check(
            'knowledge the re-formed partnership works with in its first year, steward − none (runs that re-formed)',
            unpairedDifference(without, withSteward),
            { kind: 'positive' },
            'steward-retention',
          ),
          check(
            "members' trust in a re-formed partnership's first year, with the knowledge the steward kept − with it removed (same run, same draws; runs with a steward that re-formed)",
            gain('steward', 'trustGain'),
            { kind: 'positive' },
            'steward-retention',
          ),
        ],
        figure: {
          kind: 'lines',
          title: 'Knowledge stock under high turnover',
          xLabel: 'month',
          yLabel: 'knowledge stock',
          series: [band('no steward', runs['no steward']!, 'knowledge_stock'), band('steward', runs.steward!, 'knowledge_stock')],
        },
        notes: [
          `runs that dissolved and re-formed with a year left: ${without.length} without a steward, ${withSteward.length} with one`,
          `a re-formed partnership starts from the knowledge kept (lower coordination cost, more output, easier climbing, a head start in trust); in its first year, kept − removed, with a steward: members' mean rung ${interval(gain('steward', 'engagementGain'))}, members ${interval(gain('steward', 'membersGain'))} (smaller and less certain than trust: little is learnt before a dissolution); without a steward (nothing is kept): trust ${interval(gain('no steward', 'trustGain'))}`,
        ],
      };
    },
  },
  {
    id: 10,
    title: 'Linear evaluation drives early exits',
    claim: 'Compared with developmental evaluation, linear evaluation lowers survival and the long-run population outcome.',
    source: 'Patton (2011), developmental evaluation; Divay (2014), the managerial stake',
    arms: { linear: 'evaluation-linear.json', developmental: 'evaluation-developmental.json' },
    mechanisms: [OBSERVABILITY],
    evaluate(runs) {
      return {
        checks: [
          check(
            'share alive at 10 years, linear − developmental',
            pair(runs, 'developmental', 'linear', (r) => (r.summary.survived ? 1 : 0)),
            { kind: 'negative' },
            'observability',
          ),
          check(
            'final population outcome, linear − developmental',
            pair(runs, 'developmental', 'linear', (r) => r.summary.final_population_outcome),
            { kind: 'negative' },
            'observability',
          ),
        ],
        figure: {
          kind: 'lines',
          title: 'Population outcome',
          xLabel: 'month',
          yLabel: 'share of needs met',
          series: [band('linear', runs.linear!, 'population_outcome'), band('developmental', runs.developmental!, 'population_outcome')],
        },
        notes: [],
      };
    },
  },
  {
    id: 11,
    title: 'Investor mentality shows a J-curve',
    claim:
      'Investor mentality gives lower efficiency early and higher collective effectiveness later than manager mentality; the investors’ own efficiency follows a J-curve, below the managers’ early and above it later.',
    source: 'Divay (2014), cultural prerequisites: an investor mentality',
    arms: { manager: 'mentality-manager.json', investor: 'mentality-investor.json' },
    mechanisms: [
      {
        id: 'horizon',
        name: 'a longer horizon counts more of the returns not yet seen (the potential return, the capacity deep work will build), so investors engage deeply sooner',
        where: 'init.ts setProfile (expectedWeight); valuation.ts membershipValue',
        neutral: { 'model.valuation.horizon_half_weight': 100_000 },
      },
      {
        id: 'capacity',
        name: 'deep engagement builds the organisation’s own capacity, which pays back in its own efficiency later',
        where: 'capacity.ts updateCapacity; efficiency.ts',
        neutral: { 'model.capacity.growth': 0 },
      },
    ],
    evaluate(runs) {
      const efficiency = (from: number, to: number) => (r: FactRun) => columnMean(r, 'organisational_efficiency', from, to);
      return {
        checks: [
          check(
            'organisational efficiency in years 1–2, investor − manager',
            pair(runs, 'manager', 'investor', efficiency(0, 24)),
            { kind: 'negative' },
            'horizon',
          ),
          check(
            'organisational efficiency in years 9–10, investor − manager',
            pair(runs, 'manager', 'investor', efficiency(96, 120)),
            { kind: 'positive' },
            'capacity',
          ),
          check(
            'collective effectiveness in years 9–10, investor − manager',
            pair(runs, 'manager', 'investor', (r) => columnMean(r, 'collective_effectiveness', 96, 120)),
            { kind: 'positive' },
            'horizon',
          ),
        ],
        figure: {
          kind: 'lines',
          title: 'Organisational efficiency',
          xLabel: 'month',
          yLabel: 'own output per cost (1 = alone)',
          series: [band('manager', runs.manager!, 'organisational_efficiency'), band('investor', runs.investor!, 'organisational_efficiency')],
        },
        notes: [
          'organisational efficiency is the mean over all active organisations of their own efficiency (members and non-members: capacity stays with an organisation that leaves)',
        ],
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
      // The build-up: the first five years, while members deepen their engagement.
      // Members' efficiency is averaged over the months with members (a month without any records 0).
      const withMembers = (r: FactRun, from: number, to: number) => {
        let sum = 0;
        let months = 0;
        for (let k = from; k < to; k++) {
          if (r.columns.members[k]! <= 0) continue;
          sum += r.columns.efficiency_members[k]!;
          months++;
        }
        return months > 0 ? sum / months : NaN;
      };
      // The build-up: year 3 against year 1, while members deepen their engagement.
      const efficiencyChange = (list: FactRun[]) => list.map((r) => withMembers(r, 24, 36) - withMembers(r, 0, 12)).filter((x) => Number.isFinite(x));
      const change = (r: FactRun, c: 'collective_effectiveness') => columnMean(r, c, 24, 36) - columnMean(r, c, 0, 12);
      const whole = correlation(
        runs.default!.map((r) => r.summary.mean_efficiency_members),
        runs.default!.map((r) => r.summary.cumulative_effectiveness),
      );
      return {
        checks: [
          check(
            "members' efficiency, year 3 − year 1 (healthy partnership; months with members)",
            meanInterval(efficiencyChange(runs.healthy!)),
            { kind: 'negative' },
            'rung-costs',
          ),
          check(
            'collective effectiveness, year 3 − year 1 (healthy partnership)',
            meanInterval(runs.healthy!.map((r) => change(r, 'collective_effectiveness'))),
            { kind: 'positive' },
            null,
          ),
          check("correlation across default runs of members' efficiency and cumulative effectiveness", whole, { kind: 'within', low: -0.3, high: 0.3 }, null),
        ],
        figure: {
          kind: 'lines',
          title: "Members' efficiency (healthy partnership)",
          xLabel: 'month',
          yLabel: 'own output per cost (1 = alone)',
          series: [band("members' efficiency", runs.healthy!, 'efficiency_members')],
        },
        notes: [
          'weak = the 95% interval of Pearson r lies within (−0.3, 0.3); the rise of effectiveness and the weak correlation are context checks',
          'the fall is measured over the build-up (year 1 against year 3, while members deepen their engagement); members who engage deeply recoup their costs through capacity later (fact 11), so their efficiency then rises again: a J-curve',
        ],
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
        name: 'results reach the population late: after the delay of results, and through an outcome that moves slowly (a stock that recovers toward its baseline)',
        where: 'population.ts advanceResultPipeline, updatePopulation',
        // No delay, and the population ten times quicker to respond with the same long-run effect (recovery × 10, impact × 10).
        neutral: { 'model.targets.specific_delay': 1, 'model.targets.broad_extra_delay': 0, 'territory.population_recovery': 0.2, 'territory.impact': 10 },
      },
    ],
    evaluate(runs) {
      const firstDetectable = (r: FactRun) => r.columns.collective_effectiveness.findIndex((x) => x >= DETECTABLE_EFFECT) + 1;
      const reached = (list: FactRun[]) => list.map(firstDetectable).filter((month) => month > 0);
      const defaultMonths = reached(runs.default!);
      const healthy = meanInterval(reached(runs.healthy!));
      const everDetectable = share(runs.default!, (r) => firstDetectable(r) > 0);
      return {
        checks: [
          check(
            'share of default runs in which collective effectiveness ever reaches 0.01 within 10 years',
            everDetectable,
            { kind: 'above', value: 0.2 },
            null,
          ),
          check(
            'months until collective effectiveness first reaches 0.01, default runs that reach it',
            meanInterval(defaultMonths),
            { kind: 'above', value: 48 },
            'result-delay',
          ),
        ],
        figure: {
          kind: 'lines',
          title: 'Collective effectiveness',
          xLabel: 'month',
          yLabel: 'outcome with − without the action',
          series: [
            band('default', runs.default!, 'collective_effectiveness'),
            band('healthy (developmental evaluation)', runs.healthy!, 'collective_effectiveness'),
          ],
        },
        notes: [
          `detectable = ${DETECTABLE_EFFECT} (1 point of needs met); a healthy partnership (developmental evaluation) that reaches it takes ${healthy.mean.toFixed(0)} months on average [${healthy.low.toFixed(0)}, ${healthy.high.toFixed(0)}]`,
          'the first check is context: the lag is measured only if effects are detected at all',
        ],
      };
    },
  },
];
