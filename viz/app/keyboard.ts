/**
 * Keyboard shortcuts: Space plays or pauses, → steps one month, + and − change the speed.
 * A key is taken only where it has no meaning of its own (typing in a field, choosing in
 * a list; Space also on a button, a summary or a link, where it presses them).
 */

export interface Shortcuts {
  /** False while another view hides the simulator: keys then do what they usually do. */
  active(): boolean;
  toggle(): void;
  step(): void;
  faster(): void;
  slower(): void;
}

const EDITING = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';
const PRESSABLE = 'button, summary, a[href]';

function free(target: EventTarget | null, selector: string): boolean {
  return !(target instanceof Element) || !target.closest(selector);
}

export function installKeyboard(doc: Document, shortcuts: Shortcuts): void {
  doc.addEventListener('keydown', (event) => {
    if (event.repeat || event.ctrlKey || event.metaKey || event.altKey || !shortcuts.active()) return;
    let action: (() => void) | undefined;
    if (event.key === ' ' && free(event.target, `${EDITING}, ${PRESSABLE}`)) action = shortcuts.toggle;
    else if (event.key === 'ArrowRight' && free(event.target, EDITING)) action = shortcuts.step;
    else if ((event.key === '+' || event.key === '=') && free(event.target, EDITING)) action = shortcuts.faster;
    else if ((event.key === '-' || event.key === '−') && free(event.target, EDITING)) action = shortcuts.slower;
    if (!action) return;
    event.preventDefault();
    action();
  });
}
