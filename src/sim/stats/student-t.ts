/**
 * The 97.5% quantile of Student's t, for 95% confidence half-widths over replications.
 * Exact table values for 1–30 degrees of freedom; beyond, the Cornish–Fisher expansion in
 * 1/ν around the normal quantile (error below 1e-6 for ν > 30), pure arithmetic so the
 * result is the same on every engine.
 */
const T975 = [
  12.706204736174698, 4.302652729749464, 3.182446305284263, 2.7764451051977934, 2.5705818356363146,
  2.446911851144969, 2.3646242515927849, 2.3060041352041662, 2.2621571627982053, 2.2281388519862735,
  2.2009851600916384, 2.1788128296672284, 2.1603686564627926, 2.1447866879178044, 2.1314495455597742,
  2.1199052992212533, 2.1098155778333156, 2.1009220402410378, 2.0930240544083096, 2.0859634472658626,
  2.0796138447276835, 2.0738730679040258, 2.0686576104190491, 2.0638985616280205, 2.0595385527532977,
  2.0555294386428731, 2.0518305164802859, 2.0484071417952445, 2.0452296421327034, 2.0422724563012378,
];

const Z975 = 1.959963984540054;

export function studentT975(degreesOfFreedom: number): number {
  if (!(degreesOfFreedom >= 1)) return NaN;
  const nu = Math.floor(degreesOfFreedom);
  if (nu <= T975.length) return T975[nu - 1] as number;
  const z = Z975;
  const z2 = z * z;
  const g1 = (z * z2 + z) / 4;
  const g2 = (5 * z2 * z2 * z + 16 * z2 * z + 3 * z) / 96;
  const g3 = (3 * z2 * z2 * z2 * z + 19 * z2 * z2 * z + 17 * z2 * z - 15 * z) / 384;
  const g4 = (79 * z2 * z2 * z2 * z2 * z + 776 * z2 * z2 * z2 * z + 1482 * z2 * z2 * z - 1920 * z2 * z - 945 * z) / 92160;
  const inv = 1 / nu;
  return z + inv * (g1 + inv * (g2 + inv * (g3 + inv * g4)));
}
