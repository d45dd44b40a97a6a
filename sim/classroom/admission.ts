/**
 * A connection to the room and what it may send: a burst of messages then a steady rate,
 * each well formed (protocol.ts) and numbered above the last one accepted (a replay is
 * refused). What the message may do is the room's and the session's to decide.
 */
import type { RawData, WebSocket } from 'ws';
import { parseClientMessage, type ClientMessage, type RefusalReason } from './protocol';

export interface Client {
  socket: WebSocket;
  role: 'none' | 'student' | 'instructor';
  /** Hash of the student's token (undefined once taken off the roster). */
  token?: string | undefined;
  lastSeq: number;
  allowance: number;
  checkedAt: number;
  /** Answered the last ping. */
  alive: boolean;
  /** The device's network address (joins are limited per address). */
  address: string;
}

/** Messages a connection may send: a burst of 20, then 10 a second. */
const RATE_BURST = 20;
const RATE_PER_SECOND = 10;

export function newClient(socket: WebSocket, address: string): Client {
  return { socket, role: 'none', lastSeq: -1, allowance: RATE_BURST, checkedAt: Date.now(), alive: true, address };
}

/** The message, if the connection may send one now and it is well formed and new; otherwise why not. */
export function admit(client: Client, data: RawData, isBinary: boolean): ClientMessage | { reason: RefusalReason; detail: string; seq?: number } {
  const now = Date.now();
  client.allowance = Math.min(RATE_BURST, client.allowance + ((now - client.checkedAt) / 1000) * RATE_PER_SECOND);
  client.checkedAt = now;
  if (client.allowance < 1) return { reason: 'rate', detail: `at most ${RATE_PER_SECOND} messages a second` };
  client.allowance -= 1;
  const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
  if (isBinary) return { reason: 'invalid', detail: 'expected a text message' };
  // Too long is refused on its length, before any decoding.
  const parsed = parseClientMessage(bytes.length > 8192 ? '' : bytes.toString('utf8'), bytes.length);
  if (!parsed.ok) return { reason: parsed.reason, detail: parsed.detail };
  const { message } = parsed;
  if (message.seq <= client.lastSeq) return { reason: 'replayed', detail: `seq ${message.seq} was not above ${client.lastSeq}`, seq: message.seq };
  client.lastSeq = message.seq;
  return message;
}
