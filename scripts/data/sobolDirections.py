"""Writes sim/sweep/sobolDirections.ts: the Joe & Kuo (2008) direction numbers
(new-joe-kuo-6.21201) for the first DIMENSIONS dimensions of the Sobol sequence, read
from the copy scipy ships (scipy/stats/_sobol_direction_numbers.npz).

Run once: python3 scripts/data/sobolDirections.py > sim/sweep/sobolDirections.ts
Joe, S. & Kuo, F. Y. (2008). Constructing Sobol sequences with better two-dimensional
projections. SIAM J. Sci. Comput. 30, 2635-2654. https://web.maths.unsw.edu.au/~fkuo/sobol/
"""
import os
import numpy as np
import scipy

DIMENSIONS = 64
data = np.load(os.path.join(os.path.dirname(scipy.__file__), 'stats', '_sobol_direction_numbers.npz'))
poly = data['poly'][:DIMENSIONS]
vinit = data['vinit'][:DIMENSIONS]
print('/**')
print(' * Sobol sequence direction numbers of Joe & Kuo (2008), new-joe-kuo-6.21201, first')
print(f' * {DIMENSIONS} dimensions (written by scripts/data/sobolDirections.py from the copy scipy ships).')
print(' * POLYNOMIALS[d] encodes the primitive polynomial of dimension d (its degree is the')
print(' * position of the highest bit); INITIAL[d] lists the initial direction integers m_1..m_s.')
print(' */')
print(f'export const SOBOL_DIMENSIONS = {DIMENSIONS};')
print('export const POLYNOMIALS: readonly number[] = [' + ', '.join(str(int(p)) for p in poly) + '];')
print('export const INITIAL: readonly (readonly number[])[] = [')
for d in range(DIMENSIONS):
    degree = int(poly[d]).bit_length() - 1 if d > 0 else 0
    m = [int(x) for x in vinit[d][:max(degree, 1)]]
    print('  [' + ', '.join(map(str, m)) + '],')
print('];')
