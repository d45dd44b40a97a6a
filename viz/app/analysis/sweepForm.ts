/**
 * The sweep's definition form: base scenario, factors (added from the schema's settings,
 * each with its values), replications, seeds, horizon, metrics and workers. The form keeps
 * its own state (so a change of language rebuilds it without losing anything) and reads
 * out a `SweepDraft` without the base scenario, which the view adds when it runs.
 */
import type { Dictionary, Language } from '../i18n';
import { BUNDLED, DEFAULT_SCENARIO_ID, inLanguage } from '../scenarios';
import { byId } from '../dom';
import { factorSpecs, type FactorSpec } from './factors';
import { METRIC_CHOICES, DEFAULT_METRICS, DESIGN_SIZES, factorValues, type FactorDraft, type SweepDraft } from './draft';
import { DESIGN_TYPES, type DesignType } from '../../../sim/sweep/designTypes';
import type { LoadedSweep } from './sweepFile';
import { factorName, metricLabel, valueText } from './labels';

interface FactorState {
  spec: FactorSpec;
  mode: 'choice' | 'list' | 'range';
  /** choice: the values offered and which are ticked. */
  options: (string | boolean)[];
  chosen: boolean[];
  text: string;
  from: string;
  to: string;
  steps: string;
  integer: boolean;
}

/** `current` is the simulator's run; `bundled:<id>` a bundled scenario; `file` the scenario written in an opened sweep file. */
export type BaseChoice = { kind: 'current' } | { kind: 'bundled'; id: string } | { kind: 'file'; scenario: Record<string, unknown> };

const CURRENT = 'current';
const FROM_FILE = 'file';

export class SweepForm {
  readonly specs = factorSpecs();
  private factors: FactorState[] = [];
  private metrics = new Set(DEFAULT_METRICS);
  private rowIds = 0;
  private dict!: Dictionary;
  private lang: Language = 'en';
  private currentName: string | undefined;
  private title: HTMLInputElement;
  private base: HTMLSelectElement;
  private picker: HTMLSelectElement;
  private list: HTMLElement;
  private replications: HTMLInputElement;
  private seedPolicy: HTMLSelectElement;
  private seedBase: HTMLInputElement;
  private ticks: HTMLInputElement;
  private metricBox: HTMLElement;
  private design: HTMLSelectElement;
  private designSize: HTMLInputElement;
  /** Design options the form does not show (levels, seed, ...), kept from an opened file and written back. */
  private designExtras: Record<string, unknown> = {};
  readonly workers: HTMLInputElement;
  private workersHint: HTMLElement;
  /** The base scenario of the last sweep file opened, when it was written in the file. */
  private fileBase: { name: string; scenario: Record<string, unknown> } | undefined;

  /** `onChange` hears about every edit (the view updates the size of the sweep). */
  constructor(
    private doc: Document,
    private onChange: () => void,
    private cores: number,
  ) {
    this.title = byId(doc, 'sweep-title');
    this.base = byId(doc, 'sweep-base');
    this.picker = byId(doc, 'sweep-factor-picker');
    this.list = byId(doc, 'sweep-factors');
    this.replications = byId(doc, 'sweep-replications');
    this.seedPolicy = byId(doc, 'sweep-seed-policy');
    this.seedBase = byId(doc, 'sweep-seed-base');
    this.ticks = byId(doc, 'sweep-ticks');
    this.metricBox = byId(doc, 'sweep-metrics-list');
    this.design = byId(doc, 'sweep-design');
    this.designSize = byId(doc, 'sweep-design-size');
    this.design.addEventListener('change', () => {
      this.designExtras = {};
      this.designSize.value = '';
      this.showDesign();
      this.renderFactors();
      onChange();
    });
    this.designSize.addEventListener('input', onChange);
    this.workers = byId(doc, 'sweep-workers');
    this.workersHint = byId(doc, 'sweep-workers-hint');
    byId<HTMLButtonElement>(doc, 'sweep-add').addEventListener('click', () => this.add(this.picker.value));
    for (const el of [this.title, this.base, this.replications, this.seedPolicy, this.seedBase, this.ticks, this.workers])
      el.addEventListener('input', onChange);
    this.base.addEventListener('change', onChange);
    this.seedPolicy.addEventListener('change', onChange);
  }

  /** (Re)writes every text in a language; values and factors are kept. */
  build(dict: Dictionary, lang: Language, currentName: string | undefined): void {
    this.dict = dict;
    this.lang = lang;
    this.currentName = currentName;
    const selected = this.base.value || `bundled:${DEFAULT_SCENARIO_ID}`;
    const options = BUNDLED.map((scenario) => this.option(`bundled:${scenario.id}`, inLanguage(scenario.title, lang) || scenario.id));
    if (currentName !== undefined) options.unshift(this.option(CURRENT, dict.analysis.baseCurrent(currentName)));
    if (this.fileBase) options.unshift(this.option(FROM_FILE, dict.analysis.baseFile(this.fileBase.name)));
    this.base.replaceChildren(...options);
    this.base.value = options.some((o) => o.value === selected) ? selected : `bundled:${DEFAULT_SCENARIO_ID}`;

    const main = this.specs.filter((spec) => spec.main).map((spec) => this.option(spec.path, factorName(dict, spec.path)));
    const others = this.doc.createElement('optgroup');
    others.label = dict.analysis.otherFields;
    others.append(...this.specs.filter((spec) => !spec.main).map((spec) => this.option(spec.path, spec.path)));
    const picked = this.picker.value;
    this.picker.replaceChildren(...main, others);
    if (picked) this.picker.value = picked;

    for (const [k, option] of [...this.seedPolicy.options].entries()) option.textContent = Object.values(dict.analysis.seedPolicies)[k] ?? option.value;
    this.metricBox.replaceChildren(
      ...METRIC_CHOICES.map((metric) => {
        const label = this.doc.createElement('label');
        label.className = 'check';
        const box = this.doc.createElement('input');
        box.type = 'checkbox';
        box.value = metric;
        box.checked = this.metrics.has(metric);
        box.addEventListener('change', () => {
          if (box.checked) this.metrics.add(metric);
          else this.metrics.delete(metric);
          this.onChange();
        });
        label.append(box, ` ${metricLabel(dict, metric)}`);
        return label;
      }),
    );
    for (const option of this.design.options) option.textContent = dict.analysis.designs[option.value as DesignType] ?? option.value;
    this.showDesign();
    if (this.workers.value === '') this.workers.value = String(this.cores);
    this.workersHint.textContent = dict.analysis.workersHint(this.cores);
    this.renderFactors();
  }

  private designType(): DesignType {
    return (DESIGN_TYPES as readonly string[]).includes(this.design.value) ? (this.design.value as DesignType) : 'grid';
  }

  /** The size field of a sampling design (its name and default) and the design's hint. */
  private showDesign(): void {
    if (!this.dict) return;
    const type = this.designType();
    const field = byId(this.doc, 'sweep-design-size-field');
    field.hidden = type === 'grid';
    if (type !== 'grid') {
      byId(this.doc, 'sweep-design-size-label').textContent = this.dict.analysis.designSize[type];
      this.designSize.placeholder = String(DESIGN_SIZES[type].fallback);
    }
    byId(this.doc, 'sweep-design-hint').textContent = this.dict.analysis.designHints[type];
  }

  baseChoice(): BaseChoice {
    if (this.base.value === FROM_FILE && this.fileBase) return { kind: 'file', scenario: this.fileBase.scenario };
    return this.base.value === CURRENT ? { kind: 'current' } : { kind: 'bundled', id: this.base.value.slice('bundled:'.length) };
  }

  /** Fills the form with an opened sweep file (sweepFile.ts), replacing what it held. */
  load(sweep: LoadedSweep, fileName: string): void {
    this.title.value = sweep.title;
    this.design.value = sweep.design.type;
    this.designSize.value = sweep.design.size;
    this.designExtras = { ...sweep.design.extras };
    this.fileBase = sweep.base.kind === 'inline' ? { name: fileName, scenario: sweep.base.scenario } : undefined;
    this.factors = [];
    for (const factor of sweep.factors) {
      const spec = this.specs.find((s) => s.path === factor.path)!;
      const c = spec.control;
      const offered: (string | boolean)[] = c.kind === 'enum' ? [...c.values] : c.kind === 'boolean' ? [false, true] : [];
      // The file's values first and in its order (the order of the settings in the results), then the others, unticked.
      const options = factor.mode === 'choice' ? [...factor.values, ...offered.filter((v) => !factor.values.includes(v))] : offered;
      this.factors.push({
        spec,
        mode: factor.mode,
        options,
        chosen: options.map((v) => factor.mode === 'choice' && factor.values.includes(v)),
        text: factor.mode === 'list' ? factor.text : '',
        from: factor.mode === 'range' ? factor.from : '',
        to: factor.mode === 'range' ? factor.to : '',
        steps: factor.mode === 'range' ? factor.steps : '3',
        integer: factor.mode === 'range' ? factor.integer : c.kind === 'number' && c.integer,
      });
    }
    this.replications.value = sweep.replications;
    this.seedPolicy.value = sweep.seedPolicy;
    this.seedBase.value = sweep.seedBase;
    this.ticks.value = sweep.ticks;
    this.metrics = new Set(sweep.metrics ?? DEFAULT_METRICS);
    if (this.dict) this.build(this.dict, this.lang, this.currentName);
    this.base.value = sweep.base.kind === 'inline' ? FROM_FILE : `bundled:${sweep.base.id}`;
    this.onChange();
  }

  /** Everything but the base scenario. */
  draft(): Omit<SweepDraft, 'scenario'> {
    return {
      title: this.title.value,
      design: { type: this.designType(), size: this.designSize.value, extras: this.designExtras },
      factors: this.factors.map(toDraft),
      replications: this.replications.value,
      seedPolicy: this.seedPolicy.value === 'independent' ? 'independent' : 'paired',
      seedBase: this.seedBase.value,
      ticks: this.ticks.value,
      // In the offered order (defaults first), so ticking the defaults gives the schema's default list.
      metrics: METRIC_CHOICES.filter((metric) => this.metrics.has(metric)),
    };
  }

  workerCount(): number {
    const value = Number(this.workers.value);
    return Number.isInteger(value) && value >= 1 ? Math.min(value, 64) : this.cores;
  }

  /** Adds a factor for `path` (one of the offered settings), all its values ticked for a choice. */
  add(path: string): void {
    const spec = this.specs.find((s) => s.path === path);
    if (!spec || this.factors.some((f) => f.spec.path === path)) return;
    const c = spec.control;
    const options: (string | boolean)[] = c.kind === 'enum' ? [...c.values] : c.kind === 'boolean' ? [false, true] : [];
    this.factors.push({
      spec,
      mode: options.length > 0 ? 'choice' : 'list',
      options,
      chosen: options.map(() => true),
      text: '',
      from: '',
      to: '',
      steps: '3',
      integer: c.kind === 'number' && c.integer,
    });
    this.renderFactors();
    this.onChange();
  }

  private option(value: string, text: string): HTMLOptionElement {
    const option = this.doc.createElement('option');
    option.value = value;
    option.textContent = text;
    return option;
  }

  private renderFactors(): void {
    if (!this.dict) return;
    if (this.factors.length === 0) {
      const empty = this.doc.createElement('li');
      empty.className = 'hint';
      empty.textContent = this.dict.analysis.noFactors;
      this.list.replaceChildren(empty);
      return;
    }
    this.list.replaceChildren(...this.factors.map((factor, k) => this.factorRow(factor, k)));
  }

  private factorRow(factor: FactorState, index: number): HTMLElement {
    const doc = this.doc;
    const a = this.dict.analysis;
    const name = factorName(this.dict, factor.spec.path);
    const id = `factor-${++this.rowIds}`;
    const row = doc.createElement('li');
    row.className = 'factor';
    row.dataset.path = factor.spec.path;

    const head = doc.createElement('p');
    head.className = 'factor-head';
    const title = doc.createElement('strong');
    title.id = `${id}-name`;
    title.textContent = name;
    const code = doc.createElement('code');
    code.textContent = factor.spec.path;
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'remove';
    remove.textContent = '✕';
    remove.setAttribute('aria-label', a.removeFactor(name));
    remove.addEventListener('click', () => {
      this.factors.splice(index, 1);
      this.renderFactors();
      this.onChange();
    });
    head.append(title, ' ', code, ' ', remove);
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.textContent = factor.spec.description[this.lang] + (factor.spec.unit ? ` (${this.dict.units[factor.spec.unit] ?? factor.spec.unit})` : '');
    const levels = doc.createElement('p');
    levels.className = 'levels hint';
    levels.setAttribute('aria-live', 'polite');
    const changed = () => {
      this.preview(factor, levels);
      this.onChange();
    };
    row.append(
      head,
      hint,
      factor.mode === 'choice' ? this.choices(factor, `${id}-name`, changed) : this.numbers(factor, id, name, changed, () => this.renderFactors()),
      levels,
    );
    this.preview(factor, levels);
    return row;
  }

  private choices(factor: FactorState, labelledBy: string, changed: () => void): HTMLElement {
    const group = this.doc.createElement('div');
    group.className = 'choices';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', labelledBy);
    factor.options.forEach((value, k) => {
      const label = this.doc.createElement('label');
      label.className = 'check';
      const box = this.doc.createElement('input');
      box.type = 'checkbox';
      box.value = String(value);
      box.checked = factor.chosen[k] ?? false;
      box.addEventListener('change', () => {
        factor.chosen[k] = box.checked;
        changed();
      });
      label.append(box, ` ${valueText(this.dict, this.lang, value)}`);
      group.append(label);
    });
    return group;
  }

  private numbers(factor: FactorState, id: string, name: string, changed: () => void, rebuild: () => void): HTMLElement {
    const doc = this.doc;
    const a = this.dict.analysis;
    const box = doc.createElement('div');
    box.className = 'numbers';
    const mode = doc.createElement('select');
    mode.className = 'mode';
    mode.setAttribute('aria-label', a.mode(name));
    mode.append(this.option('list', a.modes.list), this.option('range', a.modes.range));
    mode.value = factor.mode;
    mode.addEventListener('change', () => {
      factor.mode = mode.value === 'range' ? 'range' : 'list';
      rebuild();
      this.onChange();
    });
    box.append(mode);
    const text = (cls: string, label: string, key: 'text' | 'from' | 'to' | 'steps', placeholder = '') => {
      const wrap = doc.createElement('label');
      wrap.className = 'field';
      const input = doc.createElement('input');
      input.type = 'text';
      input.className = cls;
      input.id = `${id}-${cls}`;
      input.inputMode = 'decimal';
      input.value = factor[key];
      if (placeholder) input.placeholder = placeholder;
      input.addEventListener('input', () => {
        factor[key] = input.value;
        changed();
      });
      wrap.append(`${label} `, input);
      return wrap;
    };
    if (factor.mode === 'list') {
      const list = text('list', a.valuesOf(name), 'text', a.listPlaceholder);
      const hint = doc.createElement('span');
      hint.className = 'hint';
      hint.textContent = a.listHint;
      box.append(list, hint);
    } else {
      box.append(text('from', a.from, 'from'), text('to', a.to, 'to'));
      // A sampling design draws between the ends: steps belong to the grid only.
      if (this.designType() === 'grid') box.append(text('steps', a.steps, 'steps'));
      const label = doc.createElement('label');
      label.className = 'check';
      const integer = doc.createElement('input');
      integer.type = 'checkbox';
      integer.className = 'integer';
      integer.checked = factor.integer;
      integer.addEventListener('change', () => {
        factor.integer = integer.checked;
        changed();
      });
      label.append(integer, ` ${a.integer}`);
      box.append(label);
    }
    return box;
  }

  /** The values the factor will take, as the analyst will see them in the results. */
  private preview(factor: FactorState, el: HTMLElement): void {
    const drawn = this.designType() !== 'grid';
    const read = factorValues(toDraft(factor), drawn);
    el.classList.toggle('problem', !read.ok);
    if (read.ok && drawn && factor.mode === 'range') {
      el.textContent = this.dict.analysis.drawnBetween(valueText(this.dict, this.lang, read.levels[0]), valueText(this.dict, this.lang, read.levels[1]));
      return;
    }
    el.textContent = read.ok
      ? this.dict.analysis.levels(
          read.levels.length,
          read.levels
            .slice(0, 12)
            .map((v) => valueText(this.dict, this.lang, v))
            .join(' · ') + (read.levels.length > 12 ? ' …' : ''),
        )
      : '';
  }
}

function toDraft(factor: FactorState): FactorDraft {
  const path = factor.spec.path;
  if (factor.mode === 'choice') return { path, kind: 'choice', options: factor.options, chosen: factor.chosen };
  if (factor.mode === 'list') return { path, kind: 'list', text: factor.text };
  return { path, kind: 'range', from: factor.from, to: factor.to, steps: factor.steps, integer: factor.integer };
}
