/**
 * Measures a fact needs from inside a run, taken on the simulation's state after every
 * month (read only: a probe never changes the run). Each returns a few numbers per run.
 *
 * `trust`: members' trust around their good and bad months, in the run itself (fact 1).
 * A member's month is good when the engine counts it as a positive experience: a visible
 * win, or a perceived value of membership at or above zero (participation.ts). Trust
 * also moves with events (a leader leaving, political turnover): those stay in, as they
 * would for an observer of real partnerships.
 *   - balanced windows: each member's membership, cut into consecutive windows of
 *     BALANCED_WINDOW months; in windows with as many good as bad months, trust at the
 *     end minus trust before the window;
 *   - breaches: from the first bad month after a good one, L consecutive bad months; then
 *     R months until trust is back at its level before the breach (censored at departure
 *     or at the horizon, so R is a lower bound); the ratio R / L.
 */
import type { Simulation } from '../model/simulation';

export type ProbeName = 'trust';

/** Months per window of the balanced-experience measure. */
export const BALANCED_WINDOW = 6;

export interface Probe {
  /** Called after every tick. */
  observe(): void;
  /** Per-run measures (NaN when the run gave no case: callers skip it). */
  result(): Record<string, number>;
}

export function createProbe(name: ProbeName, sim: Simulation): Probe {
  switch (name) {
    case 'trust':
      return trustProbe(sim);
  }
}

function trustProbe(sim: Simulation): Probe {
  const { orgs, action } = sim.state;
  const n = orgs.count;
  const winThreshold = sim.scenario.model.trust.win_threshold;
  const wasMember = new Uint8Array(n);
  const lastTrust = new Float64Array(n);
  // Balanced windows.
  const windowStart = new Float64Array(n);
  const windowMonths = new Int32Array(n);
  const windowGood = new Int32Array(n);
  let balancedSum = 0;
  let balancedCount = 0;
  // Breaches: 0 none, 1 losing (bad months in a row), 2 recovering.
  const phase = new Uint8Array(n);
  const hadGood = new Uint8Array(n);
  const breachLevel = new Float64Array(n);
  const lossMonths = new Int32Array(n);
  const recoveryMonths = new Int32Array(n);
  let ratioSum = 0;
  let ratioCount = 0;
  const closeBreach = (i: number) => {
    if (phase[i] === 2) {
      ratioSum += recoveryMonths[i]! / lossMonths[i]!;
      ratioCount++;
    }
    phase[i] = 0;
  };
  const startMembership = (i: number) => {
    wasMember[i] = 1;
    windowStart[i] = orgs.trust[i]!;
    windowMonths[i] = 0;
    windowGood[i] = 0;
    phase[i] = 0;
    hadGood[i] = 0;
  };
  return {
    observe() {
      const visibleWin = action.realisedGain >= winThreshold;
      for (let i = 0; i < n; i++) {
        if (!orgs.member[i]) {
          // A departure censors an open breach; the window is dropped.
          if (wasMember[i]) closeBreach(i);
          wasMember[i] = 0;
          continue;
        }
        if (!wasMember[i]) {
          // Joined this month: its first experience comes next month.
          startMembership(i);
          lastTrust[i] = orgs.trust[i]!;
          continue;
        }
        const trust = orgs.trust[i]!;
        const good = visibleWin || orgs.perceived[i]! >= 0;
        windowMonths[i]!++;
        if (good) windowGood[i]!++;
        if (windowMonths[i] === BALANCED_WINDOW) {
          if (2 * windowGood[i]! === BALANCED_WINDOW) {
            balancedSum += trust - windowStart[i]!;
            balancedCount++;
          }
          windowStart[i] = trust;
          windowMonths[i] = 0;
          windowGood[i] = 0;
        }
        if (phase[i] === 0) {
          if (!good && hadGood[i]) {
            phase[i] = 1;
            breachLevel[i] = lastTrust[i]!;
            lossMonths[i] = 1;
          }
        } else if (phase[i] === 1) {
          if (good) {
            phase[i] = 2;
            recoveryMonths[i] = 1;
          } else lossMonths[i]!++;
        } else {
          recoveryMonths[i]!++;
        }
        if (phase[i] === 2 && trust >= breachLevel[i]!) closeBreach(i);
        if (good) hadGood[i] = 1;
        lastTrust[i] = trust;
      }
    },
    result() {
      // Breaches still open at the horizon are censored: their months so far are a lower bound.
      for (let i = 0; i < n; i++) if (orgs.member[i] && wasMember[i]) closeBreach(i);
      return {
        balancedTrustChange: balancedCount > 0 ? balancedSum / balancedCount : NaN,
        balancedWindows: balancedCount,
        recoveryRatio: ratioCount > 0 ? ratioSum / ratioCount : NaN,
        breaches: ratioCount,
      };
    },
  };
}
