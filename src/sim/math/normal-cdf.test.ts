import { describe, expect, it } from 'vitest';
import { normalCdf, normalDensity } from './normal-cdf.ts';

/** Φ(z) to 20 digits, computed with mpmath at 60 digits (mp.ncdf). */
const REFERENCE: readonly [number, number][] = [
  [-37.5, 4.6053530095819548438e-308],
  [-30, 4.9067139271481870595e-198],
  [-20, 2.7536241186062336951e-89],
  [-12, 1.7764821120776789977e-33],
  [-10, 7.619853024160526066e-24],
  [-8, 6.2209605742717841235e-16],
  [-6, 9.865876450376981407e-10],
  [-5, 2.8665157187919391167e-7],
  [-4, 3.1671241833119921254e-5],
  [-3, 1.3498980316300945267e-3],
  [-2.5, 6.209665325776135167e-3],
  [-2, 2.27501319481792072e-2],
  [-1.7, 4.4565462758543043664e-2],
  [-1.5, 6.6807201268858066004e-2],
  [-1.4999, 6.682015399983360347e-2],
  [-1.2, 1.1506967022170827665e-1],
  [-1, 1.5865525393145705141e-1],
  [-0.9, 1.8406012534675948265e-1],
  [-0.7, 2.4196365222307302862e-1],
  [-0.6999, 2.4199487870927192422e-1],
  [-0.5, 3.0853753872598689636e-1],
  [-0.3, 3.8208857781104736693e-1],
  [-0.1, 4.6017216272297101633e-1],
  [-1e-5, 4.9999601057719605216e-1],
  [0, 0.5],
  [1e-5, 5.0000398942280394784e-1],
  [0.3, 6.1791142218895263307e-1],
  [0.5, 6.9146246127401310364e-1],
  [0.7, 7.5803634777692697138e-1],
  [1, 8.4134474606854294859e-1],
  [1.5, 9.33192798731141934e-1],
  [1.96, 9.7500210485177956379e-1],
  [2, 9.772498680518207928e-1],
  [3, 9.9865010196836990547e-1],
  [5, 9.9999971334842812081e-1],
  [8, 9.999999999999993779e-1],
];

describe('normalCdf', () => {
  it.each(REFERENCE)('Φ(%s) is within 1e-15 relative of the 50-digit value', (z, truth) => {
    const got = normalCdf(z);
    expect(Math.abs(got - truth) / truth, `Φ(${z}) = ${got}, truth ${truth}`).toBeLessThanOrEqual(1e-15);
  });

  it('is 0 and 1 at the infinities, and NaN for NaN', () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(NaN)).toBeNaN();
  });

  it('is monotone across the switch between series and continued fraction', () => {
    let previous = normalCdf(-0.7001);
    for (let z = -0.7; z <= -0.6989; z += 1e-4) {
      const value = normalCdf(z);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });
});

describe('normalDensity', () => {
  it.each([
    [0, 0.39894228040143267794],
    [1, 0.2419707245191433498],
    [2.5, 0.017528300493568537362],
    [10, 7.6945986267064193463e-23],
    [-10, 7.6945986267064193463e-23],
  ])('φ(%s) is within 1e-15 relative of the 50-digit value', (t, truth) => {
    expect(Math.abs(normalDensity(t) - truth) / truth).toBeLessThanOrEqual(1e-15);
  });
});
