/**
 * What the scenario's JSON Schema says about a place in a JSON document, for the in-page
 * editor: the JSON path at a position (from CodeMirror's JSON syntax tree), the schema of
 * the value there, the properties an object may have and the values a field may take, and
 * the description of a field in the page's language. The schema is the one editors use
 * (scenarios/scenario.schema.json: plain properties, items and anyOf, no references).
 */
import type { SyntaxNode } from '@lezer/common';
import type { EditorState } from '@codemirror/state';
import { syntaxTree } from '@codemirror/language';
import type { SchemaNode } from '../../../sim/scenario/jsonSchema';

export type { SchemaNode };

/** One step of a JSON path: a property name, or an array element. */
export type PathStep = string | number;

/** The schema of the value at `path` (anyOf merged: the first branch that has what is asked), or undefined where the schema says nothing. */
export function schemaAt(root: SchemaNode, path: readonly PathStep[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const step of path) {
    if (!node) return undefined;
    const branches: SchemaNode[] = node.anyOf ? [node, ...node.anyOf] : [node];
    let next: SchemaNode | undefined;
    for (const branch of branches) {
      next =
        typeof step === 'number'
          ? branch.items
          : (branch.properties?.[step] ?? (typeof branch.additionalProperties === 'object' ? branch.additionalProperties : undefined));
      if (next) break;
    }
    node = next;
  }
  return node;
}

/** The properties an object at this schema may have. */
export function propertiesOf(node: SchemaNode | undefined): [string, SchemaNode][] {
  if (!node) return [];
  const branches = node.anyOf ? [node, ...node.anyOf] : [node];
  return branches.flatMap((branch) => Object.entries(branch.properties ?? {}));
}

/** The values a field may take, as JSON text: its enum, true/false, null. */
export function valuesOf(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  const branches = node.anyOf ? [node, ...node.anyOf] : [node];
  const values = new Set<string>();
  for (const branch of branches) {
    for (const value of branch.enum ?? []) values.add(JSON.stringify(value));
    const types = Array.isArray(branch.type) ? branch.type : branch.type ? [branch.type] : [];
    if (types.includes('boolean')) ['true', 'false'].forEach((v) => values.add(v));
    if (types.includes('null')) values.add('null');
  }
  return [...values];
}

const unquote = (text: string): string => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : text;
  } catch {
    return text.replace(/^"|"$/g, '');
  }
};

/**
 * The JSON path of the innermost value around `node`: the names of the properties and the
 * indices of the array elements that enclose it, from the document's root.
 */
export function pathOf(state: EditorState, node: SyntaxNode | null): PathStep[] {
  const path: PathStep[] = [];
  for (let at = node; at; at = at.parent) {
    const parent = at.parent;
    if (at.name === 'Property') {
      const name = at.getChild('PropertyName');
      if (name) path.unshift(unquote(state.sliceDoc(name.from, name.to)));
    } else if (parent?.name === 'Array' && at.name !== '[' && at.name !== ']' && at.name !== ',') {
      let index = 0;
      for (let sibling = at.prevSibling; sibling; sibling = sibling.prevSibling)
        if (sibling.name !== '[' && sibling.name !== ',' && sibling.type.isError === false) index++;
      path.unshift(index);
    }
  }
  return path;
}

/** Where the cursor is in the document, for completion: inside an object (a property name is wanted) or a value of a property. */
export function placeAt(state: EditorState, pos: number): { kind: 'key' | 'value'; path: PathStep[]; node: SyntaxNode } {
  const tree = syntaxTree(state);
  const node = tree.resolveInner(pos, -1);
  // In a property name, or in an object with nothing typed yet: a key.
  if (node.name === 'PropertyName') return { kind: 'key', path: pathOf(state, node.parent?.parent ?? null), node };
  if (node.name === 'Object' || node.name === '{' || (node.name === ',' && node.parent?.name === 'Object'))
    return { kind: 'key', path: pathOf(state, node.name === 'Object' ? node : node.parent), node };
  // After a property's colon, or in its value.
  const property = node.name === 'Property' ? node : node.parent?.name === 'Property' ? node.parent : null;
  if (property) {
    const name = property.getChild('PropertyName');
    const isName = name !== null && name.from <= node.from && node.to <= name.to;
    if (!isName) return { kind: 'value', path: pathOf(state, property), node };
    return { kind: 'key', path: pathOf(state, property.parent), node };
  }
  if (node.parent?.name === 'Array' || node.name === 'Array')
    return { kind: 'value', path: [...pathOf(state, node.name === 'Array' ? node : node.parent), 0], node };
  return { kind: 'value', path: pathOf(state, node), node };
}

/** A field's description in a language, with its unit (named by `unitName`, the page's words) and default. */
export function describe(node: SchemaNode, lang: 'en' | 'fr', unitName: (unit: string) => string = (unit) => unit): string {
  const text = (lang === 'fr' ? node.fr : node.description) ?? node.description ?? '';
  const unit = node.unit ? ` (${unitName(node.unit)})` : '';
  const range = node.minimum !== undefined || node.maximum !== undefined ? ` [${node.minimum ?? '−∞'}, ${node.maximum ?? '∞'}]` : '';
  const byDefault = node.default !== undefined ? ` = ${JSON.stringify(node.default)}` : '';
  return `${text}${unit}${range}${byDefault ? ` — ${lang === 'fr' ? 'par défaut' : 'default'}${byDefault}` : ''}`;
}
