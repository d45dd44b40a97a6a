/**
 * Facts 1–3: trust builds slowly and breaks quickly; small wins; collaborative inertia is
 * the common outcome. (docs/model.md §10)
 */
import { pair, share, pct, measured, ADVANTAGE_THRESHOLD, LEADERSHIP, OBSERVABILITY, STEWARD, type FactDefinition } from './shared';
import { band, check } from '../checks';
import { meanInterval } from '../../run/statistics';
import type { FactRun } from '../runs';

export const TRUST_AND_INERTIA_FACTS: FactDefinition[] = [
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
];
