/**
 * The sweep's definition form: base scenario, factors (added from the schema's settings,
 * each with its values), replications, seeds, horizon, metrics and workers. The form keeps
 * its own state (so a change of language rebuilds it without losing anything) and reads
 * out a `SweepDraft` without the base scenario, which the view adds when it runs.
 */
import type { Dictionary, Language } from '../i18n';
import { BUNDLED, DEFAULT_SCENARIO_ID, inLanguage } from '../scenarios';
import { byId } from '../dom';
import { factorSpecs } from './factors';
import { METRIC_CHOICES, DEFAULT_METRICS, DESIGN_SIZES, type SweepDraft } from './draft';
import { DESIGN_TYPES, type DesignType } from '../../../sim/sweep/designTypes';
import type { LoadedSweep } from './sweepFile';
import { factorName, metricLabel } from './labels';
import { loadedFactor, newFactor, toDraft, type FactorState } from './factorState';
import { factorRow, type RowContext } from './factorRows';
import { checkLabel, option } from './formParts';

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
    this.baseOptions(dict, lang, currentName);
    this.pickerOptions(dict);
    for (const [k, option] of [...this.seedPolicy.options].entries()) option.textContent = Object.values(dict.analysis.seedPolicies)[k] ?? option.value;
    this.metricBox.replaceChildren(...METRIC_CHOICES.map((metric) => this.metricCheck(dict, metric)));
    for (const option of this.design.options) option.textContent = dict.analysis.designs[option.value as DesignType] ?? option.value;
    this.showDesign();
    if (this.workers.value === '') this.workers.value = String(this.cores);
    this.workersHint.textContent = dict.analysis.workersHint(this.cores);
    this.renderFactors();
  }

  /** The base scenarios: an opened file's, the simulator's run, then the bundled ones; the choice is kept when it still exists. */
  private baseOptions(dict: Dictionary, lang: Language, currentName: string | undefined): void {
    const selected = this.base.value || `bundled:${DEFAULT_SCENARIO_ID}`;
    const options = BUNDLED.map((scenario) => option(this.doc, `bundled:${scenario.id}`, inLanguage(scenario.title, lang) || scenario.id));
    if (currentName !== undefined) options.unshift(option(this.doc, CURRENT, dict.analysis.baseCurrent(currentName)));
    if (this.fileBase) options.unshift(option(this.doc, FROM_FILE, dict.analysis.baseFile(this.fileBase.name)));
    this.base.replaceChildren(...options);
    this.base.value = options.some((o) => o.value === selected) ? selected : `bundled:${DEFAULT_SCENARIO_ID}`;
  }

  /** The settings to vary: the dashboard's by name, then the scenario's other fields by path. */
  private pickerOptions(dict: Dictionary): void {
    const main = this.specs.filter((spec) => spec.main).map((spec) => option(this.doc, spec.path, factorName(dict, spec.path)));
    const others = this.doc.createElement('optgroup');
    others.label = dict.analysis.otherFields;
    others.append(...this.specs.filter((spec) => !spec.main).map((spec) => option(this.doc, spec.path, spec.path)));
    const picked = this.picker.value;
    this.picker.replaceChildren(...main, others);
    if (picked) this.picker.value = picked;
  }

  /** A per-tick metric's box, ticked when the sweep records it. */
  private metricCheck(dict: Dictionary, metric: string): HTMLLabelElement {
    return checkLabel(this.doc, metricLabel(dict, metric), (box) => {
      box.value = metric;
      box.checked = this.metrics.has(metric);
      box.addEventListener('change', () => {
        if (box.checked) this.metrics.add(metric);
        else this.metrics.delete(metric);
        this.onChange();
      });
    });
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
    this.factors = sweep.factors.map((factor) => loadedFactor(this.specs.find((s) => s.path === factor.path)!, factor));
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
    this.factors.push(newFactor(spec));
    this.renderFactors();
    this.onChange();
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
    const context: RowContext = {
      doc: this.doc,
      dict: this.dict,
      lang: this.lang,
      grid: () => this.designType() === 'grid',
      changed: () => this.onChange(),
      rerender: () => this.renderFactors(),
    };
    const remove = (index: number) => () => {
      this.factors.splice(index, 1);
      this.renderFactors();
      this.onChange();
    };
    this.list.replaceChildren(...this.factors.map((factor, k) => factorRow(context, factor, `factor-${++this.rowIds}`, remove(k))));
  }
}
