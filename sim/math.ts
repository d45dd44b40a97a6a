/**
 * Deterministic elementary functions. JavaScript leaves the last bit of Math.exp, Math.log,
 * Math.cos and Math.pow to the engine: Node's V8 and Debian's Chromium disagree on a few
 * percent of arguments, which made the same run differ in the last digits between the CLI
 * and the browser. These versions use only + − × ÷, which IEEE 754 makes exact to the bit
 * everywhere (fdlibm's algorithms and coefficients; accurate to about 1 ulp).
 */

const view = new DataView(new ArrayBuffer(8));

/** 2^k for integer k, built from the exponent bits (exact). */
function powerOfTwo(k: number): number {
  if (k > 1023) return powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return powerOfTwo(-1022) * powerOfTwo(Math.max(k + 1022, -1074 + 1022 - 1));
  view.setUint32(0, (k + 1023) << 20);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** e^x (fdlibm e_exp.c). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.782712893383973096) return Infinity;
  if (x < -745.13321910194110842) return 0;
  if (Math.abs(x) < 2 ** -28) return 1 + x;
  const k = Math.floor(INV_LN2 * x + 0.5);
  const hi = x - k * LN2_HI;
  const lo = k * LN2_LO;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return k === 0 ? y : y * powerOfTwo(k);
}

const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Natural logarithm (fdlibm e_log.c). */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2 ** -1022) {
    // Subnormal: scale into the normal range first.
    x *= 2 ** 54;
    k -= 54;
  }
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  k += ((high >>> 20) & 0x7ff) - 1023;
  const mantissaHigh = high & 0x000fffff;
  // Normalise the mantissa m into [sqrt(2)/2, sqrt(2)).
  const i = (mantissaHigh + 0x95f64) & 0x100000;
  view.setUint32(0, mantissaHigh | (i ^ 0x3ff00000));
  k += i >>> 20;
  const f = view.getFloat64(0) - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
}

/** cos(2π·turns) for turns in any range, by quadrant reduction and Taylor kernels on |r| ≤ π/4. */
export function cosTurns(turns: number): number {
  const t = turns - Math.floor(turns);
  const quadrant = Math.floor(4 * t + 0.5);
  const r = (t - quadrant / 4) * 2 * Math.PI;
  const z = r * r;
  const cos = 1 - z / 2 + z * z * (1 / 24 - z * (1 / 720 - z * (1 / 40320 - z * (1 / 3628800 - z * (1 / 479001600 - z / 87178291200)))));
  const sin = r * (1 - z * (1 / 6 - z * (1 / 120 - z * (1 / 5040 - z * (1 / 362880 - z * (1 / 39916800 - z / 6227020800))))));
  switch (quadrant & 3) {
    case 0:
      return cos;
    case 1:
      return -sin;
    case 2:
      return -cos;
    default:
      return sin;
  }
}

/** x^n for a non-negative integer n, by repeated squaring. */
export function powInt(x: number, n: number): number {
  let result = 1;
  let base = x;
  for (let e = n; e > 0; e >>= 1) {
    if (e & 1) result *= base;
    base *= base;
  }
  return result;
}

/** x^y for x ≥ 0, as exp(y · log x). */
export function pow(x: number, y: number): number {
  if (x === 0) return y === 0 ? 1 : y > 0 ? 0 : Infinity;
  return exp(y * log(x));
}
