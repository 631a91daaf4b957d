/**
 * Monte Carlo: run i samples the uncertain assumptions (triangular over the range, its peak at the value, stream
 * "assumptions") and draws entrants and leavers as Poisson events (stream "events"), both seeded by
 * (seed, i) only, so run i of every scenario sees the same random numbers. Only region results per run
 * are kept (never monthly series); percentiles are taken over runs.
 */
import { ASSUMPTIONS, withAssumptions, type AssumptionValues } from '../../levers/assumptionCore.ts';
import { sampleTriangular } from '../distributions.ts';
import { createWorkspace, runModel, type RunInputs, type RunOutput, type Workspace } from '../model.ts';
import type { StartState } from '../start/startState.ts';
import { N_RAW } from '../rawFields.ts';
import { N_RESULTS, regionResults } from './results.ts';
import type { McRuns } from './mcSummary.ts';

export * from './mcSummary.ts';
import { makeStream, type Rng } from '../rng.ts';
import type { Plan } from './simulate.ts';
import { simulatedYears } from '../calendar.ts';

export interface McOptions {
  readonly runs: number;
  readonly seed: number;
  /** Municipality indices of the region to summarise. */
  readonly members: Int32Array;
  /** First run index (for splitting runs over workers; results do not depend on the split). */
  readonly firstRun?: number;
  /** Sample assumption uncertainty (default true); event noise is always on. */
  readonly sampleAssumptions?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Assumptions of run i: each uncertain one drawn from a triangular distribution over its whole range, its peak at the
 * plan's value. (A triangle centred on the value and reaching only the nearer bound collapsed to the value itself
 * where a calibration puts it at a bound, as it puts five or six of the eight calibrated ones: their uncertainty left
 * the bands. From such a value the runs' mean lies a third of the way into the range.)
 */
export function sampleAssumptions(base: AssumptionValues, seed: number, run: number): AssumptionValues {
  const rng = makeStream(seed, run, 'assumptions');
  const drawn: Record<string, number> = {};
  for (const a of ASSUMPTIONS) {
    const u = rng(); // drawn for every assumption so the stream stays aligned across scenarios
    if (!a.uncertain) continue;
    const mode = Math.min(a.max, Math.max(a.min, base[a.id]));
    drawn[a.id] = sampleTriangular(() => u, a.min, mode, a.max);
  }
  return withAssumptions(base, drawn);
}

/** Each start state's workspace in this thread, and whether a Monte Carlo is using it. */
const workspaces = new WeakMap<StartState, { readonly ws: Workspace; busy: boolean }>();

/**
 * Runs fn with a workspace for `start`: the same one across calls (a worker's batches, the page's repeated runs, the
 * map's Monte Carlo), as a new workspace after V8 has optimised the passes makes it throw away their optimised code
 * (seen as a second warm-up of 100 ms or more per call); a new one while that one is in use (a Monte Carlo started
 * from another's progress). Every run sets the whole workspace up from its start, so no run sees another's.
 */
export function withWorkspace<T>(start: StartState, fn: (ws: Workspace) => T): T {
  let slot = workspaces.get(start);
  if (slot === undefined) workspaces.set(start, (slot = { ws: createWorkspace(start), busy: false }));
  if (slot.busy) return fn(createWorkspace(start));
  slot.busy = true;
  try {
    return fn(slot.ws);
  } finally {
    slot.busy = false;
  }
}

/**
 * A run's inputs, as one object literal with every field of RunInputs that the model reads (undefined where the plan
 * has none), so that every run passes an object of the same shape. Spread from the plan, a thread's first runs passed
 * objects of another shape than its later runs (V8's deoptimisation trace: "wrong map"), and the model's driver and
 * its start calibration were compiled anew in every worker thread.
 */
function runInputs(
  plan: Plan,
  assumptions: AssumptionValues,
  events: Rng,
  local: Rng,
  listPatients: Rng,
  rawOut: readonly Float64Array[],
): RunInputs {
  return {
    start: plan.start,
    calendar: plan.calendar,
    timeline: plan.timeline,
    anchorLevers: plan.anchorLevers,
    assumptions,
    responses: plan.responses,
    localLevers: plan.localLevers,
    localEvents: plan.localEvents,
    trendObservedUntil: plan.trendObservedUntil,
    events,
    local,
    listPatients,
    rawOut,
  };
}

/**
 * Run `run` of a Monte Carlo into `rawOut` (the returned output shares those buffers): its assumptions sampled when
 * `sample` (sampleAssumptions), its event, municipal-effect and list-patient streams seeded by (seed, run) only. The
 * page's Monte Carlo (McStepper) and the map's (src/ui/sim/mapCompute.ts) both run it.
 */
export function stochasticRun(
  plan: Plan,
  seed: number,
  run: number,
  ws: Workspace,
  rawOut: readonly Float64Array[],
  sample = true,
): { readonly out: RunOutput; readonly assumptions: AssumptionValues } {
  const assumptions = sample ? sampleAssumptions(plan.assumptions, seed, run) : plan.assumptions;
  const events = makeStream(seed, run, 'events');
  const local = makeStream(seed, run, 'local');
  const listPatients = makeStream(seed, run, 'listPatients');
  const out = runModel(runInputs(plan, assumptions, events, local, listPatients, rawOut), ws);
  return { out, assumptions };
}

/**
 * A Monte Carlo taken a few runs at a time (`advance`), with its output buffers allocated once: the page's workers
 * look at their messages between pieces (a cancel), and with fresh buffers for each piece of about 40 ms the page's
 * Monte Carlo of 200 runs took 1.4-1.6 s instead of 1.1 s. The runs are those of one runMonteCarlo call, whatever
 * the pieces.
 */
export class McStepper {
  private readonly values: Float64Array;
  private readonly rawOut: Float64Array[];
  private readonly nYears: number;
  private readonly firstRun: number;
  private readonly sample: boolean;
  /** Runs done so far. */
  done = 0;

  constructor(
    private readonly plan: Plan,
    private readonly opts: McOptions,
  ) {
    const { runs } = opts;
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs: expected a whole number ≥ 1, got ${runs}`);
    this.firstRun = opts.firstRun ?? 0;
    this.nYears = plan.calendar.nYears;
    this.values = new Float64Array(runs * N_RESULTS * this.nYears);
    this.rawOut = Array.from({ length: N_RAW }, () => new Float64Array(this.nYears * plan.start.nM));
    this.sample = opts.sampleAssumptions ?? true;
  }

  /** Runs the next `count` runs (fewer at the end); false when all are done. */
  advance(count: number): boolean {
    const { plan, opts, values, rawOut, nYears } = this;
    const { runs, seed, members } = opts;
    const end = Math.min(runs, this.done + Math.max(1, count));
    withWorkspace(plan.start, (ws) => {
      for (let r = this.done; r < end; r++) {
        const { out, assumptions } = stochasticRun(plan, seed, this.firstRun + r, ws, rawOut, this.sample);
        regionResults(
          out,
          members,
          assumptions.shiftHours,
          values.subarray(r * N_RESULTS * nYears, (r + 1) * N_RESULTS * nYears),
        );
        this.done = r + 1;
        opts.onProgress?.(r + 1, runs);
      }
    });
    return this.done < runs;
  }

  /** The runs (call when advance has returned false). */
  result(): McRuns {
    const { runs, seed } = this.opts;
    return { years: simulatedYears(this.plan.calendar), runs, firstRun: this.firstRun, seed, values: this.values };
  }
}

export function runMonteCarlo(plan: Plan, opts: McOptions): McRuns {
  const mc = new McStepper(plan, opts);
  mc.advance(opts.runs);
  return mc.result();
}
