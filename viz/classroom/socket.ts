/**
 * The classroom pages' connection: a WebSocket to the page's own server (/ws) that
 * numbers each message (`seq`, the server refuses a number it has seen) and reconnects by
 * itself after a drop or a server restart (0.5 s, then up to 4 s between tries), calling
 * `onOpen` each time so the page can say who it is again.
 */
import type { ClientMessage, ServerMessage } from '../../sim/classroom/protocol';

type Outgoing = ClientMessage extends infer M ? (M extends ClientMessage ? Omit<M, 'seq'> : never) : never;

export interface ClassroomSocket {
  send(message: Outgoing): void;
  close(): void;
}

export function connectClassroom(
  window: Window & typeof globalThis,
  handlers: { onOpen: () => void; onMessage: (message: ServerMessage) => void; onStatus: (status: 'connecting' | 'open' | 'lost') => void },
): ClassroomSocket {
  const url = new URL('ws', window.location.href.replace(/^http/, 'ws'));
  url.pathname = '/ws';
  url.search = '';
  url.hash = '';
  let socket: WebSocket | undefined;
  let seq = 0;
  let wait = 500;
  let closed = false;
  const open = () => {
    handlers.onStatus(socket ? 'lost' : 'connecting');
    const current = new window.WebSocket(url.href);
    socket = current;
    current.addEventListener('open', () => {
      wait = 500;
      handlers.onStatus('open');
      handlers.onOpen();
    });
    current.addEventListener('message', (event) => {
      if (typeof event.data !== 'string') return;
      try {
        handlers.onMessage(JSON.parse(event.data) as ServerMessage);
      } catch {
        // Not ours to show: the server only sends JSON.
      }
    });
    current.addEventListener('close', () => {
      if (closed || socket !== current) return;
      handlers.onStatus('lost');
      window.setTimeout(open, wait);
      wait = Math.min(4000, wait * 2);
    });
  };
  // After the caller has its handle: the handlers may use it (and everything the page defines after this call).
  window.setTimeout(open, 0);
  return {
    send(message) {
      if (socket && socket.readyState === window.WebSocket.OPEN) socket.send(JSON.stringify({ ...message, seq: seq++ }));
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
