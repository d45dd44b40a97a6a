/**
 * The scenario as JSON in the page, for students who change a scenario without leaving the
 * browser: CodeMirror 6 (a kept editor) with the scenario's JSON Schema behind it —
 * completion of field names and values, the field's description on hover, and the same
 * problems as `npm run sim -- validate`, in the page's language, at their line and column.
 * Loaded the first time the panel is opened, so the simulator starts as fast as without it.
 */
// First: before the scenario schema is built (see noEval.ts).
import '../noEval';
import { EditorView, basicSetup } from 'codemirror';
import { json } from '@codemirror/lang-json';
import { linter, lintGutter, forceLinting, type Diagnostic } from '@codemirror/lint';
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip } from '@codemirror/view';
import { syntaxTree } from '@codemirror/language';
import { parseScenario, type ScenarioIssue } from '../../../sim';
import { inputProblem } from '../../../sim/scenario/inputProblems';
import schemaJson from '../../../scenarios/scenario.schema.json';
import { describe, pathOf, placeAt, propertiesOf, schemaAt, valuesOf, type SchemaNode } from './schemaAssist';
import type { Dictionary, Language } from '../i18n';
import { withoutSource } from '../../../sim/scenario/issues';

const SCHEMA = schemaJson as unknown as SchemaNode;
/** The editor refuses texts longer than the page's scenario files (the same bound). */
export const MAX_EDITOR_CHARS = 1_000_000;

/** The page's look inside the editor's shadow root (the page's style sheet does not reach it). */
const THEME = EditorView.theme({
  '&': { height: '24rem', fontSize: '0.9rem', backgroundColor: '#fff' },
  '.cm-scroller': { fontFamily: "'Liberation Mono', ui-monospace, monospace" },
  '.editor-hover': { maxWidth: '28rem', padding: '0.3rem 0.5rem', fontFamily: "'Liberation Sans', Arial, sans-serif" },
});

export interface EditorHost {
  dict(): Dictionary;
  language(): Language;
  /** After every change of the text (typing, completion, paste). */
  changed?(): void;
}

export interface ScenarioEditor {
  /** Replaces the text (the current run's scenario). */
  setText(text: string): void;
  text(): string;
  /** Problems of the text as the engine sees them (empty when it can run). */
  problems(): readonly ScenarioIssue[];
  /** Words the problems and tooltips again after a change of language. */
  relabel(): void;
  readonly view: EditorView;
}

/** A position in the document from an issue's line and column (1-based), clamped to the document. */
function offsetOf(view: EditorView, issue: ScenarioIssue): { from: number; to: number } {
  const doc = view.state.doc;
  if (issue.line === undefined) return { from: 0, to: Math.min(doc.length, doc.line(1).to) };
  const line = doc.line(Math.min(Math.max(1, issue.line), doc.lines));
  const from = Math.min(line.to, line.from + Math.max(0, (issue.column ?? 1) - 1));
  // To the end of the token there (a key, a value), at least one character.
  const node = syntaxTree(view.state).resolveInner(from, 1);
  const to = node.from === from && node.to > from && node.to <= line.to ? node.to : Math.min(line.to, from + 1);
  return { from, to: Math.max(to, Math.min(doc.length, from + 1)) };
}

/** The problems of the text at their places, worded in the page's language; `found` keeps them as data. */
function scenarioLinter(host: EditorHost, found: (issues: readonly ScenarioIssue[]) => void) {
  return linter(
    (view): Diagnostic[] => {
      const source = view.state.doc.toString();
      const dict = host.dict();
      if (source.length > MAX_EDITOR_CHARS) {
        found([inputProblem(undefined, { code: 'textTooLong', params: { limit: MAX_EDITOR_CHARS, length: source.length } })]);
        return [{ from: 0, to: 0, severity: 'error', message: dict.fileTooBig('1 MB') }];
      }
      const parsed = parseScenario(source, 'editor');
      const issues = parsed.ok ? [] : parsed.issues;
      found(issues);
      return issues.map((issue) => ({ ...offsetOf(view, issue), severity: 'error', message: dict.formatIssue(withoutSource(issue)) }));
    },
    { delay: 300 },
  );
}

/** A unit's name in the page's language. */
const unitIn =
  (host: EditorHost) =>
  (unit: string): string =>
    host.dict().units[unit] ?? unit;

/** Completion of field names and of the values a field takes, from the scenario's JSON Schema. */
function completionSource(host: EditorHost) {
  return (context: CompletionContext): CompletionResult | null => {
    const place = placeAt(context.state, context.pos);
    const lang = host.language();
    const word = context.matchBefore(/"?[\w.-]*"?/);
    const from = word ? word.from : context.pos;
    if (!context.explicit && word && word.from === word.to) return null;
    if (place.kind === 'key') {
      const options = propertiesOf(schemaAt(SCHEMA, place.path)).map(([name, node]) => ({
        label: `"${name}"`,
        type: 'property',
        detail: Array.isArray(node.type) ? node.type.join(' | ') : (node.type ?? ''),
        info: describe(node, lang, unitIn(host)),
      }));
      return options.length > 0 ? { from, options, validFor: /^"?[\w.-]*"?$/ } : null;
    }
    const options = valuesOf(schemaAt(SCHEMA, place.path)).map((value) => ({ label: value, type: 'enum' }));
    return options.length > 0 ? { from, options, validFor: /^"?[\w.-]*"?$/ } : null;
  };
}

/** A field's description when the pointer rests on its name. */
function schemaHover(host: EditorHost) {
  return hoverTooltip((view, pos, side) => {
    const node = syntaxTree(view.state).resolveInner(pos, side);
    if (node.name !== 'PropertyName') return null;
    const schema = schemaAt(SCHEMA, pathOf(view.state, node.parent));
    if (!schema) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'editor-hover';
        dom.textContent = describe(schema, host.language(), unitIn(host));
        return { dom };
      },
    };
  });
}

export function createScenarioEditor(parent: HTMLElement, host: EditorHost, text: string): ScenarioEditor {
  let issues: readonly ScenarioIssue[] = [];

  // In a shadow root: CodeMirror then styles itself with constructed style sheets, which the
  // page's Content-Security-Policy (style-src 'self', no inline <style>) allows.
  const shadow = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  shadow.replaceChildren(mount);
  const view = new EditorView({
    doc: text,
    root: shadow,
    parent: mount,
    extensions: [
      basicSetup,
      json(),
      lintGutter(),
      scenarioLinter(host, (found) => (issues = found)),
      autocompletion({ override: [completionSource(host)], activateOnTyping: true }),
      schemaHover(host),
      EditorView.lineWrapping,
      THEME,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) host.changed?.();
      }),
    ],
  });
  // The editable area has a name for screen readers.
  view.contentDOM.setAttribute('aria-label', host.dict().editorLabel);

  return {
    view,
    setText(next) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    text: () => view.state.doc.toString(),
    problems() {
      const parsed = parseScenario(view.state.doc.toString(), 'editor');
      issues = parsed.ok ? [] : parsed.issues;
      return issues;
    },
    relabel() {
      view.contentDOM.setAttribute('aria-label', host.dict().editorLabel);
      forceLinting(view);
    },
  };
}
