/**
 * Keyboard steps for the lever sliders (issue #15): an arrow key moves about 1 % of the lever's range, PageUp and
 * PageDown about 10 %, Home and End to the ends, each rounded to a round number that is a whole number of the
 * lever's own step (so values stay on its grid). Values are snapped without float noise (841,8 stays 841.8), and a
 * burst of key presses is one undo step (KeyBurst). DOM-free apart from the timer.
 */

/** What a number lever declares that the steps need (the registry's NumberLeverSpec has these). */
export interface SteppedRange {
  readonly min: number;
  readonly max: number;
  /** The lever's own step (its value precision). */
  readonly step: number;
}

/** Decimals of a step as written (0.1 → 1, 0.05 → 2, 10000 → 0). */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0) return 0;
  const s = String(step);
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]) + (s.split('e')[0]!.split('.')[1]?.length ?? 0);
  return s.split('.')[1]?.length ?? 0;
}

/** A value on the lever's grid (a whole number of steps), without float noise, within min..max. */
export function snapToStep(value: number, r: SteppedRange): number {
  const n = Math.round(value / r.step);
  const v = Number((n * r.step).toFixed(stepDecimals(r.step)));
  return Math.min(r.max, Math.max(r.min, v));
}

/** The round number (1, 2 or 5 × a power of ten) nearest to x on a log scale. */
function niceNumber(x: number): number {
  if (!(x > 0)) return 0;
  const p = Math.floor(Math.log10(x));
  let best = 10 ** p;
  for (const m of [1, 2, 5, 10]) {
    const c = m * 10 ** p;
    if (Math.abs(Math.log10(c / x)) < Math.abs(Math.log10(best / x))) best = c;
  }
  return best;
}

/** A keyboard step of about `fraction` of the range: a round number, a whole number (≥ 1) of the lever's steps. */
export function keyboardStep(r: SteppedRange, fraction = 0.01): number {
  const nice = niceNumber((r.max - r.min) * fraction);
  const k = Math.max(1, Math.round(nice / r.step));
  return Number((k * r.step).toFixed(stepDecimals(r.step)));
}

/** The value a key moves to from `current`, or null for a key the slider does not step with. */
export function keyTarget(key: string, current: number, r: SteppedRange): number | null {
  const small = keyboardStep(r, 0.01);
  const large = Math.max(keyboardStep(r, 0.1), small);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return snapToStep(current + small, r);
    case 'ArrowLeft':
    case 'ArrowDown':
      return snapToStep(current - small, r);
    case 'PageUp':
      return snapToStep(current + large, r);
    case 'PageDown':
      return snapToStep(current - large, r);
    case 'Home':
      return r.min;
    case 'End':
      return r.max;
    default:
      return null;
  }
}

/**
 * A number as it is stored: float noise from scaling (percent levers ÷ 100) removed, and a value within a
 * millionth of a step of `snapTo` (today's value) taken as exactly that value, so that a lever moved back is unchanged.
 */
export function cleanValue(value: number, step: number, snapTo: number | null): number {
  if (snapTo !== null && Math.abs(value - snapTo) <= step * 1e-6) return snapTo;
  return Number(value.toPrecision(12));
}

/**
 * Key presses that come within `idleMs` of each other form one burst, committed once: when the presses stop for
 * `idleMs`, when the slider loses focus (flush), or before any other key (e.g. Ctrl+Z) is handled.
 */
export class KeyBurst<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  constructor(
    private readonly commit: (value: T) => void,
    private readonly idleMs = 1000,
  ) {}

  /** A press moved to `value` (the caller previews it); the burst's commit waits for the presses to stop. */
  press(value: T): void {
    this.pending = { value };
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.idleMs);
  }

  /** Whether a burst is waiting to be committed. */
  get active(): boolean {
    return this.pending !== null;
  }

  /** Commits the burst now (if any). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const p = this.pending;
    this.pending = null;
    if (p) this.commit(p.value);
  }

  /** Drops the burst without committing it. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
