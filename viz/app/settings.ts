/**
 * The settings form, generated from the scenario's JSON Schema (the committed
 * scenarios/scenario.schema.json, so zod stays out of the page's bundle): a select for
 * each enum, a checkbox for each boolean, a number field with the schema's bounds for each
 * number, a group of checkboxes for a list of enum values. Labels are short names from
 * the dictionary; the hint under each is the schema's description (or its `fr`).
 *
 * In compare mode each setting has a second control, for run B.
 *
 * The model's constants (`model.*`) follow in a collapsed "advanced" part, one group per
 * submodel, named by their path within the group, with the schema's description.
 */
import schemaJson from '../../scenarios/scenario.schema.json';
import type { Dictionary, Language } from './i18n';
import { SETTING_PATHS, valueAt, type SettingPath } from './setup';
import { MODEL_GROUPS, MODEL_SETTING_PATHS, isModelSettingPath, modelGroupOf, modelSettingName } from './modelSettings';

export type Run = 'A' | 'B';

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  description?: string;
  fr?: string;
  unit?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

export type Control =
  | { kind: 'enum'; values: string[] }
  | { kind: 'boolean' }
  | { kind: 'number'; integer: boolean; nullable: boolean; min?: number; max?: number }
  | { kind: 'enumList'; values: string[] };

export interface SettingSpec {
  path: SettingPath;
  /** For a model constant: its submodel group (the advanced part). */
  group?: string;
  control: Control;
  description: { en: string; fr: string };
  unit?: string;
}

/** The schema node at a dotted path. */
export function schemaNode(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/** What control a schema node calls for. */
export function controlFor(node: SchemaNode): Control | undefined {
  const nonNull = node.anyOf?.filter((option) => option.type !== 'null');
  const nullable = node.anyOf !== undefined && nonNull!.length < node.anyOf.length;
  const base = nonNull && nonNull.length === 1 ? nonNull[0]! : node;
  if (base.enum && base.type === 'string') return { kind: 'enum', values: base.enum.map(String) };
  if (base.type === 'boolean') return { kind: 'boolean' };
  if (base.type === 'integer' || base.type === 'number') {
    const min = base.minimum ?? base.exclusiveMinimum;
    return {
      kind: 'number',
      integer: base.type === 'integer',
      nullable,
      ...(min !== undefined ? { min } : {}),
      ...(base.maximum !== undefined ? { max: base.maximum } : {}),
    };
  }
  if (base.type === 'array' && base.items?.enum) return { kind: 'enumList', values: base.items.enum.map(String) };
  return undefined;
}

export function settingSpecs(root: SchemaNode = schemaJson as SchemaNode): SettingSpec[] {
  return [...SETTING_PATHS, ...MODEL_SETTING_PATHS].flatMap((path: SettingPath) => {
    const node = schemaNode(root, path);
    const control = node && controlFor(node);
    if (!node || !control) return [];
    const spec: SettingSpec = { path, control, description: { en: node.description ?? '', fr: node.fr ?? node.description ?? '' } };
    if (node.unit) spec.unit = node.unit;
    if (isModelSettingPath(path)) spec.group = modelGroupOf(path);
    return [spec];
  });
}

/** The name a setting goes by on the page. */
export function settingName(dict: Dictionary, path: SettingPath): string {
  if (isModelSettingPath(path)) return modelSettingName(path);
  return (dict.settingLabels as Record<string, string>)[path] ?? path;
}

/** A range a drag can pick from: the schema's own when short, else the range classes use (typed entry keeps the schema's bounds). */
const MAX_SLIDER_RANGE = 500;
const PRACTICAL_RANGES: Partial<Record<string, readonly [number, number]>> = {
  ticks: [12, 600],
  'action.nao_capacity': [1, 500],
  'action.initial_members': [2, 200],
  'organisations.count.E': [0, 500],
  'organisations.count.P': [0, 500],
  'organisations.count.T': [0, 500],
};

function sliderRange(spec: SettingSpec): readonly [number, number] | undefined {
  const c = spec.control;
  if (c.kind !== 'number' || spec.group || c.nullable || c.min === undefined || c.max === undefined) return undefined;
  return c.max - c.min <= MAX_SLIDER_RANGE ? [c.min, c.max] : PRACTICAL_RANGES[spec.path];
}

const domId = (run: Run, path: string) => `setting-${run}-${path.replaceAll('.', '-')}`;

/** Values compare as JSON (arrays of instruments, nulls). */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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

  private control(spec: SettingSpec, run: Run, name: string, labelId: string, hintId: string, dict: Dictionary): HTMLElement {
    const doc = this.doc;
    const cell = doc.createElement('div');
    cell.className = `setting-control run-${run.toLowerCase()}`;
    cell.dataset.run = run;
    const id = domId(run, spec.path);
    const emit = () => {
      const value = this.read(spec, run);
      if (value !== undefined) this.onChange(run, spec.path, value);
      else {
        // Nothing usable typed (an empty or malformed number): said under the field, the run unchanged.
        this.setValues(this.values.A, this.values.B);
        this.refuse(run, spec.path, null, [dict.numberExpected], dict);
      }
    };
    const c = spec.control;
    if (c.kind === 'enumList') {
      const group = doc.createElement('div');
      group.id = id;
      group.setAttribute('role', 'group');
      if (run === 'A') group.setAttribute('aria-labelledby', labelId);
      else group.setAttribute('aria-label', name);
      group.setAttribute('aria-describedby', hintId);
      for (const value of c.values) {
        const option = doc.createElement('label');
        option.className = 'check';
        const box = doc.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.addEventListener('change', emit);
        option.append(box, ` ${dict.enumLabels[value] ?? value}`);
        group.append(option);
      }
      cell.append(group);
      return cell;
    }
    let input: HTMLInputElement | HTMLSelectElement;
    if (c.kind === 'enum') {
      input = doc.createElement('select');
      for (const value of c.values) {
        const option = doc.createElement('option');
        option.value = value;
        option.textContent = dict.enumLabels[value] ?? value;
        input.append(option);
      }
    } else {
      input = doc.createElement('input');
      if (c.kind === 'boolean') input.type = 'checkbox';
      else {
        input.type = 'number';
        input.inputMode = c.integer ? 'numeric' : 'decimal';
        input.step = c.integer ? '1' : 'any';
        if (c.min !== undefined) input.min = String(c.min);
        if (c.max !== undefined) input.max = String(c.max);
        if (c.nullable) input.placeholder = dict.never;
      }
    }
    input.id = id;
    if (run === 'B') input.setAttribute('aria-label', name);
    input.setAttribute('aria-describedby', hintId);
    input.addEventListener('change', emit);
    cell.append(input);
    // A slider beside the typed entry for the main settings with a short range (a projected class drags it).
    const range = sliderRange(spec);
    if (c.kind === 'number' && range) {
      const typed = input as HTMLInputElement;
      const slider = doc.createElement('input');
      slider.type = 'range';
      slider.id = `${id}-slider`;
      slider.className = 'setting-slider';
      slider.min = String(range[0]);
      slider.max = String(range[1]);
      slider.step = c.integer ? '1' : String((range[1] - range[0]) / 100);
      slider.setAttribute('aria-label', `${name} (${dict.slider})`);
      slider.setAttribute('aria-describedby', hintId);
      slider.addEventListener('input', () => (typed.value = slider.value));
      slider.addEventListener('change', () => {
        typed.value = slider.value;
        emit();
      });
      typed.addEventListener('input', () => {
        if (typed.value.trim() !== '' && Number.isFinite(Number(typed.value))) slider.value = typed.value;
      });
      cell.classList.add('with-slider');
      cell.append(slider);
    }
    return cell;
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
