/**
 * Facts 6–8: governance mode depends on size; facilitative leadership lengthens
 * partnership life; formalisation helps up to a point. (docs/model.md §10)
 */
import { pair, pct, LEADERSHIP, type FactDefinition } from './shared';
import { check, survivalSteps } from '../checks';
import { meanInterval } from '../../run/statistics';
import type { FactRun } from '../runs';

export const GOVERNANCE_FACTS: FactDefinition[] = [
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
];
