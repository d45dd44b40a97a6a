/**
 * The sweep's survival statistics against independent computations: Kaplan–Meier with
 * Greenwood's log-log band (scipy.stats.ecdf, confidence_interval(method='log-log')), the
 * median by R's rule with Brookmeyer–Crowley limits, the restricted mean survival time and
 * its interval (a separate Python implementation of Klein & Moeschberger's formula), Wilson
 * intervals (scipy.stats.binomtest(...).proportion_ci(method='wilson')), and intervals that
 * are empty when they cannot be computed. The reference numbers were computed once with
 * scipy 1.17 by the snippet in each test's comment.
 */
import { describe, expect, it } from 'vitest';
import { reportedInterval, wilsonInterval } from '../../sim/run/statistics';
import { kaplanMeier, restrictedMean } from '../../sim/run/survival';

// t = [3,5,5,8,10,12,12,15,20,20,25,30,30,30,42,50,50,60,60,60]; event 0 = censored.
const TIME = [3, 5, 5, 8, 10, 12, 12, 15, 20, 20, 25, 30, 30, 30, 42, 50, 50, 60, 60, 60];
const EVENT = [1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0].map(Boolean);
// res = stats.ecdf(CensoredData(uncensored=t[e], right=t[~e])); band = res.sf.confidence_interval(method='log-log'):
// the columns as scipy gives them (res.sf.quantiles, res.sf.probabilities, band.low.probabilities, band.high.probabilities).
const SCIPY = {
  quantiles: [3, 5, 8, 10, 12, 15, 20, 25, 30, 42, 50, 60],
  probabilities: [
    0.95, 0.8999999999999999, 0.8470588235294116, 0.7941176470588234, 0.7411764705882352, 0.6841628959276018, 0.5701357466063349, 0.5701357466063349,
    0.5067873303167422, 0.42232277526395184, 0.3378582202111615, 0.3378582202111615,
  ],
  low: [
    0.6947431932565702, 0.6560307072615669, 0.5967951787980812, 0.5396804824809386, 0.48508168372452154, 0.42625094990035867, 0.31950552952453637,
    0.31950552952453637, 0.26246207307009534, 0.18357691569968032, 0.11942822888428385, 0.11942822888428385,
  ],
  high: [
    0.9928022285933972, 0.9740101743957749, 0.9480246414001452, 0.9174480771402711, 0.8833751494680955, 0.8445541163495776, 0.7582815036141842,
    0.7582815036141842, 0.7079799576964003, 0.6451143132274553, 0.574583663323708, 0.574583663323708,
  ],
};

describe('Kaplan–Meier, as scipy and R compute it', () => {
  const curve = kaplanMeier(TIME, EVENT);

  it('starts at time 0 with survival 1, then matches scipy’s estimate and log-log band at every time', () => {
    expect(curve.steps[0]).toMatchObject({ time: 0, atRisk: 20, survival: 1, ciLow: 1, ciHigh: 1 });
    const rest = curve.steps.slice(1);
    expect(rest.map((s) => s.time)).toEqual(SCIPY.quantiles);
    rest.forEach((step, k) => {
      expect(step.survival).toBeCloseTo(SCIPY.probabilities[k]!, 12);
      expect(step.ciLow).toBeCloseTo(SCIPY.low[k]!, 12);
      expect(step.ciHigh).toBeCloseTo(SCIPY.high[k]!, 12);
    });
  });

  it('gives the median by R’s rule with Brookmeyer–Crowley limits (R: median 42, 95% LCL 12, UCL NA)', () => {
    expect(curve.median).toBe(42);
    expect(curve.medianLow).toBe(12);
    expect(curve.medianHigh).toBeNull();
  });

  it('finds the median where survival is exactly one half: 24 runs, 12 dissolving at months 30…41, 12 surviving to 120', () => {
    const time = [...Array.from({ length: 12 }, (_, k) => 30 + k), ...Array<number>(12).fill(120)];
    const event = [...Array<boolean>(12).fill(true), ...Array<boolean>(12).fill(false)];
    const half = kaplanMeier(time, event);
    expect(half.steps.at(-1)!.survival).toBeCloseTo(0.5, 12);
    expect(half.median).toBe(41);
    // Exactly one half until a later dissolution: the middle of the two months (R's midpoint rule).
    const later = kaplanMeier([...time.slice(0, 12), 60, ...Array<number>(11).fill(120)], [...event.slice(0, 12), true, ...Array<boolean>(11).fill(false)]);
    expect(later.median).toBe((41 + 60) / 2);
  });

  it('puts the median at the right event when every run dissolves (even sample sizes)', () => {
    for (const n of [2, 4, 10, 200]) {
      const time = Array.from({ length: n }, (_, k) => k + 1);
      const curve = kaplanMeier(
        time,
        time.map(() => true),
      );
      // R: survival is exactly 1/2 after event n/2 until event n/2 + 1: the median is their midpoint.
      expect(curve.median, `n = ${n}`).toBe(n / 2 + 0.5);
    }
  });
});

describe('restricted mean survival time', () => {
  it('is the area under the curve to the horizon, with the Klein–Moeschberger interval (Python reference: 35.0667, se 5.1861)', () => {
    const rmst = restrictedMean(kaplanMeier(TIME, EVENT), 60);
    expect(rmst.mean).toBeCloseTo(35.06666666666667, 10);
    expect(rmst.low).toBeCloseTo(24.90210439781344, 10);
    expect(rmst.high).toBeCloseTo(45.2312289355199, 10);
  });

  it('never runs past the horizon, and equals the mean lifetime when the horizon censors every survivor', () => {
    const time = [...Array<number>(18).fill(120), 100, 110];
    const event = [...Array<boolean>(18).fill(false), true, true];
    const rmst = restrictedMean(kaplanMeier(time, event), 120);
    expect(rmst.mean).toBeCloseTo(time.reduce((a, b) => a + b, 0) / time.length, 10);
    expect(rmst.high).toBeLessThanOrEqual(120);
    expect(rmst.low).toBeLessThan(rmst.mean);
  });
});

describe('intervals a report can show', () => {
  it('Wilson intervals for proportions (scipy: 17/20 → [0.63958, 0.94763]; 20/20 → [0.83887, 1])', () => {
    const some = wilsonInterval(17, 20);
    expect(some.low).toBeCloseTo(0.6395811352592431, 12);
    expect(some.high).toBeCloseTo(0.9476312541037835, 12);
    const all = wilsonInterval(20, 20);
    expect(all.low).toBeCloseTo(0.8388748419471808, 12);
    expect(all.high).toBe(1);
  });

  it('gives none (NaN, an empty cell) for one value or a constant sample, and says why', () => {
    expect(reportedInterval([3])).toMatchObject({ n: 1, mean: 3, reason: 'n<2' });
    expect(Number.isNaN(reportedInterval([3]).low)).toBe(true);
    expect(reportedInterval([2, 2, 2])).toMatchObject({ n: 3, mean: 2, reason: 'constant' });
    expect(Number.isNaN(reportedInterval([2, 2, 2]).high)).toBe(true);
    const real = reportedInterval([1, 2, 3, 4]);
    expect(real.reason).toBeNull();
    expect(real.low).toBeLessThan(real.mean);
  });
});
