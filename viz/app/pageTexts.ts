/**
 * The page's static texts in a language: every element marked `data-i18n="key"` gets that
 * dictionary string as its text, `data-i18n-placeholder` and `data-i18n-label` as its
 * placeholder and accessible name; the document's language and title follow. Keys may be
 * dotted (`analysis.heading`): the analyst view's texts are nested.
 */
import type { Dictionary, Language } from './i18n';
import { setAttr, setText } from './dom';

/** The dictionary entry at a dotted key. */
function textAt(dict: Dictionary, key: string): unknown {
  let value: unknown = dict;
  for (const part of key.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

export function translatePage(doc: Document, lang: Language, dict: Dictionary): void {
  doc.documentElement.lang = lang;
  doc.title = dict.documentTitle;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = textAt(dict, el.dataset.i18n ?? '');
    if (typeof text === 'string') setText(el, text);
  }
  for (const [selector, attribute] of [
    ['[data-i18n-placeholder]', 'placeholder'],
    ['[data-i18n-label]', 'aria-label'],
  ] as const) {
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      const text = textAt(dict, (attribute === 'placeholder' ? el.dataset.i18nPlaceholder : el.dataset.i18nLabel) ?? '');
      if (typeof text === 'string') setAttr(el, attribute, text);
    }
  }
}
