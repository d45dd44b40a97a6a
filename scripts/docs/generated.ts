/**
 * Generated sections of the documentation: which files hold a table rendered from the
 * schema, between which markers, in which language. `scripts/generateDocs.ts` rewrites
 * them; `tests/docs/docs.test.ts` fails when one is stale.
 */
import { renderDefaultsTable, type DocLang } from './defaultsTable';

export const DEFAULTS_START = '<!-- defaults:start -->';
export const DEFAULTS_END = '<!-- defaults:end -->';

export interface GeneratedDoc {
  /** Path from the repository root. */
  file: string;
  lang: DocLang;
}

/** Files with a defaults table: the model description and the student guide (English and French). */
export const GENERATED_DOCS: readonly GeneratedDoc[] = [
  { file: 'docs/model.md', lang: 'en' },
  { file: 'scenarios/README.md', lang: 'en' },
  { file: 'scenarios/LISEZMOI.md', lang: 'fr' },
];

/** The text between the markers, or an error naming what is wrong with them. */
export function generatedBlock(text: string): { ok: true; start: number; end: number } | { ok: false; reason: string } {
  const start = text.indexOf(DEFAULTS_START);
  const end = text.indexOf(DEFAULTS_END);
  if (start < 0 || end < 0) return { ok: false, reason: `missing ${start < 0 ? DEFAULTS_START : DEFAULTS_END}` };
  if (text.indexOf(DEFAULTS_START, start + 1) >= 0 || text.indexOf(DEFAULTS_END, end + 1) >= 0) {
    return { ok: false, reason: 'markers appear more than once' };
  }
  if (end < start) return { ok: false, reason: `${DEFAULTS_END} comes before ${DEFAULTS_START}` };
  return { ok: true, start: start + DEFAULTS_START.length, end };
}

/** The document with the table between its markers replaced by the one rendered now. */
export function regenerate(text: string, lang: DocLang): string {
  const block = generatedBlock(text);
  if (!block.ok) throw new Error(block.reason);
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const table = renderDefaultsTable(lang).replace(/\n/g, newline);
  return `${text.slice(0, block.start)}${newline}${newline}${table}${newline}${text.slice(block.end)}`;
}
