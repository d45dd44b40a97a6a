/**
 * The classroom's messages over its WebSocket (docs/classroom.md): what a browser may send
 * (checked here, field by field, before the session sees it) and what the server sends
 * back. Every client message carries `seq`, a number that grows with each message the
 * client sends: a message whose `seq` is not above the last one accepted from that
 * client is a replay and is refused.
 *
 * Zod-free on purpose: the student page loads this file, and a phone should not download
 * the scenario schema to send a choice.
 */
import { PLAYED_CHOICES, type PlayedChoice } from '../model/played';

export type { PlayedChoice };
import { LIVE_EVENT_TYPES, type EventType } from '../scenario/enums';

/** A message longer than this is refused unread (a choice takes under 100 bytes). */
export const MAX_MESSAGE_BYTES = 4096;
/** Longest display name, in characters. */
export const MAX_NAME_LENGTH = 40;
/** Month lengths the instructor may set: seconds per month, or `all`: the month ends when every connected student has decided. */
export const PACES = [20, 30, 45, 60, 'all'] as const;
export type Pace = (typeof PACES)[number];

export type ClientMessage =
  | { type: 'hello'; seq: number; room: string; name?: string; token?: string }
  | { type: 'decide'; seq: number; month: number; choice: PlayedChoice; organisation?: number }
  | { type: 'instructor'; seq: number; key: string }
  | { type: 'start'; seq: number }
  | { type: 'pause'; seq: number }
  | { type: 'pace'; seq: number; pace: Pace }
  | { type: 'advance'; seq: number }
  | { type: 'event'; seq: number; event: EventType }
  | { type: 'end'; seq: number }
  | { type: 'export'; seq: number }
  | { type: 'setup'; seq: number; scenario: string; seed: number }
  | { type: 'assign'; seq: number; student: number; organisation: number }
  | { type: 'release'; seq: number; student: number };

/** Why a message was refused: counted by the server, shown to the instructor, sent to the sender. */
export const REFUSAL_REASONS = [
  'oversized',
  'malformed',
  'invalid',
  'rate',
  'replayed',
  'unknown_room',
  'unknown_token',
  'room_full',
  'forbidden',
  'not_running',
  'out_of_turn',
  'already_decided',
  'not_open',
  'not_joined',
  'unwritable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Parsed = { ok: true; message: ClientMessage } | { ok: false; reason: RefusalReason; detail: string };

const INSTRUCTOR_ONLY = ['start', 'pause', 'pace', 'advance', 'event', 'end', 'export', 'setup', 'assign', 'release'] as const;
export const isInstructorAction = (m: ClientMessage): boolean => (INSTRUCTOR_ONLY as readonly string[]).includes(m.type);

/** Characters that draw nothing although they are letters or symbols (fillers, the blank braille cell). */
const BLANK_LOOKING = /[\u115F\u1160\u2800\u3164\uFFA0]/gu;

/**
 * Display names: printable text, trimmed, spaces collapsed; no control, private or
 * direction-changing characters (formatting characters are refused except the zero-width
 * joiner and non-joiner that Persian, Indic scripts and emoji need); something visible.
 */
export function cleanName(name: string): string | undefined {
  const trimmed = name.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (trimmed.length === 0 || [...trimmed].length > MAX_NAME_LENGTH) return undefined;
  if (/[\p{Cc}\p{Co}\p{Cn}]/u.test(trimmed) || /[\p{Cf}]/u.test(trimmed.replace(/[\u200C\u200D]/gu, ''))) return undefined;
  if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(trimmed.replace(BLANK_LOOKING, ''))) return undefined;
  return trimmed;
}

const fail = (reason: RefusalReason, detail: string): Parsed => ({ ok: false, reason, detail });
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Fields each message type may carry besides `type` and `seq` (anything else is refused). */
const FIELDS: Record<ClientMessage['type'], readonly string[]> = {
  hello: ['room', 'name', 'token'],
  decide: ['month', 'choice', 'organisation'],
  instructor: ['key'],
  start: [],
  pause: [],
  pace: ['pace'],
  advance: [],
  event: ['event'],
  end: [],
  export: [],
  setup: ['scenario', 'seed'],
  assign: ['student', 'organisation'],
  release: ['student'],
};

/** Reads one text frame: size, JSON, shape. `bytes` is the frame's length in bytes. */
export function parseClientMessage(text: string, bytes: number): Parsed {
  if (bytes > MAX_MESSAGE_BYTES) return fail('oversized', `${bytes} bytes, at most ${MAX_MESSAGE_BYTES}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('malformed', 'not JSON');
  }
  if (!isRecord(value)) return fail('invalid', 'expected an object');
  const type = value.type;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return fail('invalid', `type: expected one of ${Object.keys(FIELDS).join(', ')}`);
  const allowed = FIELDS[type as ClientMessage['type']];
  const extra = Object.keys(value).find((k) => k !== 'type' && k !== 'seq' && !allowed.includes(k));
  if (extra !== undefined) return fail('invalid', `${extra}: not a field of ${type}`);
  if (!Number.isSafeInteger(value.seq) || (value.seq as number) < 0) return fail('invalid', 'seq: expected an integer ≥ 0');
  switch (type) {
    case 'hello':
      if (!isString(value.room, 16)) return fail('invalid', 'room: expected the room code');
      if (value.name !== undefined && (typeof value.name !== 'string' || cleanName(value.name) === undefined))
        return fail('invalid', `name: expected 1 to ${MAX_NAME_LENGTH} printable characters`);
      if (value.token !== undefined && !isString(value.token, 64)) return fail('invalid', 'token: expected the token this browser was given');
      if (value.name === undefined && value.token === undefined) return fail('invalid', 'name: expected a name (or the token of an earlier visit)');
      break;
    case 'decide':
      if (!Number.isSafeInteger(value.month) || (value.month as number) < 0) return fail('invalid', 'month: expected an integer ≥ 0');
      if (!(PLAYED_CHOICES as readonly unknown[]).includes(value.choice)) return fail('invalid', `choice: expected one of ${PLAYED_CHOICES.join(', ')}`);
      if (value.organisation !== undefined && !Number.isSafeInteger(value.organisation)) return fail('invalid', 'organisation: expected an integer');
      break;
    case 'instructor':
      if (!isString(value.key, 128)) return fail('invalid', 'key: expected the instructor key');
      break;
    case 'pace':
      if (!(PACES as readonly unknown[]).includes(value.pace)) return fail('invalid', `pace: expected one of ${PACES.join(', ')}`);
      break;
    case 'setup':
      if (typeof value.scenario !== 'string' || value.scenario.length > 100)
        return fail('invalid', 'scenario: expected the name of a bundled scenario (or empty: the one played)');
      if (!Number.isSafeInteger(value.seed) || (value.seed as number) < 0 || (value.seed as number) > 0xffff_ffff)
        return fail('invalid', 'seed: expected an integer from 0 to 4294967295');
      break;
    case 'release':
    case 'assign':
      if (!Number.isSafeInteger(value.student) || (value.student as number) < 0) return fail('invalid', 'student: expected the place in the roster');
      if (type === 'release') break;
      if (!Number.isSafeInteger(value.organisation) || (value.organisation as number) < 0) return fail('invalid', 'organisation: expected an organisation');
      break;
    case 'event':
      if (!(LIVE_EVENT_TYPES as readonly unknown[]).includes(value.event)) return fail('invalid', `event: expected one of ${LIVE_EVENT_TYPES.join(', ')}`);
      break;
  }
  return { ok: true, message: value as unknown as ClientMessage };
}

/** What a student's page shows (one message per month, and after each change that concerns it). */
export interface StudentView {
  type: 'student';
  token?: string;
  name: string;
  organisation: { index: number; name: string; order: 'E' | 'P' | 'T'; field: string; budget: number };
  state: SessionState;
  month: number;
  months: number;
  /** Milliseconds left in the month when the message was sent, or null (the month ends when all have decided, or the session is not in play). Relative, so a phone's clock does not matter. */
  remainingMs: number | null;
  member: boolean;
  rung: number;
  efficiency: number;
  collectiveEffectiveness: number;
  actionAlive: boolean;
  open: PlayedChoice[];
  /** This month's choice, once made. */
  decided: PlayedChoice | null;
  /** What partners did last month: who joined and who left, by name. */
  lastMonth: { joined: string[]; left: string[]; climbed: string[]; events: string[] };
}

export type SessionState = 'lobby' | 'running' | 'paused' | 'ended';

export interface RosterEntry {
  name: string;
  organisation: number;
  organisationName: string;
  order: 'E' | 'P' | 'T';
  field: string;
  connected: boolean;
  decided: boolean;
}

/** One month of the series the instructor's charts draw. */
export interface SeriesPoint {
  month: number;
  collective: number;
  /** Organisational efficiency, every active organisation (the simulator's headline chart). */
  efficiency: number;
  /** Members' efficiency. */
  membersEfficiency: number;
  members: number;
  alive: number;
}

export interface InstructorView {
  type: 'instructor';
  room: string;
  joinUrl: string;
  scenarioTitle: { en: string; fr: string };
  seed: number;
  /** Bundled scenarios the instructor may pick before the start (empty afterwards), and the one played if it is one of them (null: a scenario given on the command line). */
  scenarios: { id: string; title: { en: string; fr: string } }[];
  scenarioId: string | null;
  /** Why the journal could not take the last change (a full disk...), or null: nothing is recorded until it can. */
  journalProblem: string | null;
  /** Organisations nobody plays, for the instructor to assign before the start (empty afterwards). */
  free: { index: number; name: string; order: 'E' | 'P' | 'T' }[];
  state: SessionState;
  pace: Pace;
  month: number;
  months: number;
  remainingMs: number | null;
  roster: RosterEntry[];
  series: SeriesPoint[];
  events: { month: number; type: string }[];
  refused: Record<RefusalReason, number>;
  /** At the end: the same scenario, seed and live events played by agents only. */
  agentsOnly: SeriesPoint[] | null;
  /** At the end: every decision students made, in order (who did what, and when). */
  decisions: { month: number; name: string; organisationName: string; choice: PlayedChoice }[] | null;
}

export type ServerMessage =
  | StudentView
  | InstructorView
  | { type: 'refused'; reason: RefusalReason; detail: string; seq?: number }
  | { type: 'welcome'; token: string }
  /** The run so far as CSV (the usual columns plus the month's decisions) and the journal's text. */
  | { type: 'export'; csv: string; journal: string };
