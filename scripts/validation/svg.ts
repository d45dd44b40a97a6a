/**
 * Small static SVG figures for the validation report: lines with 95% bands, bars with
 * intervals, and survival step curves. Plain strings with coordinates rounded to two
 * decimals, so a regenerated report is byte-identical when the numbers are.
 */
import type { Figure } from '../../sim/validation/checks';

const WIDTH = 520;
const HEIGHT = 280;
const M = { top: 34, right: 16, bottom: 46, left: 64 };
/** Okabe–Ito colours: distinguishable with colour-vision deficiencies. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

const r2 = (x: number) => (Math.round(x * 100) / 100).toString();
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function niceTicks(low: number, high: number, count = 5): number[] {
  if (!(high > low)) return [low];
  const raw = (high - low) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  // Ticks as integer multiples of the step, so 0 is exactly 0 (no -1.4e-17).
  for (let k = Math.ceil(low / step); k * step <= high + step * 1e-9; k++) ticks.push(Number((k * step).toPrecision(10)));
  return ticks;
}

const format = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? String(Math.round(v)) : String(Number(v.toPrecision(3))));

function frame(
  title: string,
  xLabel: string,
  yLabel: string,
  body: string[],
  xTicks: { v: number; x: number; label?: string }[],
  yTicks: { v: number; y: number }[],
  legend: string[],
): string {
  const innerBottom = HEIGHT - M.bottom;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Liberation Sans, Arial, sans-serif" font-size="11" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${M.left}" y="18" font-size="13" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const t of yTicks)
    out.push(
      `<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${r2(t.y)}" y2="${r2(t.y)}" stroke="#e5e5e5"/>`,
      `<text x="${M.left - 6}" y="${r2(t.y + 4)}" text-anchor="end">${format(t.v)}</text>`,
    );
  for (const t of xTicks) out.push(`<text x="${r2(t.x)}" y="${innerBottom + 16}" text-anchor="middle">${escapeXml(t.label ?? format(t.v))}</text>`);
  out.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${innerBottom}" y2="${innerBottom}" stroke="#333"/>`);
  out.push(...body);
  out.push(`<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(xLabel)}</text>`);
  out.push(`<text transform="translate(14 ${(M.top + innerBottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`);
  legend.forEach((label, k) => {
    const x = M.left + 8 + k * 170;
    out.push(
      `<rect x="${x}" y="${M.top - 10}" width="12" height="4" fill="${COLOURS[k % COLOURS.length]}"/>`,
      `<text x="${x + 16}" y="${M.top - 5}">${escapeXml(label)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function scale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0));
}

function paddedDomain(values: number[]): [number, number] {
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 0.5;
    high += 0.5;
  }
  const pad = (high - low) * 0.05;
  return [low - pad, high + pad];
}

export function renderFigure(figure: Figure): string {
  const plotTop = M.top + 6;
  const plotBottom = HEIGHT - M.bottom;
  if (figure.kind === 'bars') {
    const values = figure.bars.flatMap((b) => [b.interval.low, b.interval.high, 0]);
    const domain = paddedDomain(values);
    const y = scale(domain, [plotBottom, plotTop]);
    const band = (WIDTH - M.left - M.right) / figure.bars.length;
    const body: string[] = [`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${r2(y(0))}" y2="${r2(y(0))}" stroke="#999"/>`];
    const xTicks = figure.bars.map((bar, k) => {
      const cx = M.left + band * (k + 0.5);
      const top = y(Math.max(0, bar.interval.mean));
      const height = Math.abs(y(bar.interval.mean) - y(0));
      body.push(
        `<rect x="${r2(cx - band * 0.3)}" y="${r2(top)}" width="${r2(band * 0.6)}" height="${r2(height)}" fill="${COLOURS[k % COLOURS.length]}" fill-opacity="0.8"/>`,
        `<line x1="${r2(cx)}" x2="${r2(cx)}" y1="${r2(y(bar.interval.low))}" y2="${r2(y(bar.interval.high))}" stroke="#222" stroke-width="1.5"/>`,
        `<line x1="${r2(cx - 6)}" x2="${r2(cx + 6)}" y1="${r2(y(bar.interval.low))}" y2="${r2(y(bar.interval.low))}" stroke="#222"/>`,
        `<line x1="${r2(cx - 6)}" x2="${r2(cx + 6)}" y1="${r2(y(bar.interval.high))}" y2="${r2(y(bar.interval.high))}" stroke="#222"/>`,
      );
      return { v: k, x: cx, label: bar.label };
    });
    return frame(
      figure.title,
      'mean with 95% interval',
      figure.yLabel,
      body,
      xTicks,
      niceTicks(domain[0], domain[1]).map((v) => ({ v, y: y(v) })),
      [],
    );
  }
  if (figure.kind === 'steps') {
    const xMax = Math.max(...figure.series.flatMap((s) => s.points.map((p) => p[0])));
    const x = scale([0, xMax], [M.left, WIDTH - M.right]);
    const y = scale([0, 1], [plotBottom, plotTop]);
    const body = figure.series.map((s, k) => {
      let d = '';
      s.points.forEach(([t, v], j) => {
        d += j === 0 ? `M${r2(x(t))},${r2(y(v))}` : `H${r2(x(t))}V${r2(y(v))}`;
      });
      return `<path d="${d}" fill="none" stroke="${COLOURS[k % COLOURS.length]}" stroke-width="2"/>`;
    });
    return frame(
      figure.title,
      figure.xLabel,
      figure.yLabel,
      body,
      niceTicks(0, xMax).map((v) => ({ v, x: x(v) })),
      niceTicks(0, 1).map((v) => ({ v, y: y(v) })),
      figure.series.map((s) => s.label),
    );
  }
  const length = Math.max(...figure.series.map((s) => s.mean.length));
  const x = scale([1, Math.max(2, length)], [M.left, WIDTH - M.right]);
  const domain = paddedDomain(figure.series.flatMap((s) => [...s.low, ...s.high]));
  const y = scale(domain, [plotBottom, plotTop]);
  const body: string[] = [];
  figure.series.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const upper = s.high.map((v, t) => `${r2(x(t + 1))},${r2(y(v))}`);
    const lower = s.low.map((v, t) => `${r2(x(t + 1))},${r2(y(v))}`).reverse();
    body.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${colour}" fill-opacity="0.18"/>`);
    body.push(`<polyline points="${s.mean.map((v, t) => `${r2(x(t + 1))},${r2(y(v))}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
  });
  return frame(
    figure.title,
    figure.xLabel,
    `${figure.yLabel} (mean, 95% band)`,
    body,
    niceTicks(1, length).map((v) => ({ v, x: x(v) })),
    niceTicks(domain[0], domain[1]).map((v) => ({ v, y: y(v) })),
    figure.series.map((s) => s.label),
  );
}
