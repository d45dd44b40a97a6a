/**
 * Facts 9–10: a steward makes learning cumulative; linear evaluation drives early exits.
 * (docs/model.md §10)
 */
import { pair, measured, OBSERVABILITY, type FactDefinition } from './shared';
import { band, check, columnMean, reformationIndex, unpairedDifference } from '../checks';
import { meanInterval } from '../../run/statistics';
import type { FactRun } from '../runs';

export const LEARNING_FACTS: FactDefinition[] = [
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
];
