// @vitest-environment jsdom
/** The settings form comes from the scenario's JSON Schema, in both languages, and reports values as the scenario wants them. */
import { describe, expect, it } from 'vitest';
import { SettingsForm } from '../../viz/app/settings';
import { settingName, settingSpecs } from '../../viz/app/settingSpecs';
import { modelConstantList } from '../../sim/scenario/modelConstants';
import { SETTING_PATHS } from '../../viz/app/setup';
import { DICTIONARIES } from '../../viz/app/i18n';
import { createEngineApi } from '../../sim/worker/api';

const defaults = () => {
  const result = createEngineApi().check({ kind: 'object', value: {} });
  if (!result.ok) throw new Error('defaults invalid');
  return result.scenario;
};

describe('settings form', () => {
  it('has a control for every setting, of the kind its schema calls for', () => {
    const specs = Object.fromEntries(settingSpecs().map((spec) => [spec.path, spec]));
    expect(Object.keys(specs)).toEqual([...SETTING_PATHS, ...modelConstantList().map((c) => `model.${c.path}`)]);
    expect(specs['model.trust.gain']!.control).toEqual({ kind: 'number', integer: false, nullable: false, min: 0, max: 5 });
    expect(specs['model.trust.gain']!.group).toBe('trust');
    expect(specs['model.reform.founders']!.control).toMatchObject({ kind: 'number', integer: true });
    expect(specs['model.trust.gain']!.description.fr).toMatch(/confiance/);
    expect(specs['action.governance']!.control).toEqual({ kind: 'enum', values: ['shared', 'lead', 'nao'] });
    expect(specs['action.steward']!.control).toEqual({ kind: 'boolean' });
    expect(specs['action.funding.ends_at']!.control).toEqual({ kind: 'number', integer: true, nullable: true, min: 1, max: 1e6 });
    expect(specs['action.target_specificity']!.control).toEqual({ kind: 'number', integer: false, nullable: false, min: 0, max: 1 });
    expect(specs['action.instruments']!.control).toEqual({ kind: 'enumList', values: ['pooled_fund', 'shared_data', 'joint_planning', 'co_location'] });
    expect(specs.ticks!.unit).toBe('months');
    expect(specs['action.governance']!.description.fr).toMatch(/^Mode de gouvernance/);
  });

  it('names every setting and every choice in both languages', () => {
    for (const spec of settingSpecs()) {
      for (const dict of Object.values(DICTIONARIES)) {
        expect(settingName(dict, spec.path), spec.path).toBeTruthy();
        if (!spec.group) expect((dict.settingLabels as Record<string, string>)[spec.path], spec.path).toBeTruthy();
        if (spec.control.kind === 'enum' || spec.control.kind === 'enumList')
          for (const value of spec.control.values) expect(dict.enumLabels[value], value).toBeTruthy();
        if (spec.unit) expect(dict.units[spec.unit], spec.unit).toBeTruthy();
      }
    }
  });

  it('builds labelled controls showing the scenario’s values, and reports changes as scenario values', () => {
    const changes: unknown[][] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const form = new SettingsForm(document, container, (run, path, value) => changes.push([run, path, value]));
    form.build(DICTIONARIES.fr, 'fr');
    const scenario = defaults();
    form.setValues(scenario, null);

    const governance = document.getElementById('setting-A-action-governance') as HTMLSelectElement;
    expect(governance.labels[0]?.textContent).toBe('Gouvernance');
    expect(document.getElementById(governance.getAttribute('aria-describedby')!)?.textContent).toMatch(/^Qui coordonne/);
    expect(governance.value).toBe('shared');
    expect([...governance.options].map((o) => o.textContent)).toEqual(['Partagée', 'Organisation pilote', 'Organisation administrative de réseau (OAR)']);
    expect(document.getElementById('setting-B-action-governance')?.getAttribute('aria-label')).toBe('Simulation B : Gouvernance');

    governance.value = 'nao';
    governance.dispatchEvent(new Event('change'));
    const endsAt = document.getElementById('setting-B-action-funding-ends_at') as HTMLInputElement;
    expect(endsAt.value).toBe('');
    endsAt.value = '36';
    endsAt.dispatchEvent(new Event('change'));
    endsAt.value = '';
    endsAt.dispatchEvent(new Event('change'));
    const pooled = document.querySelector<HTMLInputElement>('#setting-A-action-instruments input[value="pooled_fund"]')!;
    pooled.checked = true;
    pooled.dispatchEvent(new Event('change'));
    const ticks = document.getElementById('setting-A-ticks') as HTMLInputElement;
    ticks.value = '';
    ticks.dispatchEvent(new Event('change'));
    // Not a usable value: said under the field, by its label; nothing is reported as a change.
    expect(ticks.value).toBe('');
    expect(document.getElementById('setting-A-ticks-problem')?.textContent).toMatch(/^Horizon : attendu un nombre, reçu rien\./);
    expect(ticks.getAttribute('aria-invalid')).toBe('true');
    expect(changes).toEqual([
      ['A', 'action.governance', 'nao'],
      ['B', 'action.funding.ends_at', 36],
      ['B', 'action.funding.ends_at', null],
      ['A', 'action.instruments', ['pooled_fund']],
    ]);
  });

  it('marks the settings in which run B differs', () => {
    const container = document.createElement('div');
    const form = new SettingsForm(document, container, () => {});
    document.body.append(container);
    form.build(DICTIONARIES.en, 'en');
    const a = defaults();
    const b = { ...a, action: { ...a.action, leadership: 'facilitative' as const } };
    form.setValues(a, b);
    expect([...container.querySelectorAll('.differs')].map((row) => (row as HTMLElement).dataset.path)).toEqual(['action.leadership']);
    expect((document.getElementById('setting-B-action-leadership') as HTMLSelectElement).value).toBe('facilitative');
  });
});
