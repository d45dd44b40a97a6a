/**
 * A factor's row in the sweep form: its name, path and description, the boxes of a choice
 * or the fields of a list or a range of numbers, and a preview of the values it will take,
 * written as the results will name them. Edits go straight into the factor's state.
 */
import type { Dictionary, Language } from '../i18n';
import { factorValues } from './draft';
import { toDraft, type FactorState } from './factorState';
import { checkLabel, option } from './formParts';
import { factorName, valueText } from './labels';

/** What a row needs from the form around it. */
export interface RowContext {
  doc: Document;
  dict: Dictionary;
  lang: Language;
  /** Whether the design is a grid (a range has steps) rather than a sampling design (values drawn between the ends). */
  grid(): boolean;
  /** Every edit, for the form's listener. */
  changed(): void;
  /** The rows drawn again (a number factor switched between a list and a range). */
  rerender(): void;
}

type TextField = 'text' | 'from' | 'to' | 'steps';

/** The row of `factor`; `id` prefixes its elements' ids; `remove` takes the factor out of the form. */
export function factorRow(c: RowContext, factor: FactorState, id: string, remove: () => void): HTMLElement {
  const name = factorName(c.dict, factor.spec.path);
  const row = c.doc.createElement('li');
  row.className = 'factor';
  row.dataset.path = factor.spec.path;
  const hint = c.doc.createElement('p');
  hint.className = 'hint';
  hint.textContent = factor.spec.description[c.lang] + (factor.spec.unit ? ` (${c.dict.units[factor.spec.unit] ?? factor.spec.unit})` : '');
  const levels = c.doc.createElement('p');
  levels.className = 'levels hint';
  levels.setAttribute('aria-live', 'polite');
  const changed = () => {
    preview(c, factor, levels);
    c.changed();
  };
  const values = factor.mode === 'choice' ? choices(c, factor, `${id}-name`, changed) : numbers(c, factor, id, name, changed);
  row.append(head(c, factor, id, name, remove), hint, values, levels);
  preview(c, factor, levels);
  return row;
}

/** The factor's name, its path and the button that removes it. */
function head(c: RowContext, factor: FactorState, id: string, name: string, remove: () => void): HTMLElement {
  const head = c.doc.createElement('p');
  head.className = 'factor-head';
  const title = c.doc.createElement('strong');
  title.id = `${id}-name`;
  title.textContent = name;
  const code = c.doc.createElement('code');
  code.textContent = factor.spec.path;
  const button = c.doc.createElement('button');
  button.type = 'button';
  button.className = 'remove';
  button.textContent = '✕';
  button.setAttribute('aria-label', c.dict.analysis.removeFactor(name));
  button.addEventListener('click', remove);
  head.append(title, ' ', code, ' ', button);
  return head;
}

/** A box per value offered (an enum's values, or no and yes). */
function choices(c: RowContext, factor: FactorState, labelledBy: string, changed: () => void): HTMLElement {
  const group = c.doc.createElement('div');
  group.className = 'choices';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', labelledBy);
  factor.options.forEach((value, k) => {
    const label = checkLabel(c.doc, valueText(c.dict, c.lang, value), (box) => {
      box.value = String(value);
      box.checked = factor.chosen[k] ?? false;
      box.addEventListener('change', () => {
        factor.chosen[k] = box.checked;
        changed();
      });
    });
    group.append(label);
  });
  return group;
}

/** A number's values: a list as typed, or a range (from, to, steps in a grid, whole numbers or not). */
function numbers(c: RowContext, factor: FactorState, id: string, name: string, changed: () => void): HTMLElement {
  const a = c.dict.analysis;
  const box = c.doc.createElement('div');
  box.className = 'numbers';
  const mode = c.doc.createElement('select');
  mode.className = 'mode';
  mode.setAttribute('aria-label', a.mode(name));
  mode.append(option(c.doc, 'list', a.modes.list), option(c.doc, 'range', a.modes.range));
  mode.value = factor.mode;
  mode.addEventListener('change', () => {
    factor.mode = mode.value === 'range' ? 'range' : 'list';
    c.rerender();
    c.changed();
  });
  box.append(mode);
  const text = (cls: string, label: string, key: TextField, placeholder = '') =>
    textField(c.doc, factor, { cls, id: `${id}-${cls}`, label, key, placeholder }, changed);
  if (factor.mode === 'list') {
    const hint = c.doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = a.listHint;
    box.append(text('list', a.valuesOf(name), 'text', a.listPlaceholder), hint);
    return box;
  }
  box.append(text('from', a.from, 'from'), text('to', a.to, 'to'));
  // A sampling design draws between the ends: steps belong to the grid only.
  if (c.grid()) box.append(text('steps', a.steps, 'steps'));
  const integer = checkLabel(c.doc, a.integer, (check) => {
    check.className = 'integer';
    check.checked = factor.integer;
    check.addEventListener('change', () => {
      factor.integer = check.checked;
      changed();
    });
  });
  box.append(integer);
  return box;
}

/** One of a number factor's text fields: its input's class and id, its label, the text it edits and a placeholder. */
interface TextFieldSpec {
  cls: string;
  id: string;
  label: string;
  key: TextField;
  placeholder: string;
}

/** A labelled text field typing into one of the factor's texts. */
function textField(doc: Document, factor: FactorState, { cls, id, label, key, placeholder }: TextFieldSpec, changed: () => void): HTMLElement {
  const wrap = doc.createElement('label');
  wrap.className = 'field';
  const input = doc.createElement('input');
  input.type = 'text';
  input.className = cls;
  input.id = id;
  input.inputMode = 'decimal';
  input.value = factor[key];
  if (placeholder) input.placeholder = placeholder;
  input.addEventListener('input', () => {
    factor[key] = input.value;
    changed();
  });
  wrap.append(`${label} `, input);
  return wrap;
}

/** The values the factor will take, as the analyst will see them in the results. */
function preview(c: RowContext, factor: FactorState, el: HTMLElement): void {
  const drawn = !c.grid();
  const read = factorValues(toDraft(factor), drawn);
  const text = (value: unknown) => valueText(c.dict, c.lang, value);
  el.classList.toggle('problem', !read.ok);
  if (read.ok && drawn && factor.mode === 'range') {
    el.textContent = c.dict.analysis.drawnBetween(text(read.levels[0]), text(read.levels[1]));
    return;
  }
  const shown = read.ok ? read.levels.slice(0, 12).map(text).join(' · ') + (read.levels.length > 12 ? ' …' : '') : '';
  el.textContent = read.ok ? c.dict.analysis.levels(read.levels.length, shown) : '';
}
