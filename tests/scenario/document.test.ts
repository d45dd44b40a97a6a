/**
 * Every document is read one way (sim/scenario/document.ts): its problems named by where it
 * was found, at their line:column (a key may hold dots, as a sweep's factors do), in file order.
 */
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../sim/scenario/document';
import { sweepSchema } from '../../sim/sweep/schema';
import { scenarioSchema } from '../../sim/scenario/schema';

const problemsOf = (result: ReturnType<typeof validateDocument>) =>
  result.ok ? [] : result.issues.map((i) => `${i.source}:${i.line}:${i.column} ${i.path} ${i.code}`);

describe('validateDocument', () => {
  it('places a problem inside a factor whose name holds dots at its own line', () => {
    const text = [
      '{',
      '  "scenario": "default.json",',
      '  "factors": {',
      '    "behaviour.exit_rate": {',
      '      "from": 0.01,',
      '      "to": 0.1,',
      '      "steps": 1',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(problemsOf(validateDocument(sweepSchema, text, { source: 's.json' }))).toEqual(['s.json:7:16 factors.behaviour.exit_rate.steps tooSmall']);
  });

  it('lists the problems in file order, each at the deepest place that exists, through arrays too', () => {
    const text = ['{', '  "ticks": 0,', '  "events": [', '    {"at": 3, "type": "storm"}', '  ],', '  "action": {"governance": "king"}', '}'].join('\n');
    expect(problemsOf(validateDocument(scenarioSchema, text, { source: 'x.json' }))).toEqual([
      'x.json:2:12 ticks tooSmall',
      'x.json:4:23 events[0].type notOneOf',
      'x.json:6:28 action.governance notOneOf',
    ]);
  });

  it('names a sweep place (per language) and keeps the value as written with the defaults filled in', () => {
    const read = validateDocument(sweepSchema, '{"scenario": {}, "replications": 3}', { place: { name: 'mine.json', scenario: true } });
    expect(read.ok && [read.raw, read.data.replications, read.data.seeds]).toEqual([{ scenario: {}, replications: 3 }, 3, { policy: 'paired', base: 1 }]);
    const bad = validateDocument(sweepSchema, '{"scenario": {}, "replication": 3}', { place: { name: 'mine.json', scenario: true } });
    expect(!bad.ok && bad.issues[0]).toMatchObject({ source: 'mine.json (scenario)', place: { name: 'mine.json', scenario: true }, path: 'replication' });
  });
});
