/**
 * The student's page (phone-sized, docs/classroom.md): join a room with a name, then each
 * month see one's organisation, what partners did, and choose. The token the server gives
 * is kept in this browser (localStorage, per room), so a reload or a dropped network
 * rejoins as the same organisation. Everything from the server is shown as text.
 */
import './classroom.css';
import { DICTIONARIES, defaultLanguage, formatNumber, formatPoints, isLanguage, type Language } from '../app/i18n';
import type { RefusalReason, ServerMessage, StudentView } from '../../sim/classroom/protocol';
import { CLASSROOM_TEXTS } from './texts';
import { connectClassroom } from './socket';
import { byId } from '../app/dom';

const doc = document;
const storage = window.localStorage;
const LANGUAGE_KEY = 'interstice-classroom-language';
const tokenKey = (room: string) => `interstice-classroom-token:${room}`;
/** The last room this browser joined: a reload of the bare address (no ?room=) finds its place again. */
const ROOM_KEY = 'interstice-classroom-room';

let lang: Language = defaultLanguage(storage.getItem(LANGUAGE_KEY) ?? navigator.language);
let view: StudentView | undefined;
let room = (new URLSearchParams(location.search).get('room') ?? storage.getItem(ROOM_KEY) ?? '').toUpperCase();
let pendingName: string | undefined;
let connectionStatus: 'connecting' | 'open' | 'lost' = 'connecting';
let refusal: RefusalReason | undefined;
/** This browser's time at which the month ends (the server sends what is left, not its clock). */
let deadline: number | null = null;

const form = byId<HTMLFormElement>(doc, 'join-form');
const roomInput = byId<HTMLInputElement>(doc, 'room');
const nameInput = byId<HTMLInputElement>(doc, 'name');
const joinError = byId<HTMLParagraphElement>(doc, 'join-error');
const game = byId<HTMLElement>(doc, 'game');
const languageSelect = byId<HTMLSelectElement>(doc, 'language');
roomInput.value = room;
languageSelect.value = lang;

const texts = () => CLASSROOM_TEXTS[lang];

const socket = connectClassroom(window, {
  onOpen: () => {
    const token = room ? storage.getItem(tokenKey(room)) : null;
    if (token) socket.send({ type: 'hello', room, token });
    else if (pendingName) socket.send({ type: 'hello', room, name: pendingName });
  },
  onMessage: (message: ServerMessage) => {
    if (message.type === 'welcome') {
      storage.setItem(tokenKey(room), message.token);
      storage.setItem(ROOM_KEY, room);
      pendingName = undefined;
    } else if (message.type === 'student') {
      view = message;
      refusal = undefined;
      deadline = message.remainingMs === null ? null : Date.now() + message.remainingMs;
    } else if (message.type === 'refused') {
      refusal = message.reason;
      if (message.reason === 'unknown_token') storage.removeItem(tokenKey(room));
      if (message.reason === 'unknown_room') storage.removeItem(ROOM_KEY);
      if (message.reason === 'unknown_room' || message.reason === 'unknown_token' || message.reason === 'room_full') view = undefined;
    }
    render();
  },
  onStatus: (status) => {
    connectionStatus = status;
    render();
  },
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  room = roomInput.value.trim().toUpperCase();
  pendingName = nameInput.value.trim();
  refusal = undefined;
  if (!room || !pendingName) {
    joinError.textContent = texts().refused.invalid;
    return;
  }
  const token = storage.getItem(tokenKey(room));
  socket.send(token ? { type: 'hello', room, token } : { type: 'hello', room, name: pendingName });
});

languageSelect.addEventListener('change', () => {
  if (isLanguage(languageSelect.value)) lang = languageSelect.value;
  storage.setItem(LANGUAGE_KEY, lang);
  render();
});

function item(list: HTMLElement, label: string, value: string): void {
  const dt = doc.createElement('dt');
  dt.textContent = label;
  const dd = doc.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

function render(): void {
  const t = texts();
  const dict = DICTIONARIES[lang];
  doc.documentElement.lang = lang;
  doc.title = t.studentTitle;
  byId(doc, 'title').textContent = t.studentTitle;
  byId(doc, 'language-label').textContent = t.language;
  byId(doc, 'room-label').textContent = t.room;
  byId(doc, 'name-label').textContent = t.name;
  byId(doc, 'join').textContent = t.join;
  byId(doc, 'join-hint').textContent = t.joinHint;
  byId(doc, 'connection').textContent = connectionStatus === 'open' ? '' : connectionStatus === 'lost' ? t.reconnecting : t.connecting;
  form.hidden = view !== undefined;
  game.hidden = view === undefined;
  joinError.textContent = !view && refusal ? t.refused[refusal] : '';
  if (!view) return;
  const v = view;
  byId(doc, 'status').textContent = `${t.month(v.month, v.months)} · ${t.states[v.state]}`;
  byId(doc, 'org-name').textContent = `${t.youPlay}: ${v.organisation.name}`;
  const facts = byId<HTMLDListElement>(doc, 'facts');
  facts.replaceChildren();
  item(facts, t.sector, dict.orderNames[v.organisation.order]);
  item(facts, t.field, dict.fieldNames[v.organisation.field] ?? v.organisation.field);
  item(facts, t.budget, formatNumber(lang, v.organisation.budget, 1));
  item(facts, t.engagement, !v.actionAlive ? t.actionDissolved : v.member ? (t.rungs[v.rung] ?? String(v.rung)) : t.notMember);
  item(facts, t.ownEfficiency, formatNumber(lang, v.efficiency, 3));
  item(facts, t.collective, formatPoints(lang, v.collectiveEffectiveness, 2));

  byId(doc, 'decision-heading').textContent = t.decisionHeading;
  const choices = byId<HTMLDivElement>(doc, 'choices');
  choices.replaceChildren(
    ...v.open.map((choice) => {
      const button = doc.createElement('button');
      button.type = 'button';
      button.dataset.choice = choice;
      button.textContent = t.choices[choice];
      button.disabled = v.decided !== null;
      button.setAttribute('aria-pressed', String(v.decided === choice));
      button.addEventListener('click', () => socket.send({ type: 'decide', month: v.month, choice }));
      return button;
    }),
  );
  byId(doc, 'decision-note').textContent = refusal ? t.refused[refusal] : v.decided ? t.chose(t.choices[v.decided]) : v.state === 'running' ? t.noChoice : '';

  byId(doc, 'news-heading').textContent = t.lastMonth;
  const news = byId<HTMLUListElement>(doc, 'news');
  const lines: string[] = [];
  const { joined, left, climbed, events } = v.lastMonth;
  if (joined.length) lines.push(`${t.joined}: ${joined.join(', ')}`);
  if (left.length) lines.push(`${t.left}: ${left.join(', ')}`);
  if (climbed.length) lines.push(`${t.climbed}: ${climbed.join(', ')}`);
  if (events.length) lines.push(`${t.events}: ${events.map((e) => (dict.events as Partial<Record<string, string>>)[e] ?? e).join(', ')}`);
  if (!lines.length) lines.push(t.nothingNew);
  news.replaceChildren(
    ...lines.map((text) => {
      const li = doc.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
  renderTimer();
}

function renderTimer(): void {
  const timer = byId(doc, 'timer');
  if (view?.state !== 'running') {
    timer.textContent = '';
    return;
  }
  timer.textContent = deadline === null ? texts().waitingForAll : texts().timeLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
}

window.setInterval(renderTimer, 1000);
render();
