/**
 * A machine-speed reference for the benchmark: the small model of PERFORMANCE.md (4 stocks, 7 flows,
 * monthly Euler, 240 months, 357 municipalities) as a plain typed-array loop, which took 0.46 ms where that
 * document was measured. Timing it beside the engine lets figures from different machines be compared.
 */

export function runReferenceModel(nM = 357, months = 240): number {
  const a = new Float64Array(nM).fill(1000);
  const b = new Float64Array(nM).fill(200);
  const c = new Float64Array(nM).fill(50);
  const d = new Float64Array(nM).fill(10);
  const dt = 1 / 12;
  let check = 0;
  for (let k = 0; k < months; k++) {
    for (let m = 0; m < nM; m++) {
      const f1 = 0.02 * a[m]!;
      const f2 = 0.05 * b[m]!;
      const f3 = 0.1 * c[m]!;
      const f4 = 0.01 * (a[m]! - b[m]!);
      const f5 = 0.03 * d[m]!;
      const f6 = 5 + 0.001 * m;
      const f7 = 0.02 * c[m]!;
      a[m] = a[m]! + (f6 - f1 - f4) * dt;
      b[m] = b[m]! + (f1 + f4 - f2) * dt;
      c[m] = c[m]! + (f2 - f3 - f7) * dt;
      d[m] = d[m]! + (f3 + f7 - f5) * dt;
    }
  }
  for (let m = 0; m < nM; m++) check += a[m]! + b[m]! + c[m]! + d[m]!;
  return check;
}
