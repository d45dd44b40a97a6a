// @vitest-environment jsdom
/**
 * A sweep file opened in the analyst's form: the form then holds the sweep the command
 * line would run (checked through the real form, on the page's own markup), and what the
 * form cannot hold is named, with nothing half-loaded.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSweepFile, bundledFromPath, type LoadedSweep } from '../../viz/app/analysis/sweepFile';
import { factorSpecs } from '../../viz/app/analysis/factors';
import { SweepForm } from '../../viz/app/analysis/sweepForm';
import { sweepFromDraft } from '../../viz/app/analysis/draft';
import { DICTIONARIES } from '../../viz/app/i18n';
import { sweepSchema } from '../../sim/sweep/schema';
import { pageBody } from './pageHtml';
import type { ScenarioIssue } from '../../sim/scenario/issues';

const specs = factorSpecs();
const governance = readFileSync('scenarios/sweeps/governance-2x2.json', 'utf8');
const defaultScenario = JSON.parse(readFileSync('scenarios/default.json', 'utf8')) as Record<string, unknown>;

function loaded(text: string): LoadedSweep {
  const read = readSweepFile(text, 'mine.json', specs);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.sweep;
}

function problems(file: unknown): unknown[] {
  const read = readSweepFile(typeof file === 'string' ? file : JSON.stringify(file), 'mine.json', specs);
  if (read.ok) throw new Error('opened');
  return read.problems;
}

describe('opening a sweep file', () => {
  let form: SweepForm;
  beforeEach(() => {
    document.body.innerHTML = pageBody();
    form = new SweepForm(document, () => {}, 2);
    form.build(DICTIONARIES.en, 'en', undefined);
  });

  /** What the form holds, as the command line's sweep object (the base scenario resolved as the page does). */
  function formSweep(baseScenario: Record<string, unknown>) {
    const base = form.baseChoice();
    const scenario = base.kind === 'file' ? base.scenario : baseScenario;
    const result = sweepFromDraft({ ...form.draft(), scenario });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return sweepSchema.parse(result.sweep);
  }

  it('fills the form with the bundled governance sweep, which is then the sweep the command line runs', () => {
    form.load(loaded(governance), 'governance-2x2.json');
    expect(form.baseChoice()).toEqual({ kind: 'bundled', id: 'default' });
    const file = sweepSchema.parse({ ...JSON.parse(governance), scenario: defaultScenario });
    const { $schema: _, ...expected } = file;
    expect(formSweep(defaultScenario)).toEqual(expected);
    expect([...document.querySelectorAll('#sweep-factors li.factor')].map((li) => (li as HTMLElement).dataset.path)).toEqual([
      'action.steward',
      'action.leadership',
    ]);
  });

  it('keeps the order of the values (the order of the settings in the results), a list of numbers, a range, and an inline scenario', () => {
    const file = {
      title: 'Mixed',
      scenario: { ticks: 48, action: { governance: 'nao' } },
      factors: { 'action.governance': ['nao', 'shared'], 'action.nao_capacity': [4, 8.5], 'behaviour.exit_rate': { from: 0.02, to: 0.1, steps: 3 } },
      replications: 7,
      seeds: { policy: 'independent', base: 40 },
      metrics: ['members', 'alive'],
      ticks: 36,
    };
    form.load(loaded(JSON.stringify(file)), 'mixed.json');
    expect(form.baseChoice()).toEqual({ kind: 'file', scenario: file.scenario });
    expect((document.querySelector('#sweep-base') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('The scenario written in mixed.json');
    expect(formSweep({})).toEqual(sweepSchema.parse(file));
  });

  it('keeps a sampling design, its size and the options the form does not show; ranges without steps; steps hidden', () => {
    const file = {
      title: 'Screening',
      scenario: '../default.json',
      design: { type: 'morris', trajectories: 12, levels: 6, seed: 9 },
      factors: { 'behaviour.exit_rate': { from: 0.02, to: 0.1 }, 'action.steward': [false, true] },
      replications: 3,
    };
    form.load(loaded(JSON.stringify(file)), 'screening.json');
    expect((document.querySelector('#sweep-design') as HTMLSelectElement).value).toBe('morris');
    expect((document.querySelector('#sweep-design-size') as HTMLInputElement).value).toBe('12');
    expect((document.querySelector('#sweep-design-size-field') as HTMLElement).hidden).toBe(false);
    expect(document.querySelector('#sweep-factors input.steps')).toBeNull();
    expect(document.querySelector('#sweep-factors .levels')?.textContent).toBe('drawn between 0.02 and 0.1');
    expect(formSweep(defaultScenario)).toEqual(sweepSchema.parse({ ...file, scenario: defaultScenario }));
    // Back to a grid: the range needs its steps again, and the design's options are dropped.
    const select = document.querySelector('#sweep-design') as HTMLSelectElement;
    select.value = 'grid';
    select.dispatchEvent(new Event('change'));
    expect(document.querySelector('#sweep-factors input.steps')).not.toBeNull();
    expect(formSweep(defaultScenario).design).toEqual({ type: 'grid' });
  });

  it('names a bundled scenario by its file name, wherever the path points', () => {
    expect(bundledFromPath('../default.json')).toBe('default');
    expect(bundledFromPath('scenarios\\leadership-rescue.json')).toBe('leadership-rescue');
    expect(bundledFromPath('/home/me/my-coalition.json')).toBeUndefined();
  });

  it('names the file’s problems as the command line does, where they stand, and opens nothing', () => {
    const document = (path: string, code: string, received: string) => ({
      kind: 'document',
      issue: expect.objectContaining({ source: 'mine.json', path, code, received }),
    });
    expect(problems('{"title": "x",')).toEqual([
      { kind: 'document', issue: expect.objectContaining({ source: 'mine.json', line: 1, expected: 'valid JSON' }) },
    ]);
    expect(problems([1, 2])).toEqual([document('', 'wrongType', 'an array of 2')]);
    expect(problems({ scenario: 'default.json', replication: 3 })).toEqual([
      {
        kind: 'document',
        issue: expect.objectContaining({ path: 'replication', code: 'unknownField', params: expect.objectContaining({ suggestion: 'replications' }) }),
      },
    ]);
    expect(problems({ factors: { ticks: 'x' } })).toEqual([
      document('scenario', 'noMatchingForm', 'nothing: the field is missing'),
      document('factors.ticks', 'noMatchingForm', '"x"'),
    ]);
    expect(problems({ scenario: 'default.json', metrics: ['members', 'happiness'], replications: '30' })).toEqual([
      document('metrics[1]', 'notOneOf', '"happiness"'),
      document('replications', 'wrongType', '"30"'),
    ]);
    // Each problem at its line, in file order.
    const lines = problems('{\n  "scenario": "default.json",\n  "replications": 0,\n  "seeds": {"policy": "random"}\n}');
    expect(lines.map((p) => (p as { issue: { path: string; line: number } }).issue)).toEqual([
      expect.objectContaining({ path: 'replications', line: 3 }),
      expect.objectContaining({ path: 'seeds.policy', line: 4 }),
    ]);
    // A factor or an inline scenario key named __proto__ would vanish into the prototype: refused where it stands.
    for (const text of ['{"scenario": "default.json", "factors": {"__proto__": [1]}}', '{"scenario": {"action": {"__proto__": {"steward": true}}}}']) {
      expect(problems(text)).toEqual([
        { kind: 'document', issue: expect.objectContaining({ received: 'the key "__proto__" is not allowed (it is reserved in JavaScript objects)' }) },
      ]);
    }
  });

  it('names what the form cannot hold in a valid sweep, and opens nothing', () => {
    expect(problems({ scenario: '/home/me/my-coalition.json', factors: {} })).toEqual([{ kind: 'scenarioPath', path: '/home/me/my-coalition.json' }]);
    expect(
      problems({
        scenario: 'default.json',
        factors: { 'action.instruments': [['pooled_fund'], []], 'action.governance': ['council'], 'action.steward': [1, 0] },
      }),
    ).toEqual([
      { kind: 'unknownFactor', path: 'action.instruments' },
      { kind: 'factorValues', path: 'action.governance' },
      { kind: 'factorValues', path: 'action.steward' },
    ]);
  });

  it('words every problem in both languages', () => {
    const [unknown] = problems({ scenario: 'default.json', replication: 3 }) as { issue: ScenarioIssue }[];
    for (const dict of Object.values(DICTIONARIES)) {
      const p = dict.analysis.fileProblems;
      for (const text of [p.scenarioPath('a.json'), p.unknownFactor('a.b'), p.factorValues('a.b')]) {
        expect(text.length).toBeGreaterThan(10);
      }
      expect(dict.formatIssue(unknown!.issue)).toMatch(/^mine\.json:1:\d+ replication ?: .*replications/);
    }
  });
});
