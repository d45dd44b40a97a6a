/**
 * Rows named on their left, as the forest and Sobol charts draw them: each label wrapped
 * whole onto lines that fit its column, each row as tall as its label needs. Labels are
 * placed by character count (no text measuring in a detached SVG).
 */
import { type G, r2 } from './svg';

export const CHAR_WIDTH = 6.4;
/** Height of a line of a wrapped row label. */
export const LINE_HEIGHT = 14;

/**
 * A label in lines that fit `room` pixels, whole: two rows whose labels differ only at
 * their end stay apart (a word longer than a line is split).
 */
export function wrapLabel(label: string, room: number): string[] {
  const chars = Math.max(4, Math.floor(room / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (let word of label.split(' ')) {
    while (word.length > chars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, chars));
      word = word.slice(chars);
      line = '';
    }
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export interface RowLayout {
  lines: string[][];
  /** Vertical centre of each row. */
  centres: number[];
  /** Bottom of the last row (top + one empty row when there are none). */
  bottom: number;
}

/** Rows from `top` down: each at least `minHeight` tall, or its label's lines plus `padding`. */
export function layoutRows(labels: readonly string[], room: number, top: number, minHeight: number, padding: number): RowLayout {
  const lines = labels.map((label) => wrapLabel(label, room));
  const centres: number[] = [];
  let y = top;
  for (const rowLines of lines) {
    const height = Math.max(minHeight, rowLines.length * LINE_HEIGHT + padding);
    centres.push(y + height / 2);
    y += height;
  }
  return { lines, centres, bottom: labels.length > 0 ? y : top + minHeight };
}

/** A row's label, right-aligned at x, its lines centred on the row. */
export function drawRowLabel(g: G, lines: readonly string[], x: number, centre: number): void {
  const text = g.append('text').attr('class', 'row-label').attr('text-anchor', 'end');
  lines.forEach((line, i) =>
    text
      .append('tspan')
      .attr('x', x)
      .attr('y', r2(centre + (i - (lines.length - 1) / 2) * LINE_HEIGHT))
      .attr('dy', '0.32em')
      .text(line),
  );
}
