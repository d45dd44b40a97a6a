import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenario, validateScenario, scenarioSchema } from '../../sim/index';
import { parseOverride, applyOverride } from '../../sim/scenario/overrides';
import { readJson } from '../../sim/scenario/jsonText';
import { scenarioJsonSchema } from '../../sim/scenario/jsonSchema';
import { sweepJsonSchema } from '../../sim/sweep/schema';
import { readFileSync } from 'node:fs';

describe('scenario parsing', () => {
  it('gives every field a default, so an empty file is a valid scenario', () => {
    const result = parseScenario('{}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.ticks).toBe(120);
    expect(result.scenario.territory.fields).toHaveLength(6);
    expect(result.scenario.action.governance).toBe('shared');
    expect(result.scenario.organisations.orders.P.alpha).toBe(0.3);
  });

  it('accepts a partial file and keeps the defaults of everything it omits', () => {
    const result = parseScenario('{ "action": { "governance": "nao" }, "organisations": { "count": { "E": 3 } } }');
    expect(result.ok && result.scenario.action.governance).toBe('nao');
    expect(result.ok && result.scenario.action.arrangement).toBe('agreement');
    expect(result.ok && result.scenario.organisations.count).toEqual({ E: 3, P: 18, T: 30 });
  });

  it('reports every schema violation with its path, expected and received value, and position', () => {
    const text = '{\n  "ticks": -5,\n  "action": { "governance": "anarchy", "stewrd": true },\n  "events": [{ "at": 3, "type": "meteor" }]\n}';
    const result = parseScenario(text, 'class.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map(formatIssue);
    expect(lines).toContain('class.json:2:12 ticks: expected a number >= 1, received -5');
    expect(lines).toContain('class.json:3:29 action.governance: expected one of "shared" | "lead" | "nao", received "anarchy"');
    expect(lines.find((l) => l.includes('action.stewrd'))).toMatch(/did you mean "steward"\?/);
    expect(lines.find((l) => l.includes('events[0].type'))).toMatch(/^class\.json:4:33 events\[0\]\.type: expected one of "budget_cut"/);
    expect(result.issues).toHaveLength(4);
  });

  it('names a missing required field of an explicit organisation, and lists problems in file order', () => {
    const text = '{ "organisations": { "list": [\n  { "name": "Food bank", "order": "T" },\n  { "name": "", "order": "X", "field": "health" }\n] } }';
    const result = parseScenario(text, 'list.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      'list.json:2:3 organisations.list[0].field: expected a string (this field is required), received nothing: the field is missing',
      'list.json:3:13 organisations.list[1].name: expected at least 1 character(s), received ""',
      'list.json:3:26 organisations.list[1].order: expected one of "E" | "P" | "T", received "X"',
    ]);
  });

  it('locates JSON syntax errors by line and column', () => {
    const result = parseScenario('{\n  "ticks": 12,\n  "action": {"governance": "nao",}\n}', 'bad.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssue(result.issues[0]!)).toBe('bad.json:3:34: expected valid JSON, received trailing comma before }');
  });

  it('never throws on hostile input', () => {
    for (const text of ['', 'null', '[]', '"x"', '{"ticks": 1e999}', '['.repeat(5000), '{"organisations":{"count":{"E":"many"}}}', '\u0000']) {
      expect(() => parseScenario(text)).not.toThrow();
      expect(parseScenario(text).ok).toBe(false);
    }
  });

  it('checks rules that span fields: needs per field, listed fields, leaders, size limit', () => {
    const result = validateScenario({
      territory: { fields: ['health', 'housing'], needs: [1] },
      organisations: { list: [{ name: 'A', order: 'E', field: 'parks', leader: true }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual(['organisations.list[0].field', 'organisations.list[0].leader', 'territory.needs']);
    const huge = validateScenario({ organisations: { count: { E: 1_000_000, P: 1, T: 0 } } });
    expect(huge.ok || huge.issues[0]!.expected).toMatch(/at most 1,000,000 organisations/);
  });
});

describe('--set overrides', () => {
  it('parse dotted paths, array indexes and JSON or bare values', () => {
    expect(parseOverride('action.governance=nao')).toMatchObject({ path: ['action', 'governance'], value: 'nao' });
    expect(parseOverride('events[0].at=12')).toMatchObject({ path: ['events', 0, 'at'], value: 12 });
    expect(parseOverride('action.steward=true')).toMatchObject({ value: true });
  });

  it('reject unknown paths with a suggestion', () => {
    const issue = parseOverride('action.governence=nao');
    expect('expected' in issue && issue.expected).toMatch(/did you mean "governance"/);
    expect('path' in issue && issue.path).toBe('action.governence');
  });

  it('apply without touching the original object', () => {
    const raw = { action: { steward: false } };
    const override = parseOverride('action.steward=true');
    if (!('value' in override)) throw new Error('unexpected');
    expect(applyOverride(raw, override)).toEqual({ action: { steward: true } });
    expect(raw.action.steward).toBe(false);
  });
});

describe('JSON reader', () => {
  it('records the position of every value', () => {
    const read = readJson('{\n "a": [1,\n  {"b": true}]\n}');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.positions.get(['a', 1, 'b'].join('\u0000'))).toEqual({ line: 3, column: 9 });
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and committed up to date (scenario and sweep files)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../scenarios/scenario.schema.json', import.meta.url), 'utf8'));
    expect(committed, 'run npm run schema').toEqual(scenarioJsonSchema());
    const sweep = JSON.parse(readFileSync(new URL('../../scenarios/sweeps/sweep.schema.json', import.meta.url), 'utf8'));
    expect(sweep, 'run npm run schema').toEqual(sweepJsonSchema());
  });

  it('documents every leaf field in English and French', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown> };
    const undocumented: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
      if (properties) {
        for (const [key, child] of Object.entries(properties)) walk(child, path ? `${path}.${key}` : key);
        return;
      }
      if (node.items && (node.items as Record<string, unknown>).properties) walk(node.items as Record<string, unknown>, `${path}[]`);
      if (!/\.(en|fr)$/.test(path) && !/\[\]\./.test(path) && (!node.description || !node.fr)) undocumented.push(path);
    };
    walk(schema as Record<string, unknown>, '');
    expect(undocumented).toEqual([]);
    expect(scenarioSchema).toBeDefined();
  });
});
