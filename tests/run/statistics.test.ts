import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDifference } from '../../sim/run/statistics';
import { incompleteBeta, studentTCdf, studentTQuantile } from '../../sim/run/studentT';
import { kaplanMeier } from '../../sim/run/survival';

describe('Student t', () => {
  it('matches the textbook table of two-sided 95% critical values', () => {
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [5, 2.571],
      [10, 2.228],
      [29, 2.045],
      [49, 2.01],
      [120, 1.98],
    ];
    for (const [df, critical] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(critical, 3);
  });
  it('has a symmetric CDF with known values', () => {
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 10); // Cauchy: 1/2 + atan(1)/π
    expect(studentTCdf(-2.228, 10)).toBeCloseTo(0.025, 4);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
  });
});

describe('mean and interval', () => {
  it('computes mean, sample sd and the t interval', () => {
    const ci = meanInterval([1, 2, 3, 4, 5]);
    expect(ci.mean).toBe(3);
    expect(ci.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(ci.high - ci.mean).toBeCloseTo((2.776445 * Math.sqrt(2.5)) / Math.sqrt(5), 5);
  });
  it('degrades gracefully for tiny samples', () => {
    expect(meanInterval([])).toEqual({ n: 0, mean: 0, sd: 0, low: 0, high: 0 });
    expect(meanInterval([4])).toEqual({ n: 1, mean: 4, sd: 0, low: 4, high: 4 });
  });
  it('pairs differences (Student’s sleep data: mean 1.58, 95% CI 0.70 to 2.46)', () => {
    const a = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const b = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const d = pairedDifference(a, b);
    expect(d.mean).toBeCloseTo(1.58, 10);
    expect(d.low).toBeCloseTo(0.7001, 3);
    expect(d.high).toBeCloseTo(2.4599, 3);
  });
});

describe('Kaplan–Meier', () => {
  it('reproduces the 6-MP arm of the Freireich leukaemia trial (Gehan 1965)', () => {
    const time = [6, 6, 6, 7, 10, 13, 16, 22, 23, 6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35];
    const event = time.map((_, k) => k < 9);
    const curve = kaplanMeier(time, event);
    const at = (t: number) => curve.steps.find((s) => s.time === t)!.survival;
    expect(at(6)).toBeCloseTo(0.857, 3);
    expect(at(7)).toBeCloseTo(0.807, 3);
    expect(at(10)).toBeCloseTo(0.753, 3);
    expect(at(13)).toBeCloseTo(0.69, 3);
    expect(at(16)).toBeCloseTo(0.627, 3);
    expect(at(22)).toBeCloseTo(0.538, 3);
    expect(at(23)).toBeCloseTo(0.448, 3);
    expect(curve.median).toBe(23);
  });
  it('gives no median when survival stays above one half', () => {
    expect(kaplanMeier([120, 120, 50], [false, false, true]).median).toBeNull();
  });
});

describe('CSV cells of sweep outputs', () => {
  it('quote separators and defuse spreadsheet formulas in text, leaving numbers alone', async () => {
    const { csvCell } = await import('../../sim/sweep/output');
    expect(csvCell('nao')).toBe('nao');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(true)).toBe('true');
  });
});
