/**
 * The municipality's own start figures ("Kommunens tall", issue #14): a planner who knows her municipality better than
 * the national registers corrects its start: GPs in post, of them in specialist training and salaried, lists without a
 * GP, the legevakt district it belongs to, the district's duty hours and the share other doctors cover. Each value is
 * checked (which field, what was expected) and applied to a copy of the start state; nothing else changes. Residents
 * without a GP at the start follow from the lists without a GP as the model counts them (σ · vacant lists · list
 * length), so the start stays consistent. The municipality is flagged (`overridden`) and left out of validation.
 */
import { describeValue, isObject, quoteText } from '../../levers/values.ts';
import type { StartState } from './startState.ts';

export interface MunicipalStart {
  /** GPs in post (fastleger), specialists and in training together. */
  readonly gps?: number;
  /** Of them in specialist training (ALIS / LIS3). */
  readonly gpsInTraining?: number;
  /** Of them on fixed salary. */
  readonly gpsSalaried?: number;
  /** Lists (hjemler) without a GP. */
  readonly listsWithoutGp?: number;
  /** Municipality numbers of the legevakt district it belongs to (itself included or not). */
  readonly legevaktDistrict?: readonly string[];
  /** The district's duty hours per month. */
  readonly dutyHoursPerMonth?: number;
  /** Share of the district's duty hours covered by doctors who are not GPs (0-1). */
  readonly otherDoctorsShare?: number;
}

export const MUNICIPAL_START_FIELDS = [
  'gps',
  'gpsInTraining',
  'gpsSalaried',
  'listsWithoutGp',
  'legevaktDistrict',
  'dutyHoursPerMonth',
  'otherDoctorsShare',
] as const;

/** Largest accepted counts (a municipality with ten times Oslo's GPs is a typing error). */
export const MAX_START_GPS = 5000;
export const MAX_START_LISTS_WITHOUT_GP = 1000;
export const MAX_DUTY_HOURS_PER_MONTH = 20000;

export type StartOverrides = Readonly<Record<string, MunicipalStart>>;

/** The municipality numbers a check accepts (a Set, or a rule such as "any 4 digits"). */
export interface CodeSet {
  has(code: string): boolean;
}

function num(x: unknown, path: string, min: number, max: number, errors: string[]): number | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < min || x > max) {
    errors.push(`${path}: expected a number from ${min} to ${max}, got ${describeValue(x)}`);
    return undefined;
  }
  return x;
}

/**
 * Checks one municipality's start figures (`path` e.g. "municipalities.1811.start"); known codes decide which district
 * members are valid. Returns the checked figures, or the problems with their fields.
 */
export function checkMunicipalStart(
  input: unknown,
  path: string,
  knownCodes: CodeSet,
): { ok: true; value: MunicipalStart } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: [`${path}: expected an object of start figures`] };
  for (const k of Object.keys(input))
    if (!(MUNICIPAL_START_FIELDS as readonly string[]).includes(k))
      errors.push(`${path}: unknown field ${quoteText(k)} (expected ${MUNICIPAL_START_FIELDS.join(', ')})`);
  const gps = num(input.gps, `${path}.gps`, 0, MAX_START_GPS, errors);
  const training = num(input.gpsInTraining, `${path}.gpsInTraining`, 0, MAX_START_GPS, errors);
  const salaried = num(input.gpsSalaried, `${path}.gpsSalaried`, 0, MAX_START_GPS, errors);
  const vacant = num(input.listsWithoutGp, `${path}.listsWithoutGp`, 0, MAX_START_LISTS_WITHOUT_GP, errors);
  const duty = num(input.dutyHoursPerMonth, `${path}.dutyHoursPerMonth`, 0, MAX_DUTY_HOURS_PER_MONTH, errors);
  const other = num(input.otherDoctorsShare, `${path}.otherDoctorsShare`, 0, 1, errors);
  let district: string[] | undefined;
  if (input.legevaktDistrict !== undefined) {
    const d = input.legevaktDistrict;
    if (!Array.isArray(d) || d.length > 60 || d.some((c) => typeof c !== 'string'))
      errors.push(`${path}.legevaktDistrict: expected a list of up to 60 municipality numbers`);
    else {
      const bad = d.find((c) => !knownCodes.has(c as string));
      if (bad !== undefined)
        errors.push(`${path}.legevaktDistrict: unknown municipality number "${String(bad).slice(0, 20)}"`);
      else district = [...new Set(d as string[])];
    }
  }
  if (gps !== undefined && training !== undefined && training > gps)
    errors.push(`${path}.gpsInTraining: expected at most the GPs in post (${gps}), got ${training}`);
  if (gps !== undefined && salaried !== undefined && salaried > gps)
    errors.push(`${path}.gpsSalaried: expected at most the GPs in post (${gps}), got ${salaried}`);
  if (gps !== undefined && vacant !== undefined && gps + vacant < 1)
    errors.push(`${path}: expected at least one list (GPs in post plus lists without a GP), got ${gps + vacant}`);
  if (errors.length > 0) return { ok: false, errors };
  const value: MunicipalStart = {
    ...(gps !== undefined ? { gps } : {}),
    ...(training !== undefined ? { gpsInTraining: training } : {}),
    ...(salaried !== undefined ? { gpsSalaried: salaried } : {}),
    ...(vacant !== undefined ? { listsWithoutGp: vacant } : {}),
    ...(district !== undefined ? { legevaktDistrict: district } : {}),
    ...(duty !== undefined ? { dutyHoursPerMonth: duty } : {}),
    ...(other !== undefined ? { otherDoctorsShare: other } : {}),
  };
  return { ok: true, value };
}

/**
 * The start state with the municipalities' own figures applied (a new object; `start` is unchanged). Throws, naming the
 * field, on a value that does not fit the municipality (e.g. fewer GPs than the salaried ones it keeps). Districts: a
 * municipality that names its district joins the district of the first other member named (and every member named
 * joins it too); duty hours and the other doctors' share apply to the district the municipality ends up in.
 */
export function applyStartOverrides(start: StartState, overrides: StartOverrides): StartState {
  const codes = Object.keys(overrides);
  if (codes.length === 0) return start;
  const indexOf = new Map(start.records.map((r, i) => [r.code, i]));
  const nGps = Float64Array.from(start.nGps);
  const salaried = Float64Array.from(start.salaried);
  const lists = Float64Array.from(start.lists);
  const without = Float64Array.from(start.residentsWithoutGp);
  const trainees =
    start.trainees !== undefined
      ? Float64Array.from(start.trainees)
      : Float64Array.from(start.nGps, (n) => n * (1 - start.specialistShare));
  const district = Int32Array.from(start.district);
  const dutyHours = start.districtDutyHours ? Float64Array.from(start.districtDutyHours) : undefined;
  const otherShare = start.districtOtherShare ? Float64Array.from(start.districtOtherShare) : undefined;
  let duty = dutyHours;
  let other = otherShare;
  const overridden = Uint8Array.from(start.overridden ?? new Uint8Array(start.nM));
  // (popIndex.ts's popIndexAtEndOf spelled out: imported here, the page's first chunk split into a dozen, 2 kB more)
  const popIndex = (start.year + 1 - start.popFirstYear) * start.nM;
  const notes: string[] = [];
  for (const code of codes) {
    const m = indexOf.get(code);
    if (m === undefined) throw new Error(`municipalities.${code}: unknown municipality number "${code}"`);
    const o = overrides[code]!;
    const path = `municipalities.${code}.start`;
    const n0 = nGps[m]!;
    const n = o.gps ?? n0;
    // figures not given keep their share of the GPs
    const t = o.gpsInTraining ?? (n0 > 0 ? (trainees[m]! * n) / n0 : n * (1 - start.specialistShare));
    const s = o.gpsSalaried ?? (n0 > 0 ? (salaried[m]! * n) / n0 : 0);
    if (t > n) throw new Error(`${path}.gpsInTraining: expected at most the GPs in post (${n}), got ${t}`);
    if (s > n) throw new Error(`${path}.gpsSalaried: expected at most the GPs in post (${n}), got ${s}`);
    // without a count of vacant lists the municipality keeps its lists: fewer GPs leave more of them vacant. The
    // planner counts lists as the register does; the model's vacant lists per such list (vacantUnitsPerList) carry over
    const units = start.vacantUnitsPerList?.[m] ?? 1;
    const counted = o.listsWithoutGp ?? Math.max(0, lists[m]! - n) / units;
    if (n + counted < 1)
      throw new Error(`${path}: expected at least one list (GPs in post plus lists without a GP), got ${n + counted}`);
    // (the data's own count, as the form shows it, gives back the start's vacant lists exactly)
    const own = Math.max(0, lists[m]! - n0);
    const v =
      o.listsWithoutGp === undefined ? Math.max(0, lists[m]! - n) : counted === own / units ? own : counted * units;
    nGps[m] = n;
    trainees[m] = t;
    salaried[m] = s;
    lists[m] = n + v;
    // residents on the vacant lists as the model counts them at the start (computeLists without collective lists)
    const pop = start.pop[popIndex + m]!;
    const sv = start.vacantListRelSize[m]! * v;
    without[m] = n + sv > 0 ? (sv * pop) / (n + sv) : pop;
    if (o.legevaktDistrict !== undefined) {
      const partners = o.legevaktDistrict.filter((c) => c !== code).map((c) => indexOf.get(c)!);
      if (partners.length > 0) {
        const target = district[partners[0]!]!;
        district[m] = target;
        for (const p of partners) district[p] = target;
      }
    }
    if (o.dutyHoursPerMonth !== undefined) {
      duty ??= new Float64Array(start.nDistricts).fill(Number.NaN);
      duty[district[m]!] = o.dutyHoursPerMonth;
    }
    if (o.otherDoctorsShare !== undefined) {
      other ??= new Float64Array(start.nDistricts).fill(Number.NaN);
      other[district[m]!] = o.otherDoctorsShare;
    }
    overridden[m] = 1;
    notes.push(
      `${start.records[m]!.name} (${code}): the municipality's own start figures (${Object.keys(o).join(', ')}).`,
    );
  }
  return {
    ...start,
    nGps,
    salaried,
    lists,
    residentsWithoutGp: without,
    trainees,
    district,
    ...(duty ? { districtDutyHours: duty } : {}),
    ...(other ? { districtOtherShare: other } : {}),
    overridden,
    reconstructed: Uint8Array.from(start.reconstructed, (r, m) => (r || overridden[m] ? 1 : 0)),
    notes: [...start.notes, ...notes],
  };
}
