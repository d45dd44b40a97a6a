/**
 * The run in the page's address (after `#`, so static hosts never see it): scenario,
 * settings, seed, live events and language, plus a check code over all of it. A link that
 * was changed or cut short fails the check and is refused before anything runs; every
 * part is parsed strictly, and nothing from it ever reaches the page as HTML.
 *
 * A bundled scenario travels by name (`sc=default`) with only the settings changed on the
 * page (`set=path=json`); a scenario file travels whole, compressed with
 * CompressionStream('deflate-raw') and written in base64url (`f=`, `fn=` its name).
 */
import { LIVE_EVENT_TYPES, isLanguage, type Language } from './i18n';
import { isSeed, isSettingPath, type Overrides, type RunSetup } from './setup';
import { ORDERS, cyrb53, type LiveEvent, type PlayedMonth, type SimEvent } from '../sim';
import { PLAYED_CHOICES } from '../../sim/model/played';
import { readJson } from '../../sim/scenario/jsonText';

export const LINK_VERSION = '1';
/** Largest scenario file a link may carry once inflated (and the file picker accepts). */
export const MAX_SCENARIO_BYTES = 2_000_000;

export type LinkProblem = 'version' | 'checksum' | 'format' | 'scenario' | 'file';
export type DecodedLink = { ok: true; setup: RunSetup; lang?: Language } | { ok: false; problem: LinkProblem };

/** cyrb53 of the link's text (sim/run/hash.ts). Not a signature: it catches edits and truncation. */
export function checkCode(text: string): string {
  return cyrb53(text).toString(36);
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A tiny link could inflate to gigabytes: stop reading well before that.
    if (total > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export async function deflateText(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(await readAll(stream, Number.POSITIVE_INFINITY));
}

export async function inflateText(encoded: string, limit = MAX_SCENARIO_BYTES): Promise<string> {
  const bytes = fromBase64Url(encoded);
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(await readAll(stream, limit));
}

/** A class's decisions (a classroom journal): `[[tick, [[organisation, choice index], ...]], ...]`, deflated in the link. */
const playedText = (played: readonly PlayedMonth[]): string =>
  JSON.stringify(played.map((m) => [m.tick, m.decisions.map((d) => [d.organisation, PLAYED_CHOICES.indexOf(d.choice)])]));

const isIndex = (v: unknown, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;

function parsePlayed(text: string): PlayedMonth[] | undefined {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value)) return undefined;
  const played: PlayedMonth[] = [];
  let last = 0;
  for (const month of value) {
    if (!Array.isArray(month) || month.length !== 2 || !isIndex(month[0], 10_000_000) || month[0] <= last || !Array.isArray(month[1])) return undefined;
    last = month[0];
    const decisions: PlayedMonth['decisions'] = [];
    for (const d of month[1] as unknown[]) {
      if (!Array.isArray(d) || d.length !== 2 || !isIndex(d[0], 1_000_000) || !isIndex(d[1], PLAYED_CHOICES.length - 1)) return undefined;
      decisions.push({ organisation: d[0], choice: PLAYED_CHOICES[d[1]]! });
    }
    played.push({ tick: month[0], decisions });
  }
  return played;
}

const eventText = ({ tick, event }: LiveEvent): string =>
  [String(tick), event.type, event.order ?? '', event.magnitude === undefined ? '' : String(event.magnitude)].join('~').replace(/~+$/, '');

function parseEvent(text: string): LiveEvent | undefined {
  const [tick, type, order, magnitude, ...rest] = text.split('~');
  if (rest.length > 0 || !tick || !/^\d{1,7}$/.test(tick) || Number(tick) < 1) return undefined;
  if (!(LIVE_EVENT_TYPES as readonly string[]).includes(type ?? '')) return undefined;
  const event: SimEvent = { type: type as SimEvent['type'] };
  if (order) {
    if (!(ORDERS as readonly string[]).includes(order)) return undefined;
    event.order = order as SimEvent['order'];
  }
  if (magnitude !== undefined) {
    const value = Number(magnitude);
    if (!/^\d*\.?\d+(e-?\d+)?$/.test(magnitude) || !(value >= 0 && value <= 1)) return undefined;
    event.magnitude = value;
  }
  return { tick: Number(tick), event };
}

function parseOverride(text: string, into: Overrides): boolean {
  const equals = text.indexOf('=');
  const path = text.slice(0, equals);
  if (equals < 0 || !isSettingPath(path) || Object.hasOwn(into, path)) return false;
  // Read like any file: depth, size, duplicate and reserved keys are checked, so a crafted link cannot hang or crash the engine.
  const json = readJson(text.slice(equals + 1));
  if (!json.ok) return false;
  into[path] = json.value;
  return true;
}

/** The address fragment (without `#`) for a run. */
export async function encodeLink(setup: RunSetup, lang: Language): Promise<string> {
  const params = new URLSearchParams();
  params.append('v', LINK_VERSION);
  if (setup.source.kind === 'bundled') params.append('sc', setup.source.id);
  else {
    params.append('fn', setup.source.name);
    params.append('f', await deflateText(setup.source.text));
  }
  params.append('seed', String(setup.seed));
  params.append('lang', lang);
  for (const [path, value] of Object.entries(setup.overrides)) params.append('set', `${path}=${JSON.stringify(value)}`);
  if (setup.compare) {
    params.append('cmp', '1');
    for (const [path, value] of Object.entries(setup.compare)) params.append('b', `${path}=${JSON.stringify(value)}`);
  }
  for (const live of setup.live) params.append('ev', eventText(live));
  if (setup.played && setup.played.length > 0) params.append('pd', await deflateText(playedText(setup.played)));
  const body = params.toString();
  return `${body}&h=${checkCode(body)}`;
}

/** Reads a fragment written by `encodeLink`; `knownScenario` tells whether a bundled name exists. */
export async function decodeLink(fragment: string, knownScenario: (id: string) => boolean): Promise<DecodedLink> {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const cut = hash.lastIndexOf('&h=');
  if (cut < 0) return { ok: false, problem: 'checksum' };
  const body = hash.slice(0, cut);
  if (hash.slice(cut + 3) !== checkCode(body)) return { ok: false, problem: 'checksum' };
  const params = new URLSearchParams(body);
  if (params.get('v') !== LINK_VERSION) return { ok: false, problem: 'version' };
  const allowed = new Set(['v', 'sc', 'f', 'fn', 'seed', 'lang', 'set', 'cmp', 'b', 'ev', 'pd']);
  for (const key of params.keys()) if (!allowed.has(key)) return { ok: false, problem: 'format' };
  for (const key of ['v', 'sc', 'f', 'fn', 'seed', 'lang', 'cmp', 'pd']) if (params.getAll(key).length > 1) return { ok: false, problem: 'format' };

  const seedText = params.get('seed') ?? '';
  if (!/^\d{1,10}$/.test(seedText) || !isSeed(Number(seedText))) return { ok: false, problem: 'format' };
  const langText = params.get('lang');
  if (langText !== null && !isLanguage(langText)) return { ok: false, problem: 'format' };

  let source: RunSetup['source'];
  const id = params.get('sc');
  const file = params.get('f');
  if (id !== null && file === null) {
    if (!knownScenario(id)) return { ok: false, problem: 'scenario' };
    source = { kind: 'bundled', id };
  } else if (file !== null && id === null) {
    const name = params.get('fn') ?? 'scenario.json';
    if (name.length > 200) return { ok: false, problem: 'format' };
    try {
      source = { kind: 'file', name, text: await inflateText(file) };
    } catch {
      return { ok: false, problem: 'file' };
    }
  } else return { ok: false, problem: 'format' };

  const overrides: Overrides = {};
  for (const text of params.getAll('set')) if (!parseOverride(text, overrides)) return { ok: false, problem: 'format' };
  let compare: Overrides | null = null;
  if (params.get('cmp') === '1') {
    compare = {};
    for (const text of params.getAll('b')) if (!parseOverride(text, compare)) return { ok: false, problem: 'format' };
  } else if (params.has('cmp') || params.has('b')) return { ok: false, problem: 'format' };
  const live: LiveEvent[] = [];
  for (const text of params.getAll('ev')) {
    const event = parseEvent(text);
    if (!event) return { ok: false, problem: 'format' };
    live.push(event);
  }
  const setup: RunSetup = { source, seed: Number(seedText), overrides, compare, live };
  const playedParam = params.get('pd');
  if (playedParam !== null) {
    let played: PlayedMonth[] | undefined;
    try {
      played = parsePlayed(await inflateText(playedParam));
    } catch {
      played = undefined;
    }
    if (!played) return { ok: false, problem: 'format' };
    setup.played = played;
  }
  return langText !== null ? { ok: true, setup, lang: langText as Language } : { ok: true, setup };
}
