/**
 * The page's downloads, named after the run: `interstice-<scenario>-seed<n>` for run A's
 * CSV and scenario, with run B's differences appended for B's, and the chart's key in
 * front for a chart.
 */
import type { ChartKey } from './i18n';
import type { Lane } from './lanes';
import type { Run } from './settingSpecs';
import { overridesB, scenarioForExport, type RunSetup } from './setup';
import { runBSuffix } from './runWords';
import { download, slug, svgText, svgToPng } from './exportFiles';
import { toCsv } from '../sim';

export const fileStem = (setup: RunSetup) =>
  `interstice-${slug(setup.source.kind === 'bundled' ? setup.source.id : setup.source.name.replace(/\.json$/i, ''))}-seed${setup.seed}`;

/** A run's months and events as the command line writes them. */
export function exportRun(doc: Document, setup: RunSetup, lane: Lane | undefined, run: Run): void {
  if (!lane) return;
  const name = `${fileStem(setup)}${run === 'B' ? runBSuffix(setup.compare) : ''}.csv`;
  download(doc, name, new Blob([toCsv(lane.series.columns(), lane.series.events)], { type: 'text/csv' }));
}

/** A run's scenario as a file that reproduces it (settings and live events included). */
export function exportScenario(doc: Document, setup: RunSetup, run: Run): void {
  const overrides = run === 'A' ? setup.overrides : overridesB(setup);
  const json = JSON.stringify(scenarioForExport(setup.source, overrides, setup.live), null, 2);
  download(doc, `${fileStem(setup)}${run === 'B' ? runBSuffix(setup.compare) : ''}.json`, new Blob([`${json}\n`], { type: 'application/json' }));
}

export async function exportChart(doc: Document, setup: RunSetup, key: ChartKey, svg: SVGSVGElement | undefined, format: 'svg' | 'png'): Promise<void> {
  if (!svg) return;
  const name = `interstice-${key}-${fileStem(setup).replace(/^interstice-/, '')}.${format}`;
  if (format === 'svg') download(doc, name, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  else download(doc, name, await svgToPng(doc, svg));
}
