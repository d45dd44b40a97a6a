/**
 * The validation fingerprint reads what decides the runs: a scenario's settings count, its
 * `meta` (title, lesson, notes for the page) does not, so rewording a lesson draws no new
 * confirmation seeds while changing a setting does.
 */
import { describe, expect, it } from 'vitest';
import { fingerprintText } from '../../scripts/validation/fingerprint';
import { modelFingerprint } from '../../sim/validation/protocol';

const scenario = (meta: unknown, governance: string) => JSON.stringify({ meta, ticks: 120, action: { governance } }, null, 2);
const print = (text: string) => modelFingerprint([{ path: 'scenarios/x.json', text: fingerprintText('scenarios/x.json', text) }]);

describe('validation fingerprint', () => {
  it('leaves a scenario’s meta out, and counts its settings', () => {
    const base = print(scenario({ title: { en: 'A', fr: 'A' } }, 'shared'));
    expect(print(scenario({ title: { en: 'Another title', fr: 'Un autre' }, recommended_seed: 7 }, 'shared'))).toBe(base);
    expect(print(scenario(undefined, 'shared'))).toBe(base);
    expect(print(scenario({ title: { en: 'A', fr: 'A' } }, 'nao'))).not.toBe(base);
  });

  it('reads source files as they are', () => {
    expect(fingerprintText('sim/model/trust.ts', 'const a = 1;\n')).toBe('const a = 1;\n');
  });
});
