// The engine's random streams (rng.ts) give seedrandom's alea numbers however they are read: one by one, in bulk
// (fillUniforms), two at a time inside another loop (aleaPair), or through a buffer (BufferedStream); and a
// stochastic run that takes its numbers ahead of use gives the same output, bit for bit, as one that draws them
// one by one from generators the engine cannot read ahead.
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createWorkspace, makeStream, preparePlan, runModel, type Rng } from '../../src/engine/index.ts';
import { aleaPair, aleaStateOf, BufferedStream, fillUniforms, readerOf } from '../../src/engine/rng.ts';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng());

describe('makeStream', () => {
  it.each([
    [1, 0, 'events'],
    [7, 123, 'local'],
    [2024, 999, 'assumptions'],
  ] as const)('seed %d, run %d, %s: the numbers of seedrandom.alea', (seed, run, name) => {
    expect(draw(makeStream(seed, run, name), 5000)).toEqual(draw(seedrandom.alea(`${seed}:${run}:${name}`), 5000));
  });

  it('in bulk (fillUniforms) and in pairs (aleaPair) gives the same numbers as one by one, and goes on from there', () => {
    const one = makeStream(3, 4, 'events');
    const bulk = makeStream(3, 4, 'events');
    const expected = draw(one, 1000);
    const got = new Float64Array(1000);
    fillUniforms(bulk, got, 600);
    const state = aleaStateOf(bulk)!;
    for (let i = 600; i < 1000; i += 2) aleaPair(state, got, i);
    expect(Array.from(got)).toEqual(expected);
    expect(bulk()).toBe(one());
  });

  it('a generator the engine cannot read ahead is called once per number', () => {
    const inner = makeStream(5, 0, 'local');
    const wrapped: Rng = () => inner();
    expect(aleaStateOf(wrapped)).toBeUndefined();
    const got = new Float64Array(10);
    fillUniforms(wrapped, got, 10);
    expect(Array.from(got)).toEqual(draw(makeStream(5, 0, 'local'), 10));
  });
});

describe('BufferedStream', () => {
  it('hands out the stream in order across refills and numbers filled by the caller', () => {
    const expected = draw(makeStream(9, 1, 'local'), 40);
    const stream = makeStream(9, 1, 'local');
    const buffered = new BufferedStream(8);
    buffered.reset(stream);
    const got = draw(readerOf(buffered), 12);
    while (!buffered.empty()) got.push(buffered.next());
    fillUniforms(stream, buffered.values, 8);
    buffered.filled(8);
    got.push(...draw(readerOf(buffered), 8 + 12));
    expect(got).toEqual(expected.slice(0, got.length));
    expect(got.length).toBe(36);
    expect(() => buffered.filled(8)).toThrow();
  });
});

describe('a stochastic run', () => {
  const plan = preparePlan({ endYear: 2029 });
  const run = (streams: readonly ('events' | 'local')[], wrap: (rng: Rng) => Rng) =>
    runModel(
      { ...plan, ...Object.fromEntries(streams.map((name) => [name, wrap(makeStream(1, 2, name))])) },
      createWorkspace(plan.start),
    ).raw.map((arr) => Array.from(arr));
  const oneByOne =
    (rng: Rng): Rng =>
    () =>
      rng();

  it.each([[['events', 'local']], [['events']], [['local']]] as const)(
    'with streams %j gives the same output with its numbers taken ahead as drawn one by one',
    (streams) => {
      expect(run(streams, (rng) => rng)).toEqual(run(streams, oneByOne));
    },
  );
});
