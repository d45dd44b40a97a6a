/**
 * A classroom run as CSV: the usual per-month columns (docs/model.md, output contract) and
 * one more, `decisions`: the choices students made that took effect that month, as
 * `organisation=choice` separated by `;` (the organisation's name in the scenario, not the
 * student's: the CSV carries no personal data).
 */
import { toCsv } from '../metrics/csv';
import { csvCell } from '../sweep/output';
import type { ClassSession } from './session';

export function classroomCsv(session: ClassSession): string {
  const base = toCsv(session.sim.columns(), session.sim.events()).split('\n');
  const names = session.sim.state.orgs.names;
  // Decisions made during month m take effect in the tick to m + 1.
  const byMonth = new Map<number, string[]>();
  for (const d of session.decisions) {
    const list = byMonth.get(d.month + 1) ?? byMonth.set(d.month + 1, []).get(d.month + 1)!;
    list.push(`${names[d.organisation]}=${d.choice}`);
  }
  const ticks = session.sim.columns().tick;
  const lines = [`${base[0]},decisions`];
  for (let row = 0; row < ticks.length; row++) lines.push(`${base[row + 1]},${csvCell((byMonth.get(ticks[row]!) ?? []).join(';'))}`);
  return `${lines.join('\n')}\n`;
}
