/**
 * What a person meets in a piece of the page, as text for a snapshot: one line per control,
 * group, live region, text key or slot the code fills, in document order, indented by the
 * groups it sits in. Each line says what the element is, how it is named (its text key, its
 * text, or its label's, found through `for`), the keys it answers and the state it starts in.
 * Layout (wrapper elements, classes but `visually-hidden`) is left out: the markup itself is in viz/views/, and a
 * copy of it would only repeat it; this changes when what a class sees or can do changes.
 */

/** Elements that get a line; labels are not among them, they name their control. */
const SHOWN = 'button, input, select, a, [role], [aria-live], [id], [data-i18n], [data-i18n-label]';

/** Attributes that say what an element does or the state it starts in (name=value, or the name alone when empty). */
const STATES = [
  'role',
  'name',
  'inputmode',
  'tabindex',
  'aria-hidden',
  'aria-live',
  'aria-keyshortcuts',
  'aria-pressed',
  'value',
  'min',
  'max',
  'step',
  'accept',
  'target',
  'rel',
  'novalidate',
  'readonly',
  'disabled',
  'hidden',
];

/** Classes that change what a person meets (not only how it looks). */
const MEANINGFUL_CLASSES = ['visually-hidden'];

function kind(el: Element): string {
  const tag = el.tagName.toLowerCase();
  // A button's type as the browser takes it: one left without `type` in a form submits it.
  const type = el instanceof HTMLButtonElement ? el.type : el.getAttribute('type');
  const what = tag === 'input' || tag === 'button' ? `${tag}[${type}]` : tag;
  const data = [...el.attributes].filter((a) => a.name.startsWith('data-') && !a.name.startsWith('data-i18n')).map((a) => `[${a.name.slice(5)}=${a.value}]`);
  // An element without an id is told by its class (the live events' group, the display toggles).
  const identity = el.id ? `#${el.id}` : [...el.classList].map((c) => `.${c}`).join('');
  const meaning = el.id ? MEANINGFUL_CLASSES.filter((c) => el.classList.contains(c)).map((c) => `.${c}`) : [];
  return `${what}${identity}${meaning.join('')}${data.join('')}`;
}

function textOf(el: Element, key: string | null): string[] {
  const text = el.querySelector(SHOWN) ? '' : (el.textContent ?? '').trim();
  return [...(key ? [`{${key}}`] : []), ...(text ? [JSON.stringify(text)] : [])];
}

function name(el: Element): string[] {
  const label = el.id ? el.ownerDocument.querySelector(`label[for="${el.id}"]`) : null;
  const labelledBy = el.getAttribute('aria-labelledby');
  const ariaLabel = el.getAttribute('aria-label');
  return [
    ...textOf(el, el.getAttribute('data-i18n')),
    ...(label ? ['label', ...textOf(label, label.getAttribute('data-i18n'))] : []),
    ...(ariaLabel ? [`aria-label ${JSON.stringify(ariaLabel)}`, `{${el.getAttribute('data-i18n-label')}}`] : []),
    ...(labelledBy ? [`labelled by #${labelledBy}`] : []),
  ];
}

function states(el: Element): string[] {
  const set = STATES.filter((attr) => el.hasAttribute(attr)).map((attr) => (el.getAttribute(attr) ? `${attr}=${el.getAttribute(attr)}` : attr));
  const describedBy = el.getAttribute('aria-describedby');
  const options = el.tagName === 'SELECT' ? [...el.querySelectorAll('option')] : [];
  const values = options.map((option) => option.value);
  return [...set, ...(describedBy ? [`described by #${describedBy}`] : []), ...(values.length ? [`options ${values.join('|')}`] : [])];
}

export function controlOutline(root: Element): string {
  const shown = [root, ...root.querySelectorAll(SHOWN)].filter((el) => el.tagName !== 'LABEL');
  return shown
    .map((el) => {
      const depth = shown.filter((other) => other !== el && other.contains(el)).length;
      return `${'  '.repeat(depth)}${[kind(el), ...name(el), ...states(el)].join(' ')}`;
    })
    .join('\n');
}
