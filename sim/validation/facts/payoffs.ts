/**
 * Facts 11–13: investor mentality shows a J-curve; levels diverge; population effects lag.
 * (docs/model.md §10)
 */
import { pair, share, DETECTABLE_EFFECT, all, RUNGS, type FactDefinition } from './shared';
import { band, check, columnMean, correlation } from '../checks';
import { meanInterval } from '../../run/statistics';
import type { FactRun } from '../runs';

export const PAYOFF_FACTS: FactDefinition[] = [
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
