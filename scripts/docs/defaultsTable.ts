/**
 * The reference table of scenario settings, rendered from the JSON Schema that zod
 * generates from `sim/scenario/schema.ts` (the single source of truth): one row per
 * setting with its dotted path, type or allowed values, default, range, unit and
 * description. English and French, so the model description and the student guide
 * share one renderer.
 */
import { scenarioJsonSchema } from '../../sim/scenario/jsonSchema';
import { unitsIn } from '../../sim/scenario/units';
import type { SchemaNode } from '../../sim/scenario/jsonSchema';

export type DocLang = 'en' | 'fr';

export interface DefaultsRow {
  /** Dotted path; items of arrays of objects appear as `events[].at`. */
  path: string;
  type: string;
  /** Default as it would be written in a scenario file (JSON), or a word when there is none. */
  default: string;
  range: string;
  unit: string;
  description: string;
  /** The default value itself, when the schema declares one (for checks). */
  defaultValue?: unknown;
  hasDefault: boolean;
}

const WORDS = {
  en: {
    header: ['path', 'type / allowed values', 'default', 'range', 'unit', 'description'],
    number: 'number',
    integer: 'integer',
    boolean: 'boolean',
    string: 'string',
    null: 'null',
    object: 'object',
    or: ' or ',
    oneOf: 'one of',
    arrayOf: 'array of',
    arrayOfValues: 'array of values from',
    plural: { number: 'numbers', integer: 'integers', string: 'strings', boolean: 'booleans' },
    arrayOfObjects: 'array of objects (item fields below)',
    required: 'required',
    none: '—',
    items: 'items',
    characters: 'characters',
    itemsIn: 'each in',
    intervalSeparator: ', ',
    listSeparator: '; ',
    decimal: '.',
  },
  fr: {
    header: ['chemin', 'type / valeurs permises', 'défaut', 'plage', 'unité', 'description'],
    number: 'nombre',
    integer: 'entier',
    boolean: 'booléen',
    string: 'texte',
    null: 'null',
    object: 'objet',
    or: ' ou ',
    oneOf: 'une valeur parmi',
    arrayOf: 'tableau de',
    arrayOfValues: 'tableau de valeurs parmi',
    plural: { number: 'nombres', integer: 'entiers', string: 'textes', boolean: 'booléens' },
    arrayOfObjects: 'tableau d’objets (champs ci-dessous)',
    required: 'obligatoire',
    none: '—',
    items: 'éléments',
    characters: 'caractères',
    itemsIn: 'chacun dans',
    intervalSeparator: ' ; ',
    listSeparator: ' ; ',
    decimal: ',',
  },
} as const;

/** French renderings of the units the schema uses; an unknown unit is shown as written. */
const UNIT_FR = unitsIn('fr');

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

function formatNumber(x: number, lang: DocLang): string {
  if (!Number.isFinite(x)) return String(x);
  const [whole = '', fraction] = String(Math.abs(x)).split('.');
  // Groups of three digits with a narrow no-break space (SI style, same in both languages).
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f') : whole;
  const sign = x < 0 ? '−' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${WORDS[lang].decimal}${fraction}`;
}

function numberRange(node: SchemaNode, lang: DocLang): string {
  const w = WORDS[lang];
  const low = node.exclusiveMinimum ?? node.minimum;
  const high = node.exclusiveMaximum ?? node.maximum;
  if (low === undefined && high === undefined) return '';
  const open = node.exclusiveMinimum !== undefined ? '(' : '[';
  const close = node.exclusiveMaximum !== undefined ? ')' : ']';
  const left = low === undefined ? '−∞' : formatNumber(low, lang);
  const right = high === undefined ? '∞' : formatNumber(high, lang);
  return `${low === undefined ? '(' : open}${left}${w.intervalSeparator}${right}${high === undefined ? ')' : close}`;
}

function countRange(min: number | undefined, max: number | undefined, noun: string, lang: DocLang): string {
  if (min !== undefined && min > 0 && max !== undefined) return `${formatNumber(min, lang)}–${formatNumber(max, lang)} ${noun}`;
  if (max !== undefined) return `≤ ${formatNumber(max, lang)} ${noun}`;
  if (min !== undefined && min > 0) return `≥ ${formatNumber(min, lang)} ${noun}`;
  return '';
}

function rangeOf(node: SchemaNode, lang: DocLang): string {
  const w = WORDS[lang];
  if (node.anyOf)
    return node.anyOf
      .map((branch) => rangeOf(branch, lang))
      .filter(Boolean)
      .join(w.listSeparator);
  switch (node.type) {
    case 'number':
    case 'integer':
      return numberRange(node, lang);
    case 'string':
      return node.enum ? '' : countRange(node.minLength, node.maxLength, w.characters, lang);
    case 'array': {
      const parts = [countRange(node.minItems, node.maxItems, w.items, lang)];
      const item = node.items;
      if (item && (item.type === 'number' || item.type === 'integer')) {
        const itemRange = numberRange(item, lang);
        if (itemRange) parts.push(`${w.itemsIn} ${itemRange}`);
      } else if (item?.type === 'string' && !item.enum) {
        const itemRange = countRange(item.minLength, item.maxLength, w.characters, lang);
        if (itemRange) parts.push(`${w.itemsIn} ${itemRange}`);
      }
      return parts.filter(Boolean).join(w.listSeparator);
    }
    default:
      return '';
  }
}

/** The types WORDS names in one word; an array's type is phrased from its items. */
const NAMED_TYPES = ['number', 'integer', 'boolean', 'string', 'null', 'object'] as const;
const isNamedType = (type: SchemaNode['type']): type is (typeof NAMED_TYPES)[number] => NAMED_TYPES.includes(type as (typeof NAMED_TYPES)[number]);

function typeOf(node: SchemaNode, lang: DocLang): string {
  const w = WORDS[lang];
  if (node.anyOf) return node.anyOf.map((branch) => typeOf(branch, lang)).join(w.or);
  if (node.enum) return `${w.oneOf} ${node.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  if (isNamedType(node.type)) return w[node.type];
  // Anything else the schema may say (a list of types, or a type not named above) is shown as written.
  if (node.type !== 'array') return [node.type ?? ''].flat().join(' | ');
  const item = node.items;
  if (!item) return w.arrayOf;
  if (item.type === 'object') return w.arrayOfObjects;
  if (item.enum) return `${w.arrayOfValues} ${item.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
  const plural = w.plural[item.type as keyof typeof w.plural] as string | undefined;
  return `${w.arrayOf} ${plural ?? typeOf(item, lang)}`;
}

const isObject = (node: SchemaNode) => node.type === 'object' && node.properties !== undefined;
const describe = (node: SchemaNode, lang: DocLang) => (lang === 'fr' ? node.fr : node.description);

function collectRows(node: SchemaNode, path: string, lang: DocLang, inherited: string, required: boolean, rows: DefaultsRow[]): void {
  const w = WORDS[lang];
  const own = describe(node, lang);
  // A field without a description of its own (e.g. the `en` text of a title) takes its parent's.
  const description = own ?? inherited;
  const unit = node.unit === undefined ? '' : lang === 'fr' ? (UNIT_FR[node.unit] ?? node.unit) : node.unit;
  const hasDefault = Object.hasOwn(node, 'default');
  const row = (type: string, defaultText: string): DefaultsRow => ({
    path,
    type,
    default: defaultText,
    range: rangeOf(node, lang),
    unit,
    description,
    hasDefault,
    ...(hasDefault ? { defaultValue: node.default } : {}),
  });

  if (isObject(node)) {
    const children = Object.entries(node.properties!);
    // A group is listed only when it says something its fields do not (e.g. "ignored when list is given").
    if (path !== '' && own !== undefined && children.some(([, child]) => describe(child, lang) !== undefined)) {
      rows.push({ path, type: w.object, default: w.none, range: '', unit, description, hasDefault: false });
    }
    const requiredKeys = new Set(node.required ?? []);
    for (const [key, child] of children) {
      collectRows(child, path === '' ? key : `${path}.${key}`, lang, description, requiredKeys.has(key), rows);
    }
    return;
  }
  const defaultText = hasDefault ? code(node.default) : required ? w.required : w.none;
  rows.push(row(typeOf(node, lang), defaultText));
  if (node.type === 'array' && node.items && isObject(node.items)) {
    const item = node.items;
    const requiredKeys = new Set(item.required ?? []);
    for (const [key, child] of Object.entries(item.properties!)) {
      collectRows(child, `${path}[].${key}`, lang, description, requiredKeys.has(key), rows);
    }
  }
}

/** Every setting of a scenario file, in schema order. */
export function defaultsRows(lang: DocLang = 'en'): DefaultsRow[] {
  const root = scenarioJsonSchema() as SchemaNode;
  const rows: DefaultsRow[] = [];
  collectRows(root, '', lang, '', false, rows);
  return rows;
}

/** The Markdown table of scenario settings, with descriptions in `lang`. */
export function renderDefaultsTable(lang: DocLang): string {
  const header = WORDS[lang].header;
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of defaultsRows(lang)) {
    const cells = [`\`${r.path}\``, r.type, r.default, r.range, r.unit, r.description];
    lines.push(`| ${cells.map((cell) => escapeCell(cell)).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
