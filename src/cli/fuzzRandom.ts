/** The fuzz suite's seeded random source (seedrandom's alea): the same seed gives the same cases. */
import seedrandom from 'seedrandom';

export interface Rand {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A fresh, independent stream for a sub-task (e.g. one case), named so that adding cases keeps others. */
  fork(name: string): Rand;
}

export function rand(seed: string): Rand {
  const prng = seedrandom.alea(seed);
  const r: Rand = {
    next: () => prng(),
    int: (min, max) => min + Math.floor(prng() * (max - min + 1)),
    chance: (p) => prng() < p,
    pick: (items) => items[Math.floor(prng() * items.length)]!,
    fork: (name) => rand(`${seed}/${name}`),
  };
  return r;
}
