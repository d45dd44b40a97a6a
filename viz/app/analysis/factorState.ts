/**
 * A factor as the sweep form holds it while the analyst edits it: its values offered and
 * ticked (a choice), or its numbers as typed (a list or a range). Made for a setting just
 * added, or from a factor of an opened sweep file, and read out as a `FactorDraft`.
 */
import type { FactorDraft } from './draft';
import type { FactorSpec } from './factors';
import type { LoadedFactor } from './sweepFile';

export interface FactorState {
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

/** The values a setting offers to tick: an enum's values, or no and yes; a number offers none (it is typed). */
function offeredValues(spec: FactorSpec): (string | boolean)[] {
  const c = spec.control;
  return c.kind === 'enum' ? [...c.values] : c.kind === 'boolean' ? [false, true] : [];
}

const integerSetting = (spec: FactorSpec): boolean => spec.control.kind === 'number' && spec.control.integer;

/** A setting just added: every value ticked for a choice, an empty list for a number. */
export function newFactor(spec: FactorSpec): FactorState {
  const options = offeredValues(spec);
  return {
    spec,
    mode: options.length > 0 ? 'choice' : 'list',
    options,
    chosen: options.map(() => true),
    text: '',
    from: '',
    to: '',
    steps: '3',
    integer: integerSetting(spec),
  };
}

/** A factor of an opened sweep file, as the file gives it. */
export function loadedFactor(spec: FactorSpec, factor: LoadedFactor): FactorState {
  const offered = offeredValues(spec);
  // The file's values first and in its order (the order of the settings in the results), then the others, unticked.
  const options = factor.mode === 'choice' ? [...factor.values, ...offered.filter((v) => !factor.values.includes(v))] : offered;
  return {
    spec,
    mode: factor.mode,
    options,
    chosen: options.map((v) => factor.mode === 'choice' && factor.values.includes(v)),
    text: factor.mode === 'list' ? factor.text : '',
    from: factor.mode === 'range' ? factor.from : '',
    to: factor.mode === 'range' ? factor.to : '',
    steps: factor.mode === 'range' ? factor.steps : '3',
    integer: factor.mode === 'range' ? factor.integer : integerSetting(spec),
  };
}

export function toDraft(factor: FactorState): FactorDraft {
  const path = factor.spec.path;
  if (factor.mode === 'choice') return { path, kind: 'choice', options: factor.options, chosen: factor.chosen };
  if (factor.mode === 'list') return { path, kind: 'list', text: factor.text };
  return { path, kind: 'range', from: factor.from, to: factor.to, steps: factor.steps, integer: factor.integer };
}
