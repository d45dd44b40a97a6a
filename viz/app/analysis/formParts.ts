/** The small elements the sweep form builds again and again: an option, and a checkbox with its words after it. */

export function option(doc: Document, value: string, text: string): HTMLOptionElement {
  const el = doc.createElement('option');
  el.value = value;
  el.textContent = text;
  return el;
}

/** `<label class="check"><input type="checkbox"> text</label>`; `init` gives the box its value, class, state and listener. */
export function checkLabel(doc: Document, text: string, init: (box: HTMLInputElement) => void): HTMLLabelElement {
  const label = doc.createElement('label');
  label.className = 'check';
  const box = doc.createElement('input');
  box.type = 'checkbox';
  init(box);
  label.append(box, ` ${text}`);
  return label;
}
