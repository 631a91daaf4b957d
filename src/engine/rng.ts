/**
 * Seeded random streams. Every random number in the engine comes from a named local stream, seedrandom's alea
 * (fast; never the global Math.random). Run i of every scenario uses the same seeds (common random numbers), so
 * differences between scenarios are policy, not noise. A stream's numbers can also be taken ahead of use, always the
 * same numbers in the same order as calls one by one: in bulk (fillUniforms), two at a time inside another loop
 * (aleaPair), or through a buffer (BufferedStream).
 */
// (alea's module alone: the package's index brings five more generators into the bundle; seedrandomAlea.d.ts)
import alea from 'seedrandom/lib/alea.js';

export type Rng = () => number;

export type StreamName = 'assumptions' | 'events' | 'local' | 'listPatients' | 'analysis';

/** A makeStream generator: alea's state [s0, s1, s2, c] in a typed array that fillUniforms steps in registers. */
interface AleaStream extends Rng {
  aleaState: Float64Array;
}

/** A reproducible stream for one (seed, run, purpose) triple. */
export function makeStream(seed: number | string, run: number, name: StreamName): Rng {
  // seeded by seedrandom's alea itself (its hash of the key); the step below is alea's, line for line, so the
  // numbers are seedrandom's (samplers.test.ts compares), with the state where fillUniforms can reach it
  const seeded = alea(`${seed}:${run}:${name}`, { state: true }).state();
  const s = Float64Array.of(seeded.s0, seeded.s1, seeded.s2, seeded.c);
  const next = (() => {
    const t = 2091639 * s[0]! + s[3]! * 2.3283064365386963e-10; // 2^-32 (a literal: see fastMath.ts)
    s[0] = s[1]!;
    s[1] = s[2]!;
    const c = t | 0;
    s[3] = c;
    return (s[2] = t - c);
  }) as AleaStream;
  next.aleaState = s;
  return next;
}

/**
 * Writes the stream's next n numbers to out[0 … n), in the order n calls would return them. For a makeStream
 * stream, alea's steps run in registers here (a call per number keeps the state in memory, and the step's chain
 * of dependent instructions is the whole cost); any other generator is called n times.
 */
export function fillUniforms(rng: Rng, out: Float64Array, n: number): void {
  const s = (rng as Partial<AleaStream>).aleaState;
  if (s === undefined) {
    for (let i = 0; i < n; i++) out[i] = rng();
    return;
  }
  let s0 = s[0]!;
  let s1 = s[1]!;
  let s2 = s[2]!;
  let c = s[3]!;
  for (let i = 0; i < n; i++) {
    const t = 2091639 * s0 + c * 2.3283064365386963e-10;
    s0 = s1;
    s1 = s2;
    c = t | 0;
    s2 = t - c;
    out[i] = s2;
  }
  s[0] = s0;
  s[1] = s1;
  s[2] = s2;
  s[3] = c;
}

/**
 * The next two numbers of the stream whose alea state is `state` (aleaStateOf), into out[i] and out[i + 1]: alea's
 * step, twice, for a loop that takes a stream's numbers ahead of use (flows.ts).
 */
export function aleaPair(state: Float64Array, out: Float64Array, i: number): void {
  let t = 2091639 * state[0]! + state[3]! * 2.3283064365386963e-10;
  let c = t | 0;
  const a = t - c;
  t = 2091639 * state[1]! + c * 2.3283064365386963e-10;
  c = t | 0;
  const b = t - c;
  state[0] = state[2]!;
  state[1] = a;
  state[2] = b;
  state[3] = c;
  out[i] = a;
  out[i + 1] = b;
}

/** A makeStream generator's state [s0, s1, s2, c], to step it inside another loop (flows.ts); else undefined. */
export function aleaStateOf(rng: Rng): Float64Array | undefined {
  return (rng as Partial<AleaStream>).aleaState;
}

/**
 * A stream read through a buffer: next() returns the stream's numbers in order, as the stream itself would, taking
 * them in bulk (fillUniforms) whenever the buffer runs out; take(n) makes the next n readable in the buffer at once.
 */
export class BufferedStream {
  readonly values: Float64Array;
  private stream: Rng | undefined;
  private pos = 0;
  private len = 0;

  constructor(size: number) {
    this.values = new Float64Array(Math.max(1, size));
  }

  /** Reads `stream` from its current position on (anything left in the buffer is dropped). */
  reset(stream: Rng): void {
    this.stream = stream;
    this.pos = 0;
    this.len = 0;
  }

  /** True when every number taken from the stream has been handed out. */
  empty(): boolean {
    return this.pos >= this.len;
  }

  /** values[0 … n) now hold the stream's next n numbers, taken by the caller (only when empty()). */
  filled(n: number): void {
    if (!this.empty()) throw new Error('BufferedStream.filled: numbers not yet handed out would be lost');
    this.pos = 0;
    this.len = n;
  }

  /**
   * Makes the stream's next n numbers (n at most the buffer's size) readable at values[from … from + n) and returns
   * `from`, as n calls of next() would return them: a pass that reads a whole buffer's worth indexes it directly.
   */
  take(n: number): number {
    if (n > this.values.length)
      throw new Error(`BufferedStream.take: ${n} numbers, the buffer holds ${this.values.length}`);
    const from = this.pos;
    if (this.len - from >= n) {
      this.pos = from + n;
      return from;
    }
    // the numbers left (none, in the engine's use) to the front, then the stream's next ones after them
    const left = this.len - from;
    this.values.copyWithin(0, from, this.len);
    fillUniforms(this.stream!, left > 0 ? this.values.subarray(left) : this.values, n - left);
    this.len = n;
    this.pos = n;
    return 0;
  }

  /** The stream's next number. */
  next(): number {
    // (the refill returns nothing, so that the value returned is always a load from the buffer: a value that could
    // come from a call would be boxed)
    if (this.pos >= this.len) this.refill();
    return this.values[this.pos++]!;
  }

  private refill(): void {
    fillUniforms(this.stream!, this.values, this.values.length);
    this.len = this.values.length;
    this.pos = 0;
  }
}

/** The buffer readNext reads (readerOf). */
let readingFrom: BufferedStream | undefined;

function readNext(): number {
  return readingFrom!.next();
}

/**
 * The buffer's next() as a plain generator, until readerOf is called for another buffer. It is one and the same
 * function for every buffer, so that V8 inlines it where it is called: a function per buffer (or a new generator per
 * run) makes a call site see many closures, which V8 leaves as calls, each boxing the number it returns.
 */
export function readerOf(buffer: BufferedStream): Rng {
  readingFrom = buffer;
  return readNext;
}
