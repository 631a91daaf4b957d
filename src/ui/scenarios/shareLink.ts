/**
 * Share links: the whole view state (scenario, region, language, runs, open table views, the scenarios
 * compared and the "Treffsikkerhet" panel when it is open, with its start year; the map when it is open, with its
 * outcome, view, year and county; the charts' reference-line switch) in the URL hash, compressed with lz-string. The
 * hash never leaves the browser. Decoding never
 * throws: a damaged, truncated or future-version link gives a named error, and the page opens the baseline.
 * DOM-free: tested in Node (fuzzed).
 */
import LZString from 'lz-string';
import * as v from 'valibot';
import { parseScenarioContent, type LeverSetting } from '../../engine/run/scenario.ts';
import { checkMunicipalities, type MunicipalScenarios } from '../../engine/run/municipalScenario.ts';
import { TRACK_ORIGINS, type TrackOrigin } from '../trackRecord/origins.ts';
import { describeValue } from '../../levers/values.ts';
import type { Locale } from '../../levers/types.ts';
import { linkTextProblem } from './limits.ts';
import { expecting, objectExpecting, REGION_TEXT, wholeNumber } from './schemaText.ts';
import type { MapMeasure, MapView } from '../map/mapData.ts';

/** 2: lever settings may end or come in steps, and a municipality's own plan (`municipalities`) is carried; links of version 1 are read as they were. */
export const LINK_VERSION = 2;
const PREFIX = `s${LINK_VERSION}.`;
/** Longer hashes are refused before decompressing. */
export const MAX_LINK_CHARS = 20_000;

export interface LinkState {
  /** The page's language; absent when a link names none (the page then follows the region: linkLanguage.ts). */
  readonly lang?: Locale;
  readonly region: string;
  readonly runs: number;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  /** A municipality's own levers, start figures and events by its number (issue #14; absent: none). */
  readonly municipalities?: MunicipalScenarios;
  /** Chart ids shown as tables. */
  readonly tables: readonly string[];
  /** The comparison on screen, with each scenario's content (so a colleague gets it without your saved list). */
  readonly compare?: LinkComparison;
  /** The "Treffsikkerhet" panel, when it is open (a link without it opens the page with the panel closed). */
  readonly track?: LinkTrack;
  /** What the scenario is named (absent: "Ditt scenario"), so that a colleague's tables name it the same. */
  readonly named?: LinkNamed;
  /** "Kart og rangering" when it is open (issue #16; a link without it opens the page with the map closed). */
  readonly map?: LinkMap;
  /** The charts' reference lines (kommuner som ligner, the county, the country) are on. */
  readonly refs?: boolean;
}

/** The map as it is shown: outcome, view (current policy, the scenario, the difference), year, county zoomed to. */
export interface LinkMap {
  readonly outcome: MapMeasure;
  readonly view: MapView;
  readonly year: number;
  /** The county's number ("18"); absent: the whole country. */
  readonly county?: string;
}

/** The map's outcomes and views (map/mapData.ts MAP_MEASURES, MAP_VIEWS; not imported: they load with the map). */
export const LINK_MAP_OUTCOMES = [
  'withoutGpShare',
  'pListWithoutGp',
  'meanListLength',
  'onCallHours',
  'gpsPer1000',
] as const satisfies readonly MapMeasure[];
export const LINK_MAP_VIEWS = ['current', 'baseline', 'diff'] as const satisfies readonly MapView[];
/** The map's years: its first observed year (sim/mapCompute.ts MAP_FIRST_YEAR) to the horizon (state.ts END_YEAR). */
export const LINK_MAP_YEARS = [2015, 2040] as const;

/** A scenario's name in a link: a preset's id (named in the reader's language), or a saved scenario's name. */
export interface LinkNamed {
  readonly preset?: string;
  readonly name?: string;
  /** Changed since it was loaded ("(endret)"); for a preset the reader sees that from the content. */
  readonly edited?: boolean;
}

export interface LinkTrack {
  /** The hindcast's start year shown in the panel. */
  readonly origin: TrackOrigin;
}

/** "2024, 2022 or 2020" */
const ORIGINS_TEXT = `${TRACK_ORIGINS.slice(0, -1).join(', ')} or ${TRACK_ORIGINS[TRACK_ORIGINS.length - 1]}`;

export interface LinkScenario {
  readonly name: string;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  readonly municipalities?: MunicipalScenarios;
}

export interface LinkComparison {
  /** Index of the reference in `scenarios`. */
  readonly reference: number;
  readonly scenarios: readonly LinkScenario[];
}

/** What each field of a link expects, in the engine's words (schemaText.ts; errorText.ts says it in Norwegian). */
const EXPECTS = {
  v: String(LINK_VERSION),
  lang: '"nb", "nn" or "en"',
  region: REGION_TEXT,
  runs: 'a whole number from 10 to 5000',
  levers: 'an object of lever id → value',
  assumptions: 'an object of assumption id → number',
  formulas: 'an object of response id → mathjs expression',
  tables: 'a list of at most 20 chart ids',
  table: 'a chart id (1-40 letters)',
  compare: 'an object with "reference" and "scenarios"',
  reference: 'a whole number from 0 to 3',
  scenarios: 'a list of 2-4 scenarios',
  name: 'a name of 1-120 characters',
  track: 'an object with "origin"',
  refs: 'true or false',
} as const;

/** What each field of `map` expects. */
const MAP_EXPECTS = {
  outcome: `one of "${LINK_MAP_OUTCOMES.join('", "')}"`,
  view: `one of "${LINK_MAP_VIEWS.join('", "')}"`,
  year: `a whole number from ${LINK_MAP_YEARS[0]} to ${LINK_MAP_YEARS[1]}`,
  county: 'a county number of two digits',
} as const;

const LINK = v.object(
  {
    v: v.literal(LINK_VERSION, expecting(EXPECTS.v)),
    lang: v.optional(v.picklist(['nb', 'nn', 'en'], expecting(EXPECTS.lang))),
    region: v.pipe(
      v.string(expecting(EXPECTS.region)),
      v.regex(/^(national|fylke:\d{2}|sentralitet:[1-6]|kommune:\d{4})$/, expecting(EXPECTS.region)),
    ),
    runs: wholeNumber(EXPECTS.runs, 10, 5000),
    levers: v.record(v.string(), v.unknown(), expecting(EXPECTS.levers)),
    assumptions: v.optional(v.record(v.string(), v.unknown(), expecting(EXPECTS.assumptions))),
    formulas: v.optional(v.record(v.string(), v.unknown(), expecting(EXPECTS.formulas))),
    // checked in detail by the engine's checkMunicipalities (the numbers against the data in linkCheck.ts)
    municipalities: v.optional(v.unknown()),
    tables: v.optional(
      v.pipe(
        v.array(
          v.pipe(v.string(expecting(EXPECTS.table)), v.regex(/^[A-Za-z]{1,40}$/, expecting(EXPECTS.table))),
          expecting(EXPECTS.tables),
        ),
        v.maxLength(20, expecting(EXPECTS.tables)),
      ),
    ),
    compare: v.optional(
      v.object(
        {
          reference: wholeNumber(EXPECTS.reference, 0, 3),
          scenarios: v.pipe(
            v.array(
              v.object(
                {
                  name: v.pipe(
                    v.string(expecting(EXPECTS.name)),
                    v.minLength(1, expecting(EXPECTS.name)),
                    v.maxLength(120, expecting(EXPECTS.name)),
                  ),
                  levers: v.unknown(),
                  assumptions: v.optional(v.unknown()),
                  formulas: v.optional(v.unknown()),
                  municipalities: v.optional(v.unknown()),
                },
                objectExpecting({ name: EXPECTS.name }),
              ),
              expecting(EXPECTS.scenarios),
            ),
            v.minLength(2, expecting(EXPECTS.scenarios)),
            v.maxLength(4, expecting(EXPECTS.scenarios)),
          ),
        },
        objectExpecting(EXPECTS),
      ),
    ),
    named: v.optional(
      v.object(
        {
          preset: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/))),
          name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(120))),
          edited: v.optional(v.boolean()),
        },
        objectExpecting({ named: 'an object with "preset" or "name"' }),
      ),
      undefined,
    ),
    track: v.optional(
      v.object(
        {
          origin: v.picklist(TRACK_ORIGINS, (issue) =>
            typeof issue.input === 'number' && Number.isFinite(issue.input)
              ? `the track record has no hindcast from ${issue.received}; expected ${ORIGINS_TEXT}`
              : `expected the start year of a hindcast, ${ORIGINS_TEXT}, got ${describeValue(issue.input)}`,
          ),
        },
        objectExpecting({ origin: `the start year of a hindcast, ${ORIGINS_TEXT}` }),
      ),
    ),
    map: v.optional(
      v.object(
        {
          outcome: v.picklist(LINK_MAP_OUTCOMES, expecting(MAP_EXPECTS.outcome)),
          view: v.picklist(LINK_MAP_VIEWS, expecting(MAP_EXPECTS.view)),
          year: wholeNumber(MAP_EXPECTS.year, LINK_MAP_YEARS[0], LINK_MAP_YEARS[1]),
          county: v.optional(
            v.pipe(v.string(expecting(MAP_EXPECTS.county)), v.regex(/^\d{2}$/, expecting(MAP_EXPECTS.county))),
          ),
        },
        objectExpecting(MAP_EXPECTS),
      ),
    ),
    refs: v.optional(v.boolean(expecting(EXPECTS.refs))),
  },
  objectExpecting(EXPECTS),
);

/** The hash (without "#") for a state: only overrides are stored, so links stay short. */
export function encodeLink(s: LinkState): string {
  const payload = {
    v: LINK_VERSION,
    lang: s.lang,
    region: s.region,
    runs: s.runs,
    levers: s.levers,
    ...(Object.keys(s.assumptions).length > 0 ? { assumptions: s.assumptions } : {}),
    ...(Object.keys(s.formulas).length > 0 ? { formulas: s.formulas } : {}),
    ...(s.municipalities && Object.keys(s.municipalities).length > 0 ? { municipalities: s.municipalities } : {}),
    ...(s.tables.length > 0 ? { tables: s.tables } : {}),
    ...(s.compare
      ? {
          compare: {
            reference: s.compare.reference,
            scenarios: s.compare.scenarios.map((c) => ({
              name: c.name,
              levers: c.levers,
              ...(Object.keys(c.assumptions).length > 0 ? { assumptions: c.assumptions } : {}),
              ...(Object.keys(c.formulas).length > 0 ? { formulas: c.formulas } : {}),
              ...(c.municipalities && Object.keys(c.municipalities).length > 0
                ? { municipalities: c.municipalities }
                : {}),
            })),
          },
        }
      : {}),
    ...(s.track ? { track: { origin: s.track.origin } } : {}),
    ...(s.named ? { named: s.named } : {}),
    ...(s.map ? { map: s.map } : {}),
    ...(s.refs ? { refs: true } : {}),
  };
  return PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
}

export type Decoded = { ok: true; state: LinkState } | { ok: false; error: string };

/** Reads a hash (with or without "#"). An empty hash is not a link: { ok: false, error: '' }. */
export function decodeLink(hash: string): Decoded {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { ok: false, error: '' };
  if (h.length > MAX_LINK_CHARS) return { ok: false, error: 'link: too long' };
  const m = /^s(\d+)\.(.*)$/s.exec(h);
  if (!m) return { ok: false, error: 'link: not a link from this app' };
  const version = Number(m[1]);
  if (version > LINK_VERSION)
    return {
      ok: false,
      error: `link: made by a newer version of the app (link version ${version}, this app ${LINK_VERSION})`,
    };
  if (version !== LINK_VERSION && version !== 1) return { ok: false, error: `link: unknown link version ${version}` };
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(m[2]!);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'link: damaged or truncated' };
  const tooMuch = linkTextProblem(text); // caps the decompressed length and nesting (limits.ts)
  if (tooMuch) return { ok: false, error: tooMuch };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'link: damaged or truncated' };
  }
  // a link of version 1 is one of version 2 without the new fields
  if (version === 1 && typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const v1 = (json as { v?: unknown }).v;
    if (v1 !== 1) return { ok: false, error: `link: v: expected 1, got ${describeValue(v1)}` };
    json = { ...json, v: LINK_VERSION };
  }
  const r = v.safeParse(LINK, json);
  if (!r.success) {
    const i = r.issues[0]!;
    return { ok: false, error: `link: ${v.getDotPath(i) ?? 'content'}: ${i.message}` };
  }
  const sc = checked(r.output.levers, r.output.assumptions, r.output.formulas, r.output.municipalities);
  if (!sc.ok) return { ok: false, error: `link: ${sc.error}` };
  let compare: LinkComparison | undefined;
  if (r.output.compare) {
    const scenarios: LinkScenario[] = [];
    for (const [i, c] of r.output.compare.scenarios.entries()) {
      const p = checked(c.levers, c.assumptions, c.formulas, c.municipalities);
      if (!p.ok) return { ok: false, error: `link: compare.scenarios[${i}].${p.error}` };
      scenarios.push({ name: c.name, ...p.value });
    }
    if (r.output.compare.reference >= scenarios.length)
      return { ok: false, error: `link: compare.reference: expected 0-${scenarios.length - 1}` };
    compare = { reference: r.output.compare.reference, scenarios };
  }
  return {
    ok: true,
    state: {
      ...(r.output.lang ? { lang: r.output.lang } : {}),
      region: r.output.region,
      runs: r.output.runs,
      ...sc.value,
      tables: r.output.tables ?? [],
      ...(compare ? { compare } : {}),
      ...(r.output.track ? { track: { origin: r.output.track.origin } } : {}),
      ...(r.output.named ? { named: r.output.named } : {}),
      ...(r.output.map ? { map: r.output.map } : {}),
      ...(r.output.refs ? { refs: true } : {}),
    },
  };
}

/** Levers, assumptions and formulas checked by the engine's parser (the first problem, if any). */
function checked(
  levers: unknown,
  assumptions: unknown,
  formulas: unknown,
  municipalitiesIn: unknown,
): { ok: true; value: Omit<LinkScenario, 'name'> } | { ok: false; error: string } {
  const c = parseScenarioContent(levers, assumptions, formulas);
  if (!c.ok) return { ok: false, error: c.errors[0]! };
  const errors: string[] = [];
  const municipalities = checkMunicipalities(municipalitiesIn, errors);
  if (errors.length > 0) return { ok: false, error: errors[0]! };
  return {
    ok: true,
    value: {
      levers: c.content.levers,
      assumptions: c.content.assumptions ?? {},
      formulas: c.content.formulas ?? {},
      ...(municipalities && Object.keys(municipalities).length > 0 ? { municipalities } : {}),
    },
  };
}
