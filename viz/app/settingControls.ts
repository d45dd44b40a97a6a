/**
 * One setting's control for one run, as the settings form lays it out: a group of
 * checkboxes for a list, a select for an enum, a checkbox for a boolean, a number field
 * (with a slider beside it when the range is short). Each reports through `emit`; the
 * form reads the value back by the control's id (`domId`).
 */
import type { Dictionary } from './i18n';
import { sliderRange, type Control, type Run, type SettingSpec } from './settingSpecs';

export const domId = (run: Run, path: string) => `setting-${run}-${path.replaceAll('.', '-')}`;

/** How a control is named and described: run A's by the row's label, run B's by its own name. */
export interface ControlNames {
  run: Run;
  name: string;
  labelId: string;
  hintId: string;
}

export function controlCell(doc: Document, spec: SettingSpec, names: ControlNames, dict: Dictionary, emit: () => void): HTMLElement {
  const cell = doc.createElement('div');
  cell.className = `setting-control run-${names.run.toLowerCase()}`;
  cell.dataset.run = names.run;
  const id = domId(names.run, spec.path);
  const c = spec.control;
  if (c.kind === 'enumList') {
    cell.append(checkboxGroup(doc, id, c.values, names, dict, emit));
    return cell;
  }
  const input = c.kind === 'enum' ? select(doc, c.values, dict) : textOrBox(doc, c, dict);
  input.id = id;
  if (names.run === 'B') input.setAttribute('aria-label', names.name);
  input.setAttribute('aria-describedby', names.hintId);
  input.addEventListener('change', emit);
  cell.append(input);
  const range = sliderRange(spec);
  if (c.kind === 'number' && range) {
    cell.classList.add('with-slider');
    cell.append(slider(doc, input as HTMLInputElement, range, c.integer, names, dict, emit));
  }
  return cell;
}

function checkboxGroup(doc: Document, id: string, values: readonly string[], names: ControlNames, dict: Dictionary, emit: () => void): HTMLElement {
  const group = doc.createElement('div');
  group.id = id;
  group.setAttribute('role', 'group');
  if (names.run === 'A') group.setAttribute('aria-labelledby', names.labelId);
  else group.setAttribute('aria-label', names.name);
  group.setAttribute('aria-describedby', names.hintId);
  for (const value of values) {
    const option = doc.createElement('label');
    option.className = 'check';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.value = value;
    box.addEventListener('change', emit);
    option.append(box, ` ${dict.enumLabels[value] ?? value}`);
    group.append(option);
  }
  return group;
}

function select(doc: Document, values: readonly string[], dict: Dictionary): HTMLSelectElement {
  const input = doc.createElement('select');
  for (const value of values) {
    const option = doc.createElement('option');
    option.value = value;
    option.textContent = dict.enumLabels[value] ?? value;
    input.append(option);
  }
  return input;
}

function textOrBox(doc: Document, c: Exclude<Control, { kind: 'enum' | 'enumList' }>, dict: Dictionary): HTMLInputElement {
  const input = doc.createElement('input');
  if (c.kind === 'boolean') input.type = 'checkbox';
  else {
    input.type = 'number';
    input.inputMode = c.integer ? 'numeric' : 'decimal';
    input.step = c.integer ? '1' : 'any';
    if (c.min !== undefined) input.min = String(c.min);
    if (c.max !== undefined) input.max = String(c.max);
    if (c.nullable) input.placeholder = dict.never;
  }
  return input;
}

/** A slider beside the typed entry, each following the other (a projected class drags it). */
function slider(
  doc: Document,
  typed: HTMLInputElement,
  range: readonly [number, number],
  integer: boolean,
  names: ControlNames,
  dict: Dictionary,
  emit: () => void,
): HTMLInputElement {
  const slider = doc.createElement('input');
  slider.type = 'range';
  slider.id = `${typed.id}-slider`;
  slider.className = 'setting-slider';
  slider.min = String(range[0]);
  slider.max = String(range[1]);
  slider.step = integer ? '1' : String((range[1] - range[0]) / 100);
  slider.setAttribute('aria-label', `${names.name} (${dict.slider})`);
  slider.setAttribute('aria-describedby', names.hintId);
  slider.addEventListener('input', () => (typed.value = slider.value));
  slider.addEventListener('change', () => {
    typed.value = slider.value;
    emit();
  });
  typed.addEventListener('input', () => {
    if (typed.value.trim() !== '' && Number.isFinite(Number(typed.value))) slider.value = typed.value;
  });
  return slider;
}
