/** Progress of a sweep on stderr: a redrawn bar on a terminal, plain periodic lines otherwise. */

export interface Progress {
  update(done: number): void;
  finish(done: number): void;
}

const formatDuration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
};

export function createProgress(total: number, alreadyDone: number, stream: NodeJS.WriteStream, now = () => performance.now()): Progress {
  const started = now();
  const tty = stream.isTTY === true;
  let lastLine = 0;
  const describe = (done: number) => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? (done - alreadyDone) / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    return { text: `${done}/${total} runs, ${rate.toFixed(1)} runs/s, ETA ${formatDuration(eta)}`, elapsed };
  };
  return {
    update(done) {
      const { text, elapsed } = describe(done);
      if (tty) {
        const width = 30;
        const filled = Math.round((width * done) / Math.max(1, total));
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text}   `);
      } else if (elapsed - lastLine >= 2) {
        lastLine = elapsed;
        stream.write(`${text}\n`);
      }
    },
    finish(done) {
      const { text, elapsed } = describe(done);
      stream.write(`${tty ? '\r' : ''}${text}; finished in ${formatDuration(elapsed)}${tty ? '   ' : ''}\n`);
    },
  };
}
