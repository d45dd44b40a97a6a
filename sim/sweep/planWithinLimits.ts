/**
 * A sweep planned within a host's limits (sim/sweep/limits.ts): its size checked before its
 * settings are built, its output once they are, and a sweep too large to plan in memory
 * refused rather than crashing. One function for both hosts (the command line's
 * loadSweep, the page's sweep worker); each problem placed in the sweep as data (a
 * setting's problems by planSweep, with the setting).
 */
import { placed, placeWords, type ScenarioIssue, type SweepPlace } from '../scenario/issues';
import { sweepOutputIssues, sweepSizeIssues, type SweepLimits } from './limits';
import { planSweep, type SweepPlan } from './plan';
import { sweepProblem } from './problems';
import type { SweepFile } from './schema';

export type PlanResult = { ok: true; plan: SweepPlan } | { ok: false; issues: ScenarioIssue[] };

/** Plans `sweep` on `base` within `limits`; problems placed at the sweep, or in the scenario its settings come from. */
export function planWithinLimits(sweep: SweepFile, base: unknown, limits: SweepLimits, places: { sweep: SweepPlace; scenario: SweepPlace }): PlanResult {
  const atSweep = (issues: ScenarioIssue[]): PlanResult => ({ ok: false, issues: issues.map((issue) => placed(issue, places.sweep)) });
  const size = sweepSizeIssues(sweep, limits, placeWords(places.sweep));
  if (size.length > 0) return atSweep(size);
  let planned: PlanResult;
  try {
    planned = planSweep(sweep, base, places.scenario);
  } catch (error) {
    // Only a sweep too large to hold in memory gets here (e.g. many settings of a huge listed population).
    if (!(error instanceof RangeError)) throw error;
    return atSweep([sweepProblem(placeWords(places.sweep), '', 'tooLargeToPlan', { message: error.message })]);
  }
  // Problems of the settings are placed in them by planSweep; the others are the scenario's.
  if (!planned.ok) return { ok: false, issues: planned.issues.map((issue) => (issue.place ? issue : placed(issue, places.scenario))) };
  const output = sweepOutputIssues(planned.plan, limits, placeWords(places.sweep));
  return output.length > 0 ? atSweep(output) : planned;
}
