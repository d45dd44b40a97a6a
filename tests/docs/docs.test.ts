import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultsRows, renderDefaultsTable } from '../../scripts/docs/defaultsTable';
import { DEFAULTS_END, DEFAULTS_START, GENERATED_DOCS, generatedBlock, regenerate } from '../../scripts/docs/generated';
import { parseScenario } from '../../sim/index';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REGENERATE = 'run `node --import tsx scripts/generateDocs.ts`';

/** The value at a dotted path of a parsed scenario, or undefined. */
function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

describe('generated documentation', () => {
  for (const { file, lang } of GENERATED_DOCS) {
    it(`${file} holds the defaults table the schema renders now`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const block = generatedBlock(text);
      expect(block.ok, `${file}: markers ${DEFAULTS_START} … ${DEFAULTS_END}`).toBe(true);
      if (!block.ok) return;
      const expected = regenerate(text, lang);
      const expectedBlock = generatedBlock(expected);
      if (!expectedBlock.ok) throw new Error(expectedBlock.reason);
      // Compare the tables (a readable diff), then the whole file (spacing around the markers).
      expect(text.slice(block.start, block.end), `${file} is stale: ${REGENERATE}`).toBe(expected.slice(expectedBlock.start, expectedBlock.end));
      expect(text, `${file} is stale: ${REGENERATE}`).toBe(expected);
    });
  }

  it('lists every setting of the schema, with array items as `events[].at`', () => {
    const table = renderDefaultsTable('en');
    for (const path of [
      'ticks',
      'territory.fields',
      'organisations.orders.P.alpha',
      'organisations.list[].name',
      'action.governance',
      'action.funding.ends_at',
      'behaviour.decision_temperature',
      'events[].at',
      'events[].magnitude',
      'hazards.absorption',
    ]) {
      expect(table).toContain(`| \`${path}\` |`);
    }
    // One header, one separator, one line per row.
    expect(table.trimEnd().split('\n')).toHaveLength(defaultsRows('en').length + 2);
  });

  it('shows the defaults an empty scenario file actually takes', () => {
    const parsed = parseScenario('{}');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const checked = defaultsRows('en').filter((row) => row.hasDefault && !row.path.includes('[]'));
    expect(checked.length).toBeGreaterThan(60);
    for (const row of checked) {
      expect(valueAt(parsed.scenario, row.path), row.path).toEqual(row.defaultValue);
    }
  });

  it('renders allowed values, ranges, units and required item fields', () => {
    const rows = new Map(defaultsRows('en').map((row) => [row.path, row]));
    expect(rows.get('action.governance')).toMatchObject({ type: 'one of `shared`, `lead`, `nao`', default: '`"shared"`' });
    expect(rows.get('ticks')).toMatchObject({ type: 'integer', default: '`120`', range: '[1, 100\u202f000]', unit: 'months' });
    expect(rows.get('behaviour.decision_temperature')?.range).toBe('(0, 1]');
    expect(rows.get('action.funding.ends_at')).toMatchObject({ type: 'integer or null', default: '`null`' });
    expect(rows.get('events[].at')?.default).toBe('required');
    expect(rows.get('events[].order')?.default).toBe('—');
  });

  it('renders French descriptions, headers and units for the student guide', () => {
    const table = renderDefaultsTable('fr');
    expect(table.split('\n')[0]).toBe('| chemin | type / valeurs permises | défaut | plage | unité | description |');
    expect(table).toContain('Horizon d’une simulation (un pas = un mois).');
    expect(table).toContain('| `ticks` | entier | `120` | [1 ; 100\u202f000] | mois |');
    expect(table).toContain('[0 ; 0,2]');
  });

  it('replaces only what lies between the markers', () => {
    const text = `# Title\n\nbefore\n\n${DEFAULTS_START}\nold table\n${DEFAULTS_END}\n\nafter\n`;
    const next = regenerate(text, 'en');
    expect(next.startsWith(`# Title\n\nbefore\n\n${DEFAULTS_START}\n\n| path |`)).toBe(true);
    expect(next.endsWith(`|\n\n${DEFAULTS_END}\n\nafter\n`)).toBe(true);
    expect(next).not.toContain('old table');
    expect(regenerate(next, 'en')).toBe(next);
    expect(() => regenerate('no markers here', 'en')).toThrow(/missing/);
  });

  it('generateDocs --check exits 1 and names the stale file, and writing fixes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interstice-docs-'));
    try {
      for (const { file } of GENERATED_DOCS) cpSync(join(root, file), join(dir, file), { recursive: true });
      const target = join(dir, 'docs/model.md');
      writeFileSync(target, readFileSync(target, 'utf8').replace('| `ticks` | integer | `120` |', '| `ticks` | integer | `12` |'));
      const script = join(root, 'scripts/generateDocs.ts');
      const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args, '--root', dir], { cwd: root, encoding: 'utf8' });

      const stale = run('--check');
      expect(stale.status).toBe(1);
      expect(stale.stderr).toContain('docs/model.md is stale');

      expect(run().status).toBe(0);
      expect(run('--check').status).toBe(0);
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(root, 'docs/model.md'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
