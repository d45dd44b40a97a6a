/**
 * The settings form, generated from the scenario's JSON Schema (settingSpecs.ts): one row
 * per setting, its label a short name from the dictionary and the hint under it the
 * schema's description (or its `fr`); each control is built by settingControls.ts.
 *
 * In compare mode each setting has a second control, for run B.
 *
 * The model's constants (`model.*`) follow in a collapsed "advanced" part, one group per
 * submodel, named by their path within the group, with the schema's description.
 */
import type { Dictionary, Language } from './i18n';
import { valueAt, type SettingPath } from './setup';
import { MODEL_GROUPS } from './modelSettings';
import { sameValue, settingName, settingSpecs, type Run, type SettingSpec } from './settingSpecs';
import { controlCell, domId } from './settingControls';

export class SettingsForm {
  readonly specs = settingSpecs();
  private values: Record<Run, unknown> = { A: undefined, B: undefined };

  constructor(
    private doc: Document,
    private container: HTMLElement,
    private onChange: (run: Run, path: SettingPath, value: unknown) => void,
  ) {}

  /** (Re)builds the controls in a language; values are restored from the last `setValues`. */
  build(dict: Dictionary, lang: Language): void {
    const doc = this.doc;
    const head = doc.createElement('div');
    head.className = 'setting-row setting-head';
    head.setAttribute('aria-hidden', 'true');
    for (const [text, className] of [
      [dict.setting, ''],
      [dict.runA, 'run-a'],
      [dict.runB, 'run-b'],
    ] as const) {
      const cell = doc.createElement('span');
      cell.textContent = text;
      if (className) cell.className = className;
      head.append(cell);
    }
    const rows = this.specs.filter((spec) => !spec.group).map((spec) => this.row(spec, dict, lang));
    this.container.replaceChildren(head, ...rows, this.advanced(dict, lang));
    this.setValues(this.values.A, this.values.B);
  }

  /** The model's constants, collapsed, by submodel; it keeps its open state across rebuilds (language changes). */
  private advanced(dict: Dictionary, lang: Language): HTMLElement {
    const doc = this.doc;
    const details = doc.createElement('details');
    details.className = 'advanced-settings';
    details.id = 'advanced-settings';
    details.open = this.advancedOpen;
    details.addEventListener('toggle', () => (this.advancedOpen = details.open));
    const summary = doc.createElement('summary');
    summary.textContent = dict.advancedSettings;
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.textContent = dict.advancedSettingsHint;
    details.append(summary, hint);
    for (const group of MODEL_GROUPS) {
      const specs = this.specs.filter((spec) => spec.group === group.key);
      if (specs.length === 0) continue;
      const section = doc.createElement('div');
      section.className = 'settings-group';
      section.setAttribute('role', 'group');
      const heading = doc.createElement('h3');
      heading.id = `settings-group-${group.key}`;
      heading.textContent = `${group.key} — ${group.description[lang]}`;
      section.setAttribute('aria-labelledby', heading.id);
      section.append(heading, ...specs.map((spec) => this.row(spec, dict, lang)));
      details.append(section);
    }
    return details;
  }

  private advancedOpen = false;

  private row(spec: SettingSpec, dict: Dictionary, lang: Language): HTMLElement {
    const doc = this.doc;
    const row = doc.createElement('div');
    row.className = 'setting-row';
    row.dataset.path = spec.path;
    const name = settingName(dict, spec.path);
    const hintId = `${domId('A', spec.path)}-hint`;
    const labelId = `${domId('A', spec.path)}-label`;
    const label = doc.createElement(spec.control.kind === 'enumList' ? 'span' : 'label');
    label.className = 'setting-label';
    label.id = labelId;
    label.textContent = name;
    if (label instanceof HTMLLabelElement) label.htmlFor = domId('A', spec.path);
    const hint = doc.createElement('p');
    hint.className = 'setting-hint';
    hint.id = hintId;
    const unit = spec.unit ? ` (${dict.units[spec.unit] ?? spec.unit})` : '';
    // The main settings have the page's own words (the schema's speak of the file: null, organisations.list).
    hint.textContent = (dict.settingHints[spec.path] ?? spec.description[lang]) + unit;
    row.append(label, this.control(spec, 'A', name, labelId, hintId, dict), this.control(spec, 'B', dict.runBLabel(name), labelId, hintId, dict), hint);
    return row;
  }

  /** A control of one run that reports its value, or says under the field that nothing usable was typed. */
  private control(spec: SettingSpec, run: Run, name: string, labelId: string, hintId: string, dict: Dictionary): HTMLElement {
    return controlCell(this.doc, spec, { run, name, labelId, hintId }, dict, () => {
      const value = this.read(spec, run);
      if (value !== undefined) this.onChange(run, spec.path, value);
      else {
        // Nothing usable typed (an empty or malformed number): said under the field, the run unchanged.
        this.setValues(this.values.A, this.values.B);
        this.refuse(run, spec.path, null, [dict.numberExpected], dict);
      }
    });
  }

  /** The control's value as the scenario wants it, or undefined when it is not a usable value. */
  private read(spec: SettingSpec, run: Run): unknown {
    const el = this.doc.getElementById(domId(run, spec.path));
    if (!el) return undefined;
    const c = spec.control;
    if (c.kind === 'enumList') return c.values.filter((value) => el.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.checked);
    if (el instanceof HTMLSelectElement) return el.value;
    if (!(el instanceof HTMLInputElement)) return undefined;
    if (c.kind === 'boolean') return el.checked;
    if (el.value.trim() === '') return c.kind === 'number' && c.nullable ? null : undefined;
    const value = Number(el.value);
    // Out-of-range numbers go through: the engine's validation names the problem and its path.
    return Number.isFinite(value) ? value : undefined;
  }

  /**
   * A value the scenario refused: the field keeps what was typed, marked invalid, and the
   * problems are written under it, named by the field's label (the next accepted change, or
   * a new run, clears them).
   */
  refuse(run: Run, path: SettingPath, typed: unknown, problems: readonly string[], dict: Dictionary): void {
    const spec = this.specs.find((s) => s.path === path);
    const el = this.doc.getElementById(domId(run, path));
    if (!spec || !el) return;
    if (typed !== null) this.write(spec, run, typed);
    else if (el instanceof HTMLInputElement) el.value = '';
    el.setAttribute('aria-invalid', 'true');
    const id = `${domId(run, path)}-problem`;
    const message = this.doc.createElement('p');
    message.className = 'setting-problem';
    message.id = id;
    message.setAttribute('role', 'alert');
    message.textContent = problems.map((problem) => dict.settingRefused(settingName(dict, path), problem)).join(' ');
    el.setAttribute('aria-errormessage', id);
    el.closest('.setting-row')?.append(message);
  }

  private clearProblems(): void {
    for (const message of this.container.querySelectorAll('.setting-problem')) message.remove();
    for (const el of this.container.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-errormessage');
    }
  }

  /** Shows the values of run A's and run B's scenarios (validated, so every field is there). */
  setValues(a: unknown, b: unknown): void {
    this.clearProblems();
    this.values = { A: a, B: b };
    for (const spec of this.specs) {
      for (const run of ['A', 'B'] as const) {
        const scenario = run === 'A' ? a : (b ?? a);
        if (scenario === undefined) continue;
        this.write(spec, run, valueAt(scenario, spec.path));
      }
      const row = this.container.querySelector<HTMLElement>(`[data-path="${spec.path}"]`);
      row?.classList.toggle('differs', b !== undefined && b !== null && !sameValue(valueAt(a, spec.path), valueAt(b, spec.path)));
    }
  }

  private write(spec: SettingSpec, run: Run, value: unknown): void {
    const el = this.doc.getElementById(domId(run, spec.path));
    if (!el) return;
    if (spec.control.kind === 'enumList') {
      const chosen = Array.isArray(value) ? value : [];
      for (const box of el.querySelectorAll<HTMLInputElement>('input')) box.checked = chosen.includes(box.value);
    } else if (el instanceof HTMLSelectElement) el.value = String(value);
    else if (el instanceof HTMLInputElement) {
      if (spec.control.kind === 'boolean') el.checked = value === true;
      else el.value = value === null || value === undefined ? '' : String(value);
      const slider = this.doc.getElementById(`${el.id}-slider`);
      if (slider instanceof HTMLInputElement && typeof value === 'number') slider.value = String(value);
    }
  }
}
