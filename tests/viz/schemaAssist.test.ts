/**
 * What the in-page editor knows at a place in a scenario's JSON: the path there (from
 * CodeMirror's JSON syntax tree), the fields an object may have and the values a field may
 * take, read from scenarios/scenario.schema.json.
 */
import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import schemaJson from '../../scenarios/scenario.schema.json';
import { describe as describeField, placeAt, propertiesOf, schemaAt, valuesOf, type SchemaNode } from '../../viz/app/editor/schemaAssist';

const SCHEMA = schemaJson as unknown as SchemaNode;

function at(text: string, marker = '|'): { state: EditorState; pos: number } {
  const pos = text.indexOf(marker);
  const state = EditorState.create({ doc: text.replace(marker, ''), extensions: [json()] });
  ensureSyntaxTree(state, state.doc.length, 5000);
  return { state, pos };
}

describe('schema assistance in the scenario editor', () => {
  it('knows the path, and whether a key or a value is wanted, inside nested objects and arrays', () => {
    let { state, pos } = at('{\n  "action": {\n    "governance": "|"\n  }\n}');
    expect(placeAt(state, pos)).toMatchObject({ kind: 'value', path: ['action', 'governance'] });
    ({ state, pos } = at('{\n  "action": {\n    "gov|"\n  }\n}'));
    expect(placeAt(state, pos)).toMatchObject({ kind: 'key', path: ['action'] });
    ({ state, pos } = at('{\n  "events": [\n    { "at": 3, "type": "|" }\n  ]\n}'));
    expect(placeAt(state, pos)).toMatchObject({ kind: 'value', path: ['events', 0, 'type'] });
  });

  it('offers the schema’s fields and values, and describes a field in each language', () => {
    expect(propertiesOf(schemaAt(SCHEMA, ['action'])).map(([name]) => name)).toEqual(
      expect.arrayContaining(['governance', 'leadership', 'steward', 'instruments', 'funding']),
    );
    expect(valuesOf(schemaAt(SCHEMA, ['action', 'governance']))).toEqual(['"shared"', '"lead"', '"nao"']);
    expect(valuesOf(schemaAt(SCHEMA, ['action', 'steward']))).toEqual(['true', 'false']);
    expect(valuesOf(schemaAt(SCHEMA, ['events', 0, 'type']))).toContain('"budget_cut"');
    expect(valuesOf(schemaAt(SCHEMA, ['action', 'funding', 'ends_at']))).toContain('null');
    expect(schemaAt(SCHEMA, ['action', 'no_such_field'])).toBeUndefined();
    const governance = schemaAt(SCHEMA, ['action', 'governance'])!;
    expect(describeField(governance, 'en')).toMatch(/^Governance mode.*default = "shared"$/);
    expect(describeField(governance, 'fr')).toMatch(/^Mode de gouvernance.*par défaut = "shared"$/);
  });
});
