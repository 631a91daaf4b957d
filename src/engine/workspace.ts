/**
 * The model's reusable buffers for one set of municipalities: the per-municipality state (one interleaved
 * array, laid out in stateFields.ts), district sums, national sums and a stochastic run's random numbers taken ahead
 * of use. Allocated once and reused across runs (Monte Carlo), never inside a step.
 */
import { LEVERS } from '../levers/registry.ts';
import { N_GP, STRIDE } from './stateFields.ts';
import type { StartState } from './start/startState.ts';
import { BufferedStream } from './rng.ts';

const N_LEVERS = LEVERS.length;

/** Indices into Workspace.sums: national sums of the current step, accumulated inside the passes. */
export const SUM_POP = 0;
export const SUM_TRAINEES = 1;
export const SUM_POLICY_ATTR = 2;
export const SUM_WEIGHTED_VAC = 3;
export const SUM_RURAL_VAC = 4;

/** Reusable buffers for one municipality set (allocated once, reused across Monte Carlo runs). */
export interface Workspace {
  /** Encoded lever values of the current month. */
  readonly lev: Float64Array;
  readonly nM: number;
  readonly nD: number;
  /** Per-municipality state, interleaved (offsets in stateFields.ts). */
  readonly st: Float64Array;
  // district sums
  readonly dPop: Float64Array;
  readonly dPart: Float64Array;
  /** Legevakt participants per district in municipalities under GRANT_POP. */
  readonly dPartSmall: Float64Array;
  readonly dDutyOther: Float64Array;
  readonly dHours: Float64Array;
  /** Each municipality's legevakt district: the start's, reset at the start of every run and moved by dated events. */
  readonly district: Int32Array;
  /** Population-weighted sums of the members' legevakt levers (other doctors, new ways of working) per district. */
  readonly dOtherLever: Float64Array;
  readonly dNewForms: Float64Array;
  /** National sums of the current step (SUM_* indices), accumulated inside the passes. */
  readonly sums: Float64Array;
  /** Per municipality, the share of vacant lists filled this month (flows.ts). */
  readonly fill: Float64Array;
  /** A stochastic month's uniforms for the flow pass, two per municipality (flows.ts). */
  readonly uniforms: Float64Array;
  /** The municipal-effect stream of a stochastic run, read a quarter's draws at a time (model.ts). */
  readonly localStream: BufferedStream;
  /** A quarter's normal quantiles of the municipal effects, two per municipality (localEffects.ts). */
  readonly normals: Float64Array;
}

export function createWorkspace(start: StartState): Workspace {
  const nM = start.nM;
  const nD = start.nDistricts;
  return {
    lev: new Float64Array(N_LEVERS),
    nM,
    nD,
    st: new Float64Array(nM * STRIDE),
    dPop: new Float64Array(nD),
    dPart: new Float64Array(nD),
    dPartSmall: new Float64Array(nD),
    dDutyOther: new Float64Array(nD),
    dHours: new Float64Array(nD),
    district: Int32Array.from(start.district),
    dOtherLever: new Float64Array(nD),
    dNewForms: new Float64Array(nD),
    sums: new Float64Array(8),
    fill: new Float64Array(nM),
    uniforms: new Float64Array(2 * nM),
    localStream: new BufferedStream(2 * nM),
    normals: new Float64Array(2 * nM),
  };
}

/** A field's value for one municipality (diagnostics and tests; the passes index `st` directly). */
export function fieldOf(ws: Workspace, field: number, m: number): number {
  return ws.st[m * STRIDE + field]!;
}

/** Sets a field for one municipality (tests that force a state, e.g. every GP leaving). */
export function setField(ws: Workspace, field: number, m: number, value: number): void {
  ws.st[m * STRIDE + field] = value;
}

/** The GP-weighted mean of a field over all municipalities (weights: N_GP). */
export function gpWeightedMean(ws: Workspace, field: number): number {
  const st = ws.st;
  let num = 0;
  let den = 0;
  for (let q = 0; q < st.length; q += STRIDE) {
    const w = st[q + N_GP]!;
    num += st[q + field]! * w;
    den += w;
  }
  return den > 0 ? num / den : 0;
}
