/**
 * The instructor's page (the projected screen, docs/classroom.md): the address and room
 * code to join (with a QR code), who plays which organisation, the controls (start, pause,
 * month length, next month, live events, end), the run's headline chart live, and at the
 * end the debrief: the class's run beside the same scenario and seed played by the agents
 * alone, and who did what when. The instructor's key comes from the link printed in the
 * terminal (`#key=…`); it is sent to the server, never shown.
 */
import './classroom.css';
import QRCode from 'qrcode';
import { chartLabels, DICTIONARIES, defaultLanguage, isLanguage, LIVE_EVENT_TYPES, type Language } from '../app/i18n';
import { byId } from '../app/dom';
import { download } from '../app/exportFiles';
import { timeSeriesChart, type TimeSeriesData, type TimeSeriesOptions } from '../charts/timeSeries';
import type { Chart } from '../charts/common';
import { PACES, REFUSAL_REASONS, type InstructorView, type Pace, type ServerMessage } from '../../sim/classroom/protocol';
import { CLASSROOM_TEXTS } from './texts';
import { Debrief, columnsOf } from './debrief';
import { Roster } from './roster';
import { connectClassroom } from './socket';

const doc = document;
const LANGUAGE_KEY = 'interstice-classroom-language';
/**
 * The key comes in the link's fragment; it is kept for this tab (a reload) and taken out of
 * the address bar at once, so a projected browser window never shows it.
 */
const KEY_STORAGE = 'interstice-classroom-key';
const key = new URLSearchParams(location.hash.slice(1)).get('key') ?? window.sessionStorage.getItem(KEY_STORAGE) ?? '';
if (key) window.sessionStorage.setItem(KEY_STORAGE, key);
if (location.hash) history.replaceState(null, '', location.pathname + location.search);
let lang: Language = defaultLanguage(window.localStorage.getItem(LANGUAGE_KEY) ?? navigator.language);
let view: InstructorView | undefined;
let deadline: number | null = null;
let problem = '';
let connection: 'connecting' | 'open' | 'lost' = 'connecting';
let qrFor = '';
let headline: Chart<TimeSeriesData, TimeSeriesOptions> | undefined;
/** Which file each `export` answer still to come is for, in the order asked. */
const pendingExports: ('csv' | 'journal')[] = [];
/** "Next month now" waits for the month it asked for (a second click would play two). */
let advanceAsked = -1;
/** The language the page's fixed texts are in ('' before the first render). */
let staticLanguage = '';
let renderPending = false;
/** One render per frame, however many messages arrive. */
const scheduleRender = () => {
  if (renderPending) return;
  renderPending = true;
  window.requestAnimationFrame(() => {
    renderPending = false;
    render();
  });
};

const texts = () => CLASSROOM_TEXTS[lang];
const languageSelect = byId<HTMLSelectElement>(doc, 'language');
languageSelect.value = lang;
const paceSelect = byId<HTMLSelectElement>(doc, 'pace');

const socket = connectClassroom(window, {
  onOpen: () => {
    if (key) socket.send({ type: 'instructor', key });
  },
  onMessage: (message: ServerMessage) => {
    if (message.type === 'instructor') {
      view = message;
      problem = '';
      deadline = message.remainingMs === null ? null : Date.now() + message.remainingMs;
    } else if (message.type === 'refused') {
      // Refused before the key was accepted: the link's key is not this session's.
      problem = !view && message.reason === 'forbidden' ? texts().wrongKey : texts().refused[message.reason];
    } else if (message.type === 'export') {
      const base = `interstice-class-${view?.room ?? 'session'}`;
      const kind = pendingExports.shift() ?? 'csv';
      if (kind === 'csv') download(doc, `${base}.csv`, new Blob([message.csv], { type: 'text/csv' }));
      else download(doc, `${base}.jsonl`, new Blob([message.journal], { type: 'application/jsonl' }));
    }
    scheduleRender();
  },
  onStatus: (status) => {
    connection = status;
    scheduleRender();
  },
});

const roster = new Roster(doc, (message) => socket.send(message));
const debrief = new Debrief(doc);
const on = (id: string, listener: () => void) => byId(doc, id).addEventListener('click', listener);
on('start', () => socket.send(view?.state === 'running' ? { type: 'pause' } : { type: 'start' }));
on('next', () => {
  if (!view || advanceAsked === view.month) return;
  advanceAsked = view.month;
  socket.send({ type: 'advance' });
});
on('apply-setup', () => {
  const text = byId<HTMLInputElement>(doc, 'seed').value.trim();
  const seed = Number(text);
  if (/^\d+$/.test(text) && Number.isSafeInteger(seed) && seed <= 0xffff_ffff)
    socket.send({ type: 'setup', scenario: byId<HTMLSelectElement>(doc, 'scenario').value, seed });
});
on('end', () => {
  if (window.confirm(texts().confirmEnd)) socket.send({ type: 'end' });
});
on('export-csv', () => {
  pendingExports.push('csv');
  socket.send({ type: 'export' });
});
on('export-journal', () => {
  pendingExports.push('journal');
  socket.send({ type: 'export' });
});
paceSelect.addEventListener('change', () => {
  const pace = PACES.find((p) => String(p) === paceSelect.value);
  if (pace !== undefined) socket.send({ type: 'pace', pace });
});
const eventButtons = LIVE_EVENT_TYPES.map((type) => {
  const button = doc.createElement('button');
  button.type = 'button';
  button.id = `event-${type}`;
  button.addEventListener('click', () => socket.send({ type: 'event', event: type }));
  return button;
});
byId(doc, 'events').append(...eventButtons);
languageSelect.addEventListener('change', () => {
  if (isLanguage(languageSelect.value)) lang = languageSelect.value;
  window.localStorage.setItem(LANGUAGE_KEY, lang);
  headline = undefined;
  scheduleRender();
});

const setText = (id: string, text: string) => {
  byId(doc, id).textContent = text;
};
function renderStatic(): void {
  const t = texts();
  doc.documentElement.lang = lang;
  doc.title = t.hostTitle;
  setText('title', t.hostTitle);
  setText('language-label', t.language);
  setText('join-heading', t.joinAt);
  setText('code-label', t.withCode);
  setText('roster-heading', t.roster);
  setText('th-student', t.student);
  setText('th-organisation', t.organisation);
  setText('th-present', t.present);
  setText('th-decided', t.decided);
  setText('th-assign', t.assign);
  setText('scenario-label', t.scenario);
  setText('seed-label', t.seed);
  setText('apply-setup', t.applySetup);
  roster.reset();
  setText('next', t.next);
  setText('end', t.end);
  setText('pace-label', t.pace);
  setText('events-heading', t.liveEvents);
  setText('export-csv', t.exportCsv);
  setText('export-journal', t.exportJournal);
  setText('debrief-heading', t.debrief);
  setText('debrief-hint', t.debriefHint);
  setText('th-class', t.theClass);
  setText('th-agents', t.agentsOnly);
  setText('questions-heading', t.questions);
  setText('decisions-heading', t.whoDidWhat);
  setText('th-month', t.decisionMonth);
  setText('th-decision-student', t.student);
  setText('th-decision-organisation', t.organisation);
  setText('th-choice', t.choice);
  byId<HTMLImageElement>(doc, 'qr').alt = t.qrAlt;
  const dict = DICTIONARIES[lang];
  LIVE_EVENT_TYPES.forEach((type, k) => (eventButtons[k]!.textContent = dict.liveButtons[type]));
  const current = paceSelect.value || '30';
  paceSelect.replaceChildren(
    ...PACES.map((pace: Pace) => {
      const option = doc.createElement('option');
      option.value = String(pace);
      option.textContent = pace === 'all' ? t.paceAll : t.paceSeconds(pace);
      return option;
    }),
  );
  paceSelect.value = view ? String(view.pace) : current;
  const questions = byId(doc, 'questions');
  questions.replaceChildren(
    ...t.questionList.map((q) => {
      const li = doc.createElement('li');
      li.textContent = q;
      return li;
    }),
  );
}

function render(): void {
  if (staticLanguage !== lang) {
    staticLanguage = lang;
    renderStatic();
  }
  const t = texts();
  setText('connection', connection === 'open' ? '' : connection === 'lost' ? t.reconnecting : t.connecting);
  setText('problem', !key ? t.noKey : view?.journalProblem ? t.journalProblem(view.journalProblem) : problem);
  if (!view) return;
  const v = view;
  setText('scenario-title', `${v.scenarioTitle[lang] || v.scenarioTitle.en} · seed ${v.seed}`);
  const joinUrl = `${v.joinUrl}?room=${v.room}`;
  setText('join-url', v.joinUrl);
  setText('room-code', v.room);
  if (qrFor !== joinUrl) {
    qrFor = joinUrl;
    void QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      byId<HTMLImageElement>(doc, 'qr').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
  }
  setText('status', `${t.month(v.month, v.months)} · ${t.states[v.state]}`);
  setText('start', v.state === 'running' ? t.pause : v.state === 'paused' ? t.resume : t.start);
  for (const id of ['start', 'next', 'end']) byId<HTMLButtonElement>(doc, id).disabled = v.state === 'ended';
  byId<HTMLButtonElement>(doc, 'next').disabled = v.state === 'ended' || v.state === 'lobby' || advanceAsked === v.month;
  // Live events act on a run in play; before the start the scenario may still change.
  for (const button of eventButtons) button.disabled = v.state === 'ended' || v.state === 'lobby';
  paceSelect.value = String(v.pace);

  const dict = DICTIONARIES[lang];
  roster.render(v, lang);
  const refusedTotal = REFUSAL_REASONS.reduce((sum, reason) => sum + v.refused[reason], 0);
  setText('refused', refusedTotal > 0 ? t.refusedCount(refusedTotal) : '');

  const labels = chartLabels(dict, lang);
  const data = { ...columnsOf(v.series), events: v.events.map((e) => ({ tick: e.month, type: e.type })) };
  const options = { width: 760, height: 380, horizon: v.months, idPrefix: 'class', labels: labels.headline };
  const chart = byId(doc, 'chart');
  if (!headline?.update(data, options)) {
    headline = timeSeriesChart(data, options, doc);
    chart.replaceChildren(headline.node);
  }
  debrief.render(v, lang);
  renderTimer();
}

function renderTimer(): void {
  const t = texts();
  if (view?.state !== 'running') setText('timer', '');
  else setText('timer', deadline === null ? t.waitingForAll : t.timeLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))));
}

window.setInterval(renderTimer, 1000);
render();
