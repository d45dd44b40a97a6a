/**
 * The instructor's debrief (docs/classroom.md): the class's run beside the same scenario,
 * seed and live events played by the agents alone (common random numbers: only the
 * decisions differ), a table of both, and who did what when.
 */
import { chartLabels, DICTIONARIES, formatNumber, formatPoints, type Language } from '../app/i18n';
import { byId } from '../app/dom';
import { compareChart } from '../charts/compare';
import type { InstructorView, SeriesPoint } from '../../sim/classroom/protocol';
import { CLASSROOM_TEXTS } from './texts';
import { textRow } from './tableRows';

/** A run's series as the charts take them. */
export const columnsOf = (series: readonly SeriesPoint[]) => ({
  tick: series.map((p) => p.month),
  effectiveness: series.map((p) => p.collective),
  efficiency: series.map((p) => p.efficiency),
});

const last = (s: readonly SeriesPoint[]) => s[s.length - 1];
const meanMembersEfficiency = (s: readonly SeriesPoint[]) => s.reduce((sum, p) => sum + p.membersEfficiency, 0) / Math.max(1, s.length);
const monthsAlive = (s: readonly SeriesPoint[]) => s.filter((p) => p.month > 0 && p.alive).length;

/** Shows the debrief once the session has ended (drawn again only when the language or the run changed). */
export class Debrief {
  private drawn = '';

  constructor(private readonly doc: Document) {}

  render(v: InstructorView, lang: Language): void {
    const doc = this.doc;
    byId(doc, 'debrief').hidden = !v.agentsOnly;
    if (!v.agentsOnly || !v.decisions) return;
    const signature = `${lang}|${v.month}|${v.decisions.length}`;
    if (this.drawn === signature) return;
    this.drawn = signature;
    const t = CLASSROOM_TEXTS[lang];
    const labels = chartLabels(DICTIONARIES[lang], lang);
    const chart = compareChart(
      { a: columnsOf(v.series), b: columnsOf(v.agentsOnly) },
      { width: 760, height: 420, horizon: v.months, idPrefix: 'debrief', labels: { ...labels.compare, runA: t.theClass, runB: t.agentsOnly } },
      doc,
    );
    byId(doc, 'debrief-chart').replaceChildren(chart.node);
    const agents = v.agentsOnly;
    byId(doc, 'summary')
      .querySelector('tbody')!
      .replaceChildren(
        textRow(doc, t.finalCollective, formatPoints(lang, last(v.series)?.collective ?? 0, 2), formatPoints(lang, last(agents)?.collective ?? 0, 2)),
        textRow(doc, t.meanEfficiency, formatNumber(lang, meanMembersEfficiency(v.series), 3), formatNumber(lang, meanMembersEfficiency(agents), 3)),
        textRow(doc, t.lifetime, String(monthsAlive(v.series)), String(monthsAlive(agents))),
      );
    byId(doc, 'decisions')
      .querySelector('tbody')!
      .replaceChildren(...v.decisions.map((d) => textRow(doc, String(d.month), d.name, d.organisationName, t.choices[d.choice])));
  }
}
