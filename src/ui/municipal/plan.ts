/**
 * "Kommunens tall" and "Hendelser i kommunen" without the DOM (issue #14): the fields of the form, a typed value
 * checked with the engine's own checks (checkMunicipalStart, checkLocalEvents) and their messages in the page's
 * language, naming the field and the accepted range; an event's label; the events as chart markers beside the
 * levers' start years.
 */
import { checkMunicipalStart, type CodeSet, type MunicipalStart } from '../../engine/start/startOverrides.ts';
import { checkLocalEvents, type LocalEvent, type LocalEventKind } from '../../engine/step/localEvents.ts';
import { formatNumber, formatPercent, parseNumber } from '../format.ts';
import { t, type StringKey } from '../i18n.ts';
import type { StartFigures } from '../sim/protocol.ts';
import { END_YEAR, FIRST_POLICY_YEAR } from '../state.ts';

/** The numeric start figures the form edits (the district is a list of members, edited apart). */
export type NumericField =
  'gps' | 'gpsInTraining' | 'gpsSalaried' | 'listsWithoutGp' | 'dutyHoursPerMonth' | 'otherDoctorsShare';

export interface FieldSpec {
  readonly id: NumericField;
  readonly label: StringKey;
  readonly source: StringKey;
  /** Shown and typed in per cent (stored as a share 0-1). */
  readonly percent?: boolean;
  /** Decimals shown for the model's value. */
  readonly digits: number;
}

export const START_FIELDS: readonly FieldSpec[] = [
  { id: 'gps', label: 'munGps', source: 'munSourceSsb', digits: 1 },
  { id: 'gpsInTraining', label: 'munGpsInTraining', source: 'munSourceTraining', digits: 1 },
  { id: 'gpsSalaried', label: 'munGpsSalaried', source: 'munSourceSalaried', digits: 1 },
  { id: 'listsWithoutGp', label: 'munListsWithoutGp', source: 'munSourceSsb', digits: 1 },
  { id: 'dutyHoursPerMonth', label: 'munDutyHours', source: 'munSourceModel', digits: 0 },
  { id: 'otherDoctorsShare', label: 'munOtherShare', source: 'munSourceModel', percent: true, digits: 0 },
];

const LABEL_OF: Readonly<Record<string, StringKey>> = {
  ...Object.fromEntries(START_FIELDS.map((f) => [f.id, f.label])),
  legevaktDistrict: 'munDistrict',
  year: 'munEventYear',
  kind: 'munEventKind',
  count: 'munEventCount',
  partner: 'munEventPartner',
  note: 'munEventNote',
};

/** The model's value of a field (before the municipality's own figures). */
export function modelValue(f: StartFigures, id: NumericField): number {
  return f[id];
}

/** A value as the form shows it (per cent for a share; nb-NO digits). */
export function displayValue(spec: FieldSpec, v: number): string {
  return spec.percent ? formatNumber(v * 100, 1) : formatNumber(v, spec.digits === 0 ? 0 : 1);
}

/** A number in the engine's English message, as the page writes it ("5000" → "5 000"). */
function num(text: string, percent = false): string {
  const n = Number(text);
  if (!Number.isFinite(n) || text.trim() === '') return text;
  return percent ? formatPercent(n, 1) : formatNumber(n, 2);
}

/**
 * An engine message about a municipality's figures or events ("start.gps: expected a number from 0 to 5000, got
 * -1") in the page's language, naming the field by its label and the accepted range. Unknown messages are returned
 * as they are.
 */
export function localizeMunicipalError(message: string): string {
  const fieldOf = (path: string): { label: string; percent: boolean } => {
    const id = /\.(\w+)$/.exec(path)?.[1] ?? '';
    const key = LABEL_OF[id];
    return { label: key ? t(key) : path, percent: id === 'otherDoctorsShare' };
  };
  let m = /^(\S+): expected a number from (\S+) to (\S+), got (.*)$/.exec(message);
  if (m) {
    const { label, percent } = fieldOf(m[1]!);
    return t('munErrRange', {
      field: label,
      min: num(m[2]!, percent),
      max: num(m[3]!, percent),
      got: num(m[4]!, percent),
    });
  }
  m = /^(\S+): expected at most the GPs in post \((\S+)\), got (\S+)$/.exec(message);
  if (m) return t('munErrAtMostGps', { field: fieldOf(m[1]!).label, gps: num(m[2]!), got: num(m[3]!) });
  m = /^(\S+): expected at least one list \(GPs in post plus lists without a GP\), got (\S+)$/.exec(message);
  if (m) return t('munErrOneList', { gps: t('munGps'), lists: t('munListsWithoutGp'), got: num(m[2]!) });
  m = /^(\S+): unknown municipality number "(.*)"$/.exec(message);
  if (m) return t('munErrUnknownCode', { field: fieldOf(m[1]!).label, code: m[2]! });
  m = /^(\S+): expected a list of up to (\d+) municipality numbers$/.exec(message);
  if (m) return t('munErrDistrictList', { field: fieldOf(m[1]!).label, max: m[2]! });
  m = /^(\S+): expected a year from (\d+) to (\d+), got (.*)$/.exec(message);
  if (m) return t('munErrYear', { field: fieldOf(m[1]!).label, min: m[2]!, max: m[3]!, got: m[4]! });
  m = /^(\S+): expected a whole number from (\S+) to (\S+), got (.*)$/.exec(message);
  if (m)
    return t('munErrWhole', {
      field: fieldOf(m[1]!).label,
      min: num(m[2]!),
      max: num(m[3]!),
      got: num(m[4]!),
    });
  m = /^(\S+): expected another municipality's number, got (.*)$/.exec(message);
  if (m) return t('munErrPartner', { field: fieldOf(m[1]!).label });
  m = /^(\S+): expected a text of at most (\d+) characters$/.exec(message);
  if (m) return t('munErrNote', { field: fieldOf(m[1]!).label, max: m[2]! });
  m = /^(\S+): expected at most (\d+) events, got (\d+)$/.exec(message);
  if (m) return t('munErrTooMany', { max: m[2]! });
  return message;
}

export type FieldCheck = { ok: true; start: MunicipalStart } | { ok: false; message: string };

/**
 * A value typed into one field of the form, checked against the municipality's own figures so far and the model's
 * figures (a count of trainees above the GPs in post is refused even when the GPs are the model's). `ok` carries the
 * municipality's figures with the new value (a value equal to the model's removes the field: nothing changed); a
 * refused value leaves them as they were.
 */
export function checkStartField(
  own: MunicipalStart,
  model: StartFigures,
  id: NumericField,
  text: string,
  knownCodes: CodeSet,
): FieldCheck {
  const spec = START_FIELDS.find((f) => f.id === id)!;
  const parsed = parseNumber(text);
  if (parsed === null) {
    // the engine's own message for a value that is no number (the field and its range)
    const probe = checkMunicipalStart({ [id]: text.trim() }, 'start', knownCodes);
    return {
      ok: false,
      message: probe.ok ? t('munErrNotNumber', { field: t(spec.label) }) : localizeMunicipalError(probe.errors[0]!),
    };
  }
  const value = spec.percent ? parsed / 100 : parsed;
  const next: Record<string, unknown> = { ...own };
  const shown = Number(
    displayValue(spec, model[id])
      .replace(/\s|\u00a0/g, '')
      .replace(',', '.'),
  );
  // the model's value as shown (rounded) typed back: no change
  if (Math.abs(parsed - shown) < 1e-9 || value === model[id]) delete next[id];
  else next[id] = value;
  // the cross-field checks see the GPs in post the run would use
  const probe = { ...next, gps: next['gps'] ?? model.gps };
  const checked = checkMunicipalStart(probe, 'start', knownCodes);
  if (!checked.ok) {
    const own = checked.errors.find((e) => e.startsWith(`start.${id}:`)) ?? checked.errors[0]!;
    return { ok: false, message: localizeMunicipalError(own) };
  }
  return { ok: true, start: next as MunicipalStart };
}

/** The municipality's figures with one field back at the model's value. */
export function resetStartField(own: MunicipalStart, id: keyof MunicipalStart): MunicipalStart {
  const { [id]: _gone, ...rest } = own;
  return rest;
}

/** The district as the municipality sets it: the model's members plus those added (undefined: the model's). */
export function districtWith(model: StartFigures, added: readonly string[]): string[] | undefined {
  const base = model.district.map((d) => d.code);
  const extra = added.filter((c) => !base.includes(c) && c !== model.code);
  return extra.length > 0 ? [model.code, ...base.filter((c) => c !== model.code), ...extra] : undefined;
}

export const EVENT_KINDS: readonly { kind: LocalEventKind; label: StringKey }[] = [
  { kind: 'retirements', label: 'munKindRetirements' },
  { kind: 'newLists', label: 'munKindNewLists' },
  { kind: 'closedLists', label: 'munKindClosedLists' },
  { kind: 'joinDistrict', label: 'munKindJoinDistrict' },
];

/** The years an event can fall in (the projection's). */
export const EVENT_FIRST_YEAR = FIRST_POLICY_YEAR;
export const EVENT_LAST_YEAR = END_YEAR;

export type EventCheck = { ok: true; events: LocalEvent[]; added: LocalEvent } | { ok: false; messages: string[] };

/** The events with one added, checked as a run would check them (messages naming the field). */
export function addEvent(
  events: readonly LocalEvent[],
  draft: { year: string; kind: string; count: string; partner: string; note: string },
  code: string,
  knownCodes: CodeSet,
): EventCheck {
  const count = parseNumber(draft.count);
  const note = draft.note.trim();
  const e: Record<string, unknown> = {
    year: Number(draft.year),
    kind: draft.kind,
    ...(draft.kind === 'joinDistrict'
      ? { partner: draft.partner }
      : { count: count ?? (draft.count.trim() === '' ? undefined : draft.count) }),
    ...(note ? { note } : {}),
  };
  const all = [...events, e];
  const checked = checkLocalEvents(all, 'events', code, knownCodes, EVENT_FIRST_YEAR, EVENT_LAST_YEAR);
  if (checked.ok) {
    const added = checked.value[checked.value.length - 1]!;
    // in year order (a stable sort keeps the order of entry within a year)
    return { ok: true, events: [...checked.value].sort((a, b) => a.year - b.year), added };
  }
  return { ok: false, messages: checked.errors.map(localizeMunicipalError) };
}

/** An event in words ("Pensjonering/avgang: 2 fastleger"), the partner by name. */
export function eventLabel(e: LocalEvent, nameOf: (code: string) => string): string {
  const base =
    e.kind === 'retirements'
      ? t(e.count === 1 ? 'munEventRetirementsOne' : 'munEventRetirements', { n: formatNumber(e.count ?? 0) })
      : e.kind === 'newLists'
        ? t(e.count === 1 ? 'munEventNewListsOne' : 'munEventNewLists', { n: formatNumber(e.count ?? 0) })
        : e.kind === 'closedLists'
          ? t(e.count === 1 ? 'munEventClosedListsOne' : 'munEventClosedLists', { n: formatNumber(e.count ?? 0) })
          : t('munEventJoin', { name: nameOf(e.partner ?? '') });
  return e.note ? `${base} (${e.note})` : base;
}

export interface Marker {
  readonly year: number;
  readonly labels: readonly string[];
}

/**
 * The chart markers: the levers' start years and the municipality's events, one marker a year with every label of
 * that year (levers first), in year order. Events fall in January of their year, as a lever's start does.
 */
export function buildMarkers(
  levers: readonly { year: number; label: string }[],
  events: readonly LocalEvent[],
  nameOf: (code: string) => string,
): Marker[] {
  const byYear = new Map<number, string[]>();
  const add = (year: number, label: string) => byYear.set(year, [...(byYear.get(year) ?? []), label]);
  for (const l of levers) add(l.year, l.label);
  for (const e of events) add(e.year, eventLabel(e, nameOf));
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, labels]) => ({ year, labels }));
}
