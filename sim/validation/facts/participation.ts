/**
 * Facts 4–5: voluntary participation does not stabilise itself; outside options.
 * (docs/model.md §10)
 */
import { DEFAULT_ORGANISATIONS, pair, share, pct, sameOrganisations, type FactDefinition } from './shared';
import { band, check, coefficientOfVariation } from '../checks';
import { meanInterval } from '../../run/statistics';
import { pairedDifference } from '../../run/statistics';
import type { FactRun } from '../runs';

export const PARTICIPATION_FACTS: FactDefinition[] = [
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
];
