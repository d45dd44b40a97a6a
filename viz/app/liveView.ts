/**
 * The live events on the page: their buttons (usable while a run is loaded and not over,
 * except an event that cannot act now, which says why) and the list of the run's live
 * events with the ones waiting for the next month.
 */
import { LIVE_EVENT_TYPES, eventName, type Dictionary } from './i18n';
import { byId, setAttr, setText } from './dom';
import type { ORDERS, LiveEvent, SimEvent } from '../sim';

export class LiveView {
  readonly buttons: HTMLButtonElement[];
  readonly cutOrder: HTMLSelectElement;
  readonly clear: HTMLButtonElement;
  private list: HTMLElement;

  constructor(private doc: Document) {
    this.buttons = LIVE_EVENT_TYPES.map((type) => byId<HTMLButtonElement>(doc, `event-${type}`));
    this.cutOrder = byId(doc, 'cut-order');
    this.clear = byId(doc, 'clear-live');
    this.list = byId(doc, 'live-list');
  }

  texts(dict: Dictionary): void {
    LIVE_EVENT_TYPES.forEach((type, k) => (this.buttons[k]!.textContent = dict.liveButtons[type]));
    for (const option of this.cutOrder.options) option.textContent = dict.orderNames[option.value as (typeof ORDERS)[number]] ?? option.value;
  }

  /** The event a button sends now: a budget cut hits the order chosen beside it. */
  eventOf(k: number): SimEvent {
    const type = LIVE_EVENT_TYPES[k]!;
    return type === 'budget_cut' ? { type, order: this.cutOrder.value as SimEvent['order'] & string } : { type };
  }

  /** An event that cannot act now says why (its tooltip and description) and does nothing. */
  canAct(k: number): boolean {
    return this.buttons[k]!.getAttribute('aria-disabled') !== 'true';
  }

  /**
   * Buttons usable while a run is loaded and not over, except an event that cannot act in
   * this run now, disabled with the reason as its tooltip (and description).
   */
  availability(state: { loaded: boolean; done: boolean }, cannot: Partial<Record<string, string>>): void {
    LIVE_EVENT_TYPES.forEach((type, k) => {
      const button = this.buttons[k]!;
      const reason = cannot[type];
      button.disabled = !state.loaded || state.done;
      // Still focusable (aria-disabled, not disabled), so keyboard and screen-reader users reach the reason.
      if (reason === undefined) {
        button.removeAttribute('aria-disabled');
        button.removeAttribute('title');
      } else {
        setAttr(button, 'aria-disabled', 'true');
        setAttr(button, 'title', reason);
      }
      setText(this.reasonOf(button), reason ?? '');
    });
  }

  /** The visually hidden text that describes a live-event button (why it cannot act now). */
  private reasonOf(button: HTMLButtonElement): HTMLElement {
    const id = `${button.id}-reason`;
    let span = this.doc.getElementById(id);
    if (!span) {
      span = this.doc.createElement('span');
      span.id = id;
      span.className = 'visually-hidden';
      button.after(span);
      button.setAttribute('aria-describedby', id);
    }
    return span;
  }

  /** Live events of the run, and the ones waiting for the next month; `idle` those that found nothing to act on. */
  events(dict: Dictionary, live: readonly LiveEvent[], pending: readonly SimEvent[], nextTick: number, idle: ReadonlySet<string>): void {
    const items = [...live.map((e) => ({ ...e, waiting: false })), ...pending.map((event) => ({ tick: nextTick, event, waiting: true }))];
    const suffix = (tick: number, event: SimEvent, waiting: boolean) => (waiting ? ' …' : idle.has(`${tick}:${event.type}`) ? ` ${dict.noEffect}` : '');
    const texts =
      items.length === 0
        ? [dict.liveNone]
        : items.map(({ tick, event, waiting }) => dict.liveItem(tick, eventName(dict, event)) + suffix(tick, event, waiting));
    const key = texts.join('\n');
    if (this.list.dataset.shown === key) return;
    this.list.dataset.shown = key;
    this.list.replaceChildren(
      ...texts.map((text, k) => {
        const li = this.doc.createElement('li');
        li.textContent = text;
        if (items[k]?.waiting) li.className = 'waiting';
        return li;
      }),
    );
  }
}
