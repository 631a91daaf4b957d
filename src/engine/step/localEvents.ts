/**
 * Dated local events (issue #14): what a planner knows will happen in her municipality. "2 fastleger går av med
 * pensjon i 2027" (retirements: GPs leave in January of that year, specialists first, counted as leavers, their lists
 * left vacant), "ny kommunal fastlønnsliste fra 2028" (new lists, vacant until the matching fills them; lists beyond
 * what the municipality needs close slowly, as any vacant list does), lists closed, and "interkommunal legevakt med
 * Brønnøy fra 2028" (joins the partner's legevakt district). Checked with the field and what was expected, resolved
 * to months, applied by the monthly driver before the lists are computed.
 */
import { describeValue, isObject, quoteText } from '../../levers/values.ts';
import type { Calendar } from '../calendar.ts';
import { stepOfYear } from '../calendar.ts';
import { MIN_STOCK, N_STAGES } from '../constants.ts';
import { ACC_LEAVERS, EMPTY_LISTS, LISTS, SAL, SPEC, STRIDE, TR0, TRAINEES } from '../stateFields.ts';
import type { Workspace } from '../workspace.ts';

export const LOCAL_EVENT_KINDS = ['retirements', 'newLists', 'closedLists', 'joinDistrict'] as const;
export type LocalEventKind = (typeof LOCAL_EVENT_KINDS)[number];

/** As a scenario writes it, under its municipality. */
export interface LocalEvent {
  readonly year: number;
  readonly kind: LocalEventKind;
  /** GPs or lists (retirements, newLists, closedLists): a whole number 1-100. */
  readonly count?: number;
  /** The partner municipality's number (joinDistrict). */
  readonly partner?: string;
  /** The planner's own words, shown beside the marker. */
  readonly note?: string;
}

export const MAX_EVENT_COUNT = 100;
export const MAX_EVENTS_PER_MUNICIPALITY = 50;

/** An event resolved to a municipality index and month. */
export interface ResolvedEvent {
  readonly m: number;
  readonly k: number;
  readonly kind: LocalEventKind;
  readonly count: number;
  readonly partner: number;
}

/** Checks one municipality's events (`path` e.g. "municipalities.1811.events"); years must lie in firstYear-lastYear. */
export function checkLocalEvents(
  input: unknown,
  path: string,
  code: string,
  knownCodes: { has(code: string): boolean },
  firstYear: number,
  lastYear: number,
): { ok: true; value: LocalEvent[] } | { ok: false; errors: string[] } {
  if (!Array.isArray(input)) return { ok: false, errors: [`${path}: expected a list of events`] };
  if (input.length > MAX_EVENTS_PER_MUNICIPALITY)
    return {
      ok: false,
      errors: [`${path}: expected at most ${MAX_EVENTS_PER_MUNICIPALITY} events, got ${input.length}`],
    };
  const errors: string[] = [];
  const out: LocalEvent[] = [];
  input.forEach((e, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(e)) {
      errors.push(`${at}: expected an object with year and kind`);
      return;
    }
    for (const k of Object.keys(e))
      if (!['year', 'kind', 'count', 'partner', 'note'].includes(k))
        errors.push(`${at}: unknown field ${quoteText(k)} (expected year, kind, count, partner, note)`);
    const year = e.year;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < firstYear || year > lastYear)
      errors.push(`${at}.year: expected a year from ${firstYear} to ${lastYear}, got ${describeValue(year)}`);
    const kind = e.kind;
    if (typeof kind !== 'string' || !(LOCAL_EVENT_KINDS as readonly string[]).includes(kind)) {
      errors.push(`${at}.kind: expected one of ${LOCAL_EVENT_KINDS.join(', ')}, got ${describeValue(kind)}`);
      return;
    }
    const note = e.note;
    if (note !== undefined && (typeof note !== 'string' || note.length > 200))
      errors.push(`${at}.note: expected a text of at most 200 characters`);
    if (kind === 'joinDistrict') {
      const partner = e.partner;
      if (typeof partner !== 'string' || !knownCodes.has(partner) || partner === code)
        errors.push(`${at}.partner: expected another municipality's number, got ${describeValue(partner)}`);
      else if (errors.length === 0)
        out.push({ year: year as number, kind, partner, ...(typeof note === 'string' ? { note } : {}) });
      return;
    }
    const count = e.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_EVENT_COUNT)
      errors.push(`${at}.count: expected a whole number from 1 to ${MAX_EVENT_COUNT}, got ${describeValue(count)}`);
    else if (errors.length === 0)
      out.push({
        year: year as number,
        kind: kind as LocalEventKind,
        count,
        ...(typeof note === 'string' ? { note } : {}),
      });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/** The events of a plan by month (January of their year), in month order; throws naming the field on a bad one. */
export function resolveLocalEvents(
  cal: Calendar,
  codes: readonly string[],
  events: Readonly<Record<string, readonly LocalEvent[]>>,
): ResolvedEvent[] {
  const indexOf = new Map(codes.map((c, i) => [c, i]));
  const known = new Set(codes);
  const out: ResolvedEvent[] = [];
  for (const code of Object.keys(events)) {
    const m = indexOf.get(code);
    if (m === undefined) throw new Error(`municipalities.${code}: unknown municipality number "${code}"`);
    const checked = checkLocalEvents(
      events[code],
      `municipalities.${code}.events`,
      code,
      known,
      cal.startYear + 1,
      cal.endYear,
    );
    if (!checked.ok) throw new Error(checked.errors.join('; '));
    for (const e of checked.value)
      out.push({
        m,
        k: stepOfYear(cal, e.year, 1),
        kind: e.kind,
        count: e.count ?? 0,
        partner: e.partner !== undefined ? indexOf.get(e.partner)! : -1,
      });
  }
  return out.sort((a, b) => a.k - b.k);
}

/**
 * Applies the events of month k (from `next`, the first not yet applied) and returns the index of the next one.
 * Retirements take specialists first, then trainees from the latest stage; salaried GPs leave pro rata.
 */
export function applyLocalEvents(ws: Workspace, events: readonly ResolvedEvent[], next: number, k: number): number {
  const st = ws.st;
  let i = next;
  while (i < events.length && events[i]!.k <= k) {
    const e = events[i]!;
    const q = e.m * STRIDE;
    switch (e.kind) {
      case 'retirements': {
        const n = st[q + SPEC]! + st[q + TRAINEES]!;
        let left = Math.min(e.count, n);
        const gone = left;
        const fromSpec = Math.min(left, st[q + SPEC]!);
        st[q + SPEC] = st[q + SPEC]! - fromSpec;
        left -= fromSpec;
        for (let s = N_STAGES - 1; s >= 0 && left > 0; s--) {
          const take = Math.min(left, st[q + TR0 + s]!);
          st[q + TR0 + s] = st[q + TR0 + s]! - take;
          left -= take;
        }
        let trainees = 0;
        for (let s = 0; s < N_STAGES; s++) {
          if (st[q + TR0 + s]! < MIN_STOCK) st[q + TR0 + s] = 0;
          trainees += st[q + TR0 + s]!;
        }
        st[q + TRAINEES] = trainees;
        if (st[q + SPEC]! < MIN_STOCK) st[q + SPEC] = 0;
        st[q + SAL] = n > 0 ? st[q + SAL]! * (1 - gone / n) : 0;
        st[q + ACC_LEAVERS] = st[q + ACC_LEAVERS]! + gone;
        break;
      }
      // new lists open empty (EMPTY_LISTS) until a GP takes one; closing takes empty lists first
      case 'newLists':
        st[q + LISTS] = st[q + LISTS]! + e.count;
        st[q + EMPTY_LISTS] = st[q + EMPTY_LISTS]! + e.count;
        break;
      case 'closedLists': {
        const n = st[q + SPEC]! + st[q + TRAINEES]!;
        st[q + LISTS] = Math.max(n, st[q + LISTS]! - e.count);
        st[q + EMPTY_LISTS] = Math.max(0, st[q + EMPTY_LISTS]! - e.count);
        break;
      }
      case 'joinDistrict':
        ws.district[e.m] = ws.district[e.partner]!;
        break;
    }
    i++;
  }
  return i;
}
