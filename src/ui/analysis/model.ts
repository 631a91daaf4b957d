/**
 * The DOM-free side of "Hva betyr mest? · Hva skal til?" (issue #17): the outcomes offered, a target from the form's
 * values (shares typed in %, costs in NOK million, passed to the engine as fractions and NOK), a lever's allowed
 * range ("bare økning"), values and changes in the page's number format, the goal seek's answer in plain words, the
 * state that "Bruk verdien" commits (as the lever panel would), the saved scenario of a package, and the rows of
 * every table and export with the unit of each column's numbers. Tested in Node.
 */
import { getLever } from '../../levers/registry.ts';
import type { LeverSpec, LeverValue, Localized } from '../../levers/types.ts';
import { getAssumption } from '../../levers/assumptions.ts';
import type {
  Effect,
  GoalSeekResult,
  LeverRange,
  OptimiseResult,
  Point,
  Target,
  VarianceSplit,
} from '../../engine/analysis/index.ts';
import type { SavedScenario } from '../scenarios/document.ts';
import { formatNumber, formatPercent, formatSigned, parseNumber } from '../format.ts';
import { loc, t } from '../i18n.ts';
import { displayLeverValue, scaleOf } from '../leversPanel.ts';
import type { PackageSettings, RunRequest } from '../sim/protocol.ts';
import {
  END_YEAR,
  EMPTY_SCENARIO,
  leverFrom,
  municipalOverride,
  settingOfOverride,
  withLeverOverride,
  withMunicipalOverride,
  type LeverOverride,
  type ScenarioState,
} from '../state.ts';
import { at, type AnalysisKey } from './strings.ts';

/** The outcomes the panel offers (result ids). */
export const OUTCOMES = [
  'nResidentsWithoutGp',
  'residentsWithoutGpShare',
  'meanListLength',
  'nGps',
  'onCallHoursPerGpPerMonth',
  'publicCostNok',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FIRST_YEAR = 2026;
export const DEFAULT_YEAR = 2030;
export const YEARS: readonly number[] = Array.from({ length: END_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

export const isOutcome = (id: string): id is Outcome => (OUTCOMES as readonly string[]).includes(id);

/** How a value of the outcome is typed and shown: × factor from the engine's unit (share → %, NOK → million). */
export function outcomeScale(o: Outcome): number {
  return o === 'residentsWithoutGpShare' ? 100 : o === 'publicCostNok' ? 1e-6 : 1;
}

export const outcomeLabel = (o: Outcome): string => at(`out_${o}` as AnalysisKey);
export const outcomePhrase = (o: Outcome): string => at(`phrase_${o}` as AnalysisKey);
export const outcomeUnit = (o: Outcome): string => at(`unit_${o}` as AnalysisKey);

/** A value of the outcome in the page's format ("12,7 %", "1 234", "12,3 mill. kr"). */
export function formatOutcome(o: Outcome, v: number): string {
  switch (o) {
    case 'residentsWithoutGpShare':
      return formatPercent(v, 1);
    case 'publicCostNok':
      return formatMillNok(v);
    case 'nGps':
    case 'onCallHoursPerGpPerMonth':
      return formatNumber(v, 1);
    default:
      return formatNumber(v, 0);
  }
}

/** A change of the outcome (share in percentage points), signed. */
export function formatOutcomeDelta(o: Outcome, d: number): string {
  if (o === 'residentsWithoutGpShare') return at('points', { value: formatSigned(d * 100, (x) => formatNumber(x, 2)) });
  if (o === 'publicCostNok') return at('millNok', { value: formatSigned(d / 1e6, (x) => formatNumber(x, 1)) });
  const digits = o === 'nGps' || o === 'onCallHoursPerGpPerMonth' ? 2 : 1;
  return formatSigned(d, (x) => formatNumber(x, digits));
}

/** NOK as "12,3 mill. kr" ("NOK 12.3 million"). */
export function formatMillNok(nok: number): string {
  const m = nok / 1e6;
  return at('millNok', { value: formatNumber(m, Math.abs(m) >= 100 ? 0 : 1) });
}

/** The target as shown: "≤ 1 %", "≥ 2 000". */
export function targetLabel(o: Outcome, target: Target): string {
  return `${target.op === '<=' ? '≤' : '≥'} ${formatOutcome(o, target.value)}`;
}

/** The engine's target from the form: the operator and the value as typed in the outcome's display unit. */
export function targetFromForm(
  o: Outcome,
  op: string,
  text: string,
): { ok: true; target: Target } | { ok: false; error: string } {
  const v = parseNumber(text.replace(/%\s*$/, ''));
  if (v === null || !Number.isFinite(v) || (op !== '<=' && op !== '>=')) return { ok: false, error: at('errTarget') };
  // 1 % → 0.01; 12,5 mill. kr → 12 500 000 (rounded so that 1 % is exactly 0.01)
  const value = Number((v / outcomeScale(o)).toPrecision(12));
  return { ok: true, target: { op, value } };
}

/** A share of the runs typed in % (1-99) as a fraction, or null. */
export function probabilityFromForm(text: string): number | null {
  const v = parseNumber(text.replace(/%\s*$/, ''));
  if (v === null || !(v >= 1 && v <= 99)) return null;
  return Number((v / 100).toPrecision(12));
}

/** The optimiser's budget from the form, typed in NOK million: none when empty, NOK when a number ≥ 0, else an error. */
export function budgetFromForm(text: string): { ok: true; budget?: number } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: true };
  const v = parseNumber(text.replace(/(mill\.?\s*)?(kr|nok)\.?\s*$/i, '').replace(/mill\.?\s*$/i, ''));
  if (v === null || !Number.isFinite(v) || v < 0) return { ok: false, error: at('errBudget') };
  return { ok: true, budget: Math.round(v * 1e6) };
}

/** The value the form's value box should start with (the outcome now, in its display unit, a round number). */
export function formValue(o: Outcome, v: number): string {
  const x = v * outcomeScale(o);
  return formatNumber(x, Math.abs(x) >= 100 ? 0 : 1).replace(/[\u00a0\u202f\s]/g, '');
}

export type RangeMode = 'all' | 'up' | 'down';

/**
 * The part of a number lever's range the analysis may use: all of it, or from today's value up (or down) to the
 * end. An error (in words) when today's value is not a number or already at that end; undefined: the whole range.
 */
export function rangeFor(
  spec: LeverSpec,
  today: LeverValue,
  mode: RangeMode,
): { ok: true; range?: LeverRange } | { ok: false; error: string } {
  if (mode === 'all' || spec.kind !== 'number') return { ok: true };
  const label = loc(spec.label);
  if (typeof today !== 'number') return { ok: false, error: at('errRangeNone', { lever: label }) };
  const v = Math.min(spec.max, Math.max(spec.min, today));
  if ((mode === 'up' && v >= spec.max) || (mode === 'down' && v <= spec.min))
    return { ok: false, error: at('errRangeEnd', { lever: label, value: displayLeverValue(spec, today) }) };
  return { ok: true, range: mode === 'up' ? { min: v, max: spec.max } : { min: spec.min, max: v } };
}

/** A lever's value in the scenario's state for the region (a municipality's own setting of a local lever first). */
export function leverToday(state: ScenarioState, id: string, municipality: string | null): LeverValue {
  const spec = getLever(id)!;
  const own = municipality && spec.scope === 'local' ? municipalOverride(state, municipality, id) : undefined;
  return (own ?? state.levers[id])?.value ?? spec.default;
}

export function leverLabel(id: string): string {
  const spec = getLever(id);
  return spec ? loc(spec.label) : id;
}

export function assumptionLabel(id: string): string {
  const a = getAssumption(id);
  return a ? loc(a.label as Localized) : id;
}

/** A value of an assumption with its unit. */
export function assumptionValueText(id: string, v: LeverValue): string {
  const a = getAssumption(id);
  if (typeof v !== 'number') return String(v);
  return a ? `${formatNumber(v, Math.abs(v) >= 100 ? 0 : 3)} ${loc(a.unit as Localized)}` : formatNumber(v, 3);
}

/** What the answer is about: the outcome, the target, the year, the region (and the share of runs). */
export interface AnswerContext {
  readonly outcome: Outcome;
  readonly target: Target;
  readonly year: number;
  readonly region: string;
  readonly probability?: number;
}

function aim(ctx: AnswerContext): string {
  const vars = {
    outcome: outcomePhrase(ctx.outcome),
    target: targetLabel(ctx.outcome, ctx.target),
    year: ctx.year,
    region: ctx.region,
    p: ctx.probability !== undefined ? formatPercent(ctx.probability, 0) : '',
  };
  return at(ctx.probability !== undefined ? 'aimProbability' : 'aimCentral', vars);
}

/** A value near the target: with one more decimal than usual, so the answer and the step that misses differ. */
function formatNear(o: Outcome, v: number): string {
  if (o === 'residentsWithoutGpShare') return formatPercent(v, 2);
  if (o === 'nResidentsWithoutGp' || o === 'meanListLength') return formatNumber(v, 1);
  return formatOutcome(o, v);
}

function achieved(ctx: AnswerContext, p: Point): string {
  const v = formatNear(ctx.outcome, p.outcome);
  return p.probability !== undefined
    ? at('gsReachedShare', { achieved: v, share: formatPercent(p.probability, 0) })
    : v;
}

/** The goal seek's answer in plain words (see strings gsUp … gsUnreachable), with the step that misses. */
export function goalSeekSentence(r: GoalSeekResult, ctx: AnswerContext): string {
  const spec = getLever(r.lever)!;
  const lever = loc(spec.label);
  const today = displayLeverValue(spec, r.today.value);
  const value = displayLeverValue(spec, r.answer.value);
  if (r.status === 'alreadyMet') return at('gsAlready', { lever, today, achieved: achieved(ctx, r.answer) });
  if (r.status === 'unreachable') {
    const range =
      spec.kind === 'number'
        ? `${displayLeverValue(spec, spec.min)} – ${displayLeverValue(spec, spec.max)}`
        : spec.kind === 'toggle'
          ? at('rangeOnOff')
          : spec.choices.map((c) => loc(c.label)).join(', ');
    return at('gsUnreachable', {
      lever,
      range,
      aimShort: `${outcomePhrase(ctx.outcome)} ${targetLabel(ctx.outcome, ctx.target)}${ctx.probability !== undefined ? ` ${at('inRuns', { p: formatPercent(ctx.probability, 0) })}` : ''}`,
      value,
      achieved: achieved(ctx, r.answer),
    });
  }
  const vars = { lever, today, value, aim: aim(ctx), achieved: achieved(ctx, r.answer) };
  const a = r.answer.value;
  const tv = r.today.value;
  const key =
    spec.kind === 'number' && typeof a === 'number' && typeof tv === 'number' ? (a > tv ? 'gsUp' : 'gsDown') : 'gsSet';
  const main = at(key, vars);
  if (!r.neighbour || achieved(ctx, r.neighbour) === achieved(ctx, r.answer)) return main;
  return `${main} ${at('gsNeighbour', { value: displayLeverValue(spec, r.neighbour.value), achieved: achieved(ctx, r.neighbour) })}`;
}

/** Same settings (as the engine reads them)? */
const sameSetting = (id: string, a: LeverOverride | undefined, b: LeverOverride | undefined): boolean =>
  JSON.stringify(a ? settingOfOverride(id, a) : null) === JSON.stringify(b ? settingOfOverride(id, b) : null);

/**
 * The state after "Bruk verdien": the lever set to the value as a slider change would set it (its steps kept; its
 * start year the analysis' when given, else kept), for the municipality on screen when the lever is local and a municipality is on screen; with the
 * undo history's description.
 */
export function appliedState(
  s: ScenarioState,
  id: string,
  value: LeverValue,
  municipality: { readonly code: string; readonly name: string } | null,
  from?: number,
): { state: ScenarioState; what: string } {
  const spec = getLever(id);
  if (!spec) throw new Error(`unknown lever "${id}"`);
  const label = loc(spec.label);
  const what = `${label} = ${displayLeverValue(spec, value)}`;
  const base: LeverOverride = { value: spec.default, from: leverFrom(EMPTY_SCENARIO, id) };
  if (spec.scope === 'local' && municipality) {
    const cur = municipalOverride(s, municipality.code, id) ?? s.levers[id] ?? base;
    const next = { ...cur, value, ...(from !== undefined ? { from } : {}) };
    const state = withMunicipalOverride(
      s,
      municipality.code,
      id,
      sameSetting(id, next, s.levers[id]) ? undefined : next,
    );
    return { state, what: t('scopeFor', { what, name: municipality.name }) };
  }
  const next = { ...(s.levers[id] ?? base), value, ...(from !== undefined ? { from } : {}) };
  const state =
    value === spec.default && (next.steps?.length ?? 0) === 0
      ? withLeverOverride(s, id, undefined)
      : withLeverOverride(s, id, next);
  return { state, what };
}

/** The saved scenario of an optimised package on the request it was computed for (id and time added on save). */
export function packageScenario(
  pkg: PackageSettings,
  req: RunRequest,
  name: string,
  runs: number,
  seed: number,
): Omit<SavedScenario, 'id' | 'savedAt'> {
  return {
    schemaVersion: 2,
    name: name.slice(0, 120),
    levers: pkg.levers,
    assumptions: req.assumptions,
    formulas: req.formulas,
    ...(pkg.municipalities && Object.keys(pkg.municipalities).length > 0 ? { municipalities: pkg.municipalities } : {}),
    region: req.region,
    seed,
    runs,
    endYear: END_YEAR,
  };
}

/**
 * The numbers of a table column in the exports: their unit (named in the exported header), the decimals they are
 * rounded to, and whether they are percent (in the CSV as 12.3, in Excel as 0.123 in a % format, as the charts').
 */
export interface ColumnUnit {
  readonly unit?: string;
  readonly decimals: number;
  readonly percent?: boolean;
}

/**
 * A table: header and rows of text (the page), the same rows with numbers (CSV and Excel), and per column the unit
 * of its numbers (undefined: a text column, or numbers of several units such as the levers' values, kept as they are).
 */
export interface TableRows {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly csv: readonly (readonly (string | number | undefined)[])[];
  readonly units?: readonly (ColumnUnit | undefined)[];
}

/** The unit of the outcome's values in a table: % (shares), NOK million (cost), else its own (formatOutcome's). */
export function outcomeColumn(o: Outcome): ColumnUnit {
  if (o === 'residentsWithoutGpShare') return { unit: '%', decimals: 1, percent: true };
  return { unit: outcomeUnit(o), decimals: o === 'nResidentsWithoutGp' || o === 'meanListLength' ? 0 : 1 };
}

/** The unit of a change of the outcome: percentage points (shares), NOK million, else its own (formatOutcomeDelta's). */
export function deltaColumn(o: Outcome): ColumnUnit {
  if (o === 'residentsWithoutGpShare') return { unit: at('points', { value: '' }).trim(), decimals: 2 };
  if (o === 'publicCostNok') return { unit: outcomeUnit(o), decimals: 1 };
  return { unit: outcomeUnit(o), decimals: o === 'nGps' || o === 'onCallHoursPerGpPerMonth' ? 2 : 1 };
}

/** NOK million with one decimal (the levers' extra cost, a package's cost). */
const millNokColumn = (): ColumnUnit => ({ unit: outcomeUnit('publicCostNok'), decimals: 1 });

/** The tornado's table: rank, lever (or assumption), today, each move with its change and (levers) its cost. */
export function tornadoTable(
  effects: readonly Effect[],
  o: Outcome,
  year: number,
  kind: 'lever' | 'assumption',
): TableRows {
  const isLever = kind === 'lever';
  const name = (id: string) => (isLever ? leverLabel(id) : assumptionLabel(id));
  const value = (id: string, v: LeverValue) =>
    isLever ? displayLeverValue(getLever(id)!, v) : assumptionValueText(id, v);
  const cost = at('colCost', { year });
  const header = [
    at('colRank'),
    at(isLever ? 'colLever' : 'colAssumption'),
    at('colToday'),
    at(isLever ? 'colLow' : 'colMin'),
    at('colChange'),
    ...(isLever ? [cost] : []),
    at(isLever ? 'colHigh' : 'colMax'),
    at('colChange'),
    ...(isLever ? [cost] : []),
  ];
  const scale = outcomeScale(o);
  const rows: string[][] = [];
  const csv: (string | number | undefined)[][] = [];
  effects.forEach((e, i) => {
    const move = (m: Effect['low']) =>
      m
        ? [
            value(e.id, m.value),
            formatOutcomeDelta(o, m.delta),
            ...(isLever ? [formatMillNok(m.extraCostNok ?? 0)] : []),
          ]
        : ['–', '–', ...(isLever ? ['–'] : [])];
    const moveCsv = (m: Effect['low']) =>
      m
        ? [csvValue(e.id, m.value, isLever), m.delta * scale, ...(isLever ? [(m.extraCostNok ?? 0) / 1e6] : [])]
        : [undefined, undefined, ...(isLever ? [undefined] : [])];
    rows.push([String(i + 1), name(e.id), value(e.id, e.today), ...move(e.low), ...move(e.high)]);
    csv.push([i + 1, name(e.id), csvValue(e.id, e.today, isLever), ...moveCsv(e.low), ...moveCsv(e.high)]);
  });
  // rank, name, today; then per move: the value moved to, the change and (levers) the cost
  const moveUnits = [undefined, deltaColumn(o), ...(isLever ? [millNokColumn()] : [])];
  const units = [{ decimals: 0 }, undefined, undefined, ...moveUnits, ...moveUnits];
  return { header, rows, csv, units };
}

/** A lever or assumption value for a CSV cell (a number in the shown unit, else its text). */
function csvValue(id: string, v: LeverValue, isLever: boolean): string | number {
  if (typeof v !== 'number') return isLever ? displayLeverValue(getLever(id)!, v) : String(v);
  const spec = isLever ? getLever(id) : undefined;
  if (spec?.kind === 'toggle') return displayLeverValue(spec, v);
  return spec?.kind === 'number' ? v * scaleOf(spec) : v;
}

/** The variance split's rows: events, all assumptions, then each assumption's first-order share. */
export function varianceRows(v: VarianceSplit): { label: string; share: number; group: 'total' | 'assumption' }[] {
  return [
    { label: at('varEvents'), share: v.eventsShare, group: 'total' as const },
    { label: at('varAssumptions'), share: v.assumptionsShare, group: 'total' as const },
    ...v.firstOrder.map((f) => ({ label: assumptionLabel(f.id), share: f.share, group: 'assumption' as const })),
  ];
}

/** The variance split's table: each source of uncertainty and its share of the variance in %. */
export function varianceTable(rows: readonly { label: string; share: number }[]): TableRows {
  return {
    header: [at('colSource'), at('colShare')],
    rows: rows.map((x) => [x.label, `${formatNumber(x.share * 100, 0)}\u00a0%`]),
    csv: rows.map((x) => [x.label, x.share * 100]),
    units: [undefined, { unit: '%', decimals: 1, percent: true }],
  };
}

/** The variance split in plain words. */
export function varianceText(v: VarianceSplit, o: Outcome, year: number): string {
  const main = at('varianceSentence', {
    runs: v.runs,
    events: formatPercent(v.eventsShare, 0),
    assumptions: formatPercent(v.assumptionsShare, 0),
    outcome: outcomePhrase(o),
    year,
  });
  const top = v.firstOrder.slice(0, 3);
  return `${main} ${
    top.length > 0
      ? at('varianceTop', {
          list: top.map((f) => `${assumptionLabel(f.id)} (${formatPercent(f.share, 0)})`).join(', '),
        })
      : at('varianceNoTop', { runs: v.runs })
  }`;
}

/** The package's rows: each allowed lever today and in the package. */
export function packageTable(
  r: OptimiseResult,
  today: Readonly<Record<string, LeverValue>>,
): { header: string[]; rows: { id: string; cells: string[]; changed: boolean }[] } {
  const best = r.best ?? r.closest;
  return {
    header: [at('colLever'), at('colToday'), at('colPackage'), at('colChanged')],
    rows: Object.entries(best.package).map(([id, v]) => {
      const spec = getLever(id)!;
      const changed = v !== today[id];
      return {
        id,
        changed,
        cells: [
          loc(spec.label),
          displayLeverValue(spec, today[id] ?? spec.default),
          displayLeverValue(spec, v),
          at(changed ? 'yes' : 'no'),
        ],
      };
    }),
  };
}

/** The frontier's rows: extra cost, the outcome, whether it meets the target, the levers that differ from today. */
export function frontierTable(
  r: OptimiseResult,
  o: Outcome,
  period: { from: number; to: number },
  today: Readonly<Record<string, LeverValue>>,
): TableRows {
  const header = [at('colCostPeriod', period), outcomeLabel(o), at('colMeets'), at('colPackage')];
  const changes = (pkg: Readonly<Record<string, LeverValue>>) =>
    Object.entries(pkg)
      .filter(([id, v]) => v !== today[id])
      .map(([id, v]) => `${leverLabel(id)} = ${displayLeverValue(getLever(id)!, v)}`)
      .join('; ');
  return {
    header,
    rows: r.frontier.map((c) => [
      formatMillNok(c.cost),
      formatOutcome(o, c.outcome),
      at(c.meets ? 'yes' : 'no'),
      changes(c.package),
    ]),
    csv: r.frontier.map((c) => [
      c.cost / 1e6,
      c.outcome * outcomeScale(o),
      at(c.meets ? 'yes' : 'no'),
      changes(c.package),
    ]),
    units: [millNokColumn(), outcomeColumn(o), undefined, undefined],
  };
}

const budgetNote = (budget: number | undefined): string =>
  budget === undefined ? '' : ` ${at('optWithinBudget', { budget: formatMillNok(budget) })}`;

/** The optimiser's answer in plain words (with the budget, when one was given). */
export function optimiseSentence(
  r: OptimiseResult,
  ctx: AnswerContext,
  cost: 'public' | 'municipal' | 'state',
  period: { from: number; to: number },
  budget?: number,
): string {
  const aimShort = `${outcomePhrase(ctx.outcome)} ${targetLabel(ctx.outcome, ctx.target)}`;
  switch (r.status) {
    case 'alreadyMet':
      return at('optAlready', { aimShort });
    case 'unreachable':
      return at('optUnreachable', { aimShort, achieved: formatOutcome(ctx.outcome, r.closest.outcome) });
    case 'overBudget':
      return `${at('optOverBudget', { cost: formatMillNok(r.best!.cost) })}${budgetNote(budget)}`;
    case 'found': {
      const s = at('optFound', {
        aim: aim(ctx),
        cost: formatMillNok(r.best!.cost),
        from: period.from,
        to: period.to,
        costKind: at(
          cost === 'public' ? 'costWordPublic' : cost === 'municipal' ? 'costWordMunicipal' : 'costWordState',
        ),
        achieved: formatNear(ctx.outcome, r.best!.outcome),
      });
      return (r.best!.cost < 0 ? `${s} ${at('optNegative')}` : s) + budgetNote(budget);
    }
  }
}
