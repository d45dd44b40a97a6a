/**
 * The instructor's roster and set-up (docs/classroom.md): who plays which organisation,
 * connected or not, decided or not; before the start, the scenario and seed, and another
 * organisation for a student; at any time, taking a student off the roster. Each part is
 * rebuilt only when what it shows changed, so an open chooser is not swept away by an
 * unrelated update.
 */
import { DICTIONARIES, type Language } from '../app/i18n';
import { byId } from '../app/dom';
import type { InstructorView } from '../../sim/classroom/protocol';
import { CLASSROOM_TEXTS } from './texts';
import { textRow } from './tableRows';

/** Sends the roster's two instructor actions (the page numbers them). */
type Send = (message: { type: 'assign'; student: number; organisation: number } | { type: 'release'; student: number }) => void;

export class Roster {
  private setupShown = '';

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
  ) {}

  /** Forgets what was drawn (the language changed). */
  reset(): void {
    this.setupShown = '';
  }

  render(v: InstructorView, lang: Language): void {
    this.renderSetup(v, lang);
    const doc = this.doc;
    const t = CLASSROOM_TEXTS[lang];
    const dict = DICTIONARIES[lang];
    const body = byId(doc, 'roster').querySelector('tbody')!;
    const shown = JSON.stringify([lang, v.state === 'ended', v.roster, v.free.map((o) => o.index)]);
    if (body.dataset.shown === shown) return;
    body.dataset.shown = shown;
    if (v.roster.length === 0) {
      body.replaceChildren(textRow(doc, t.rosterEmpty, '', '', '', ''));
      return;
    }
    body.replaceChildren(
      ...v.roster.map((r, k) => {
        const tr = textRow(
          doc,
          r.name,
          `${r.organisationName} · ${dict.orderNames[r.order]}`,
          r.connected ? t.yes : t.agentPlays,
          r.decided ? t.yes : t.no,
          '',
        );
        if (v.free.length > 0) tr.lastElementChild!.append(this.assignSelect(k, v, lang));
        if (v.state !== 'ended') tr.lastElementChild!.append(this.releaseButton(k, r.name, lang));
        return tr;
      }),
    );
  }

  /** Before the start: the bundled scenarios and the seed, as the server has them. */
  private renderSetup(v: InstructorView, lang: Language): void {
    const doc = this.doc;
    const setup = byId(doc, 'setup');
    setup.hidden = v.scenarios.length === 0;
    const key = `${lang}|${v.scenarios.map((s) => s.id).join()}|${v.scenarioId}|${v.seed}`;
    if (setup.hidden || this.setupShown === key) return;
    this.setupShown = key;
    const option = (value: string, text: string) => {
      const element = doc.createElement('option');
      element.value = value;
      element.textContent = text;
      return element;
    };
    // A scenario given on the command line is not among the bundled ones: it is offered first, as played.
    const played = v.scenarioId === null ? [option('', v.scenarioTitle[lang] || v.scenarioTitle.en || '—')] : [];
    const select = byId<HTMLSelectElement>(doc, 'scenario');
    select.replaceChildren(...played, ...v.scenarios.map((s) => option(s.id, s.title[lang] || s.title.en)));
    select.value = v.scenarioId ?? '';
    byId<HTMLInputElement>(doc, 'seed').value = String(v.seed);
  }

  /** Takes a student off the roster (their organisation goes back to its agent). */
  private releaseButton(student: number, name: string, lang: Language): HTMLButtonElement {
    const t = CLASSROOM_TEXTS[lang];
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.className = 'release';
    button.textContent = t.release;
    button.setAttribute('aria-label', `${t.release}: ${name}`);
    button.addEventListener('click', () => this.send({ type: 'release', student }));
    return button;
  }

  /** A roster row's choice of another organisation (before the start). */
  private assignSelect(student: number, v: InstructorView, lang: Language): HTMLSelectElement {
    const doc = this.doc;
    const dict = DICTIONARIES[lang];
    const select = doc.createElement('select');
    select.setAttribute('aria-label', `${CLASSROOM_TEXTS[lang].assign}: ${v.roster[student]!.name}`);
    const option = (value: string, text: string) => {
      const element = doc.createElement('option');
      element.value = value;
      element.textContent = text;
      return element;
    };
    select.append(option('', '—'), ...v.free.map((o) => option(String(o.index), `${o.name} · ${dict.orderNames[o.order]}`)));
    select.addEventListener('change', () => {
      if (select.value !== '') this.send({ type: 'assign', student, organisation: Number(select.value) });
    });
    return select;
  }
}
