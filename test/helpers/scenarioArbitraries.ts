// fast-check arbitraries for scenario content (lever settings with optional start dates, assumption
// overrides), shared by the saved-scenario document and share-link fuzz tests.
import fc from 'fast-check';
import type { LeverSetting } from '../../src/engine/run/scenario.ts';
import { ASSUMPTIONS } from '../../src/levers/assumptions.ts';
import { LEVERS } from '../../src/levers/registry.ts';
import type { LeverSpec, LeverValue } from '../../src/levers/types.ts';

export interface LeverValueOptions {
  /** Besides values on the slider's steps, any number in the range, as a typed value would be. */
  readonly anyInRange?: boolean;
  /** Start years of dated settings (default 2020-2050, what the engine accepts). */
  readonly years?: readonly [number, number];
}

/** A value a lever accepts. */
export function leverValueArb(spec: LeverSpec, opts: LeverValueOptions = {}): fc.Arbitrary<LeverValue> {
  switch (spec.kind) {
    case 'number': {
      const steps = Math.round((spec.max - spec.min) / spec.step);
      const onStep = fc
        .integer({ min: 0, max: steps })
        .map((k) => Math.min(spec.max, Math.round((spec.min + k * spec.step) * 1e6) / 1e6));
      // (no -0: JSON has none)
      const values = opts.anyInRange
        ? fc.oneof(
            onStep,
            fc.double({ min: spec.min, max: spec.max, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
          )
        : onStep;
      return spec.allowNone ? fc.oneof(values, fc.constant(null)) : values;
    }
    case 'toggle':
      return fc.constantFrom(0, 1);
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
  }
}

/** A start date as scenarios write it: "YYYY" or "YYYY-MM", 2020-2050 (or the years given). */
export const fromArbIn = ([min, max]: readonly [number, number]) =>
  fc
    .tuple(fc.integer({ min, max }), fc.option(fc.integer({ min: 1, max: 12 })))
    .map(([y, m]) => (m === null ? String(y) : `${y}-${String(m).padStart(2, '0')}`));
export const fromArb = fromArbIn([2020, 2050]);

/** Any subset of the levers, each a plain value or a dated { value, from }. */
export function leversArb(opts: LeverValueOptions = {}): fc.Arbitrary<Record<string, LeverSetting>> {
  return fc
    .subarray([...LEVERS] as LeverSpec[])
    .chain((specs) =>
      fc.tuple(
        ...specs.map((s) =>
          fc.tuple(
            fc.constant(s.id),
            fc.oneof(
              leverValueArb(s, opts),
              fc.record({ value: leverValueArb(s, opts), from: opts.years ? fromArbIn(opts.years) : fromArb }),
            ) as fc.Arbitrary<LeverSetting>,
          ),
        ),
      ),
    )
    .map((entries) => Object.fromEntries(entries));
}

/** Up to `maxLength` assumption overrides, each anywhere in its range. */
export function assumptionsArb(maxLength: number): fc.Arbitrary<Record<string, number>> {
  return fc
    .subarray(
      ASSUMPTIONS.map((a) => a),
      { maxLength },
    )
    .chain((specs) =>
      fc.tuple(
        ...specs.map((a) =>
          fc.tuple(
            fc.constant(a.id),
            fc.double({ min: a.min, max: a.max, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
          ),
        ),
      ),
    )
    .map((entries) => Object.fromEntries(entries));
}
