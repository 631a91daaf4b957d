/**
 * Share links: the whole view state (scenario, region, language, runs, open table views and the scenarios
 * compared) in the URL hash, compressed with lz-string. The hash never leaves the browser. Decoding never
 * throws: a damaged, truncated or future-version link gives a named error, and the page opens the baseline.
 * DOM-free: tested in Node (fuzzed).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import * as v from 'valibot';
import { parseScenarioContent, type LeverSetting } from '../../engine/run/scenario.ts';

export const LINK_VERSION = 1;
const PREFIX = `s${LINK_VERSION}.`;
/** Longer hashes are refused before decompressing. */
export const MAX_LINK_CHARS = 20_000;

export interface LinkState {
  readonly lang: 'nb' | 'en';
  readonly region: string;
  readonly runs: number;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
  /** Chart ids shown as tables. */
  readonly tables: readonly string[];
  /** The comparison on screen, with each scenario's content (so a colleague gets it without your saved list). */
  readonly compare?: LinkComparison;
}

export interface LinkScenario {
  readonly name: string;
  readonly levers: Readonly<Record<string, LeverSetting>>;
  readonly assumptions: Readonly<Record<string, number>>;
  readonly formulas: Readonly<Record<string, string>>;
}

export interface LinkComparison {
  /** Index of the reference in `scenarios`. */
  readonly reference: number;
  readonly scenarios: readonly LinkScenario[];
}

const LINK = v.object({
  v: v.literal(LINK_VERSION),
  lang: v.picklist(['nb', 'en'], 'expected "nb" or "en"'),
  region: v.pipe(v.string(), v.regex(/^(national|fylke:\d{2}|sentralitet:[1-6]|kommune:\d{4})$/, 'expected a region')),
  runs: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(5000)),
  levers: v.record(v.string(), v.unknown()),
  assumptions: v.optional(v.record(v.string(), v.unknown())),
  formulas: v.optional(v.record(v.string(), v.unknown())),
  tables: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/))), v.maxLength(20))),
  compare: v.optional(
    v.object({
      reference: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
      scenarios: v.pipe(
        v.array(
          v.object({
            name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
            levers: v.unknown(),
            assumptions: v.optional(v.unknown()),
            formulas: v.optional(v.unknown()),
          }),
        ),
        v.minLength(2, 'expected 2-4 scenarios'),
        v.maxLength(4, 'expected 2-4 scenarios'),
      ),
    }),
  ),
});

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
            })),
          },
        }
      : {}),
  };
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(payload));
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
  if (version !== LINK_VERSION) return { ok: false, error: `link: unknown link version ${version}` };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(m[2]!);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'link: damaged or truncated' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'link: damaged or truncated' };
  }
  const r = v.safeParse(LINK, json);
  if (!r.success) {
    const i = r.issues[0]!;
    return { ok: false, error: `link: ${v.getDotPath(i) ?? 'content'}: ${i.message}` };
  }
  const sc = checked(r.output.levers, r.output.assumptions, r.output.formulas);
  if (!sc.ok) return { ok: false, error: `link: ${sc.error}` };
  let compare: LinkComparison | undefined;
  if (r.output.compare) {
    const scenarios: LinkScenario[] = [];
    for (const [i, c] of r.output.compare.scenarios.entries()) {
      const p = checked(c.levers, c.assumptions, c.formulas);
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
      lang: r.output.lang,
      region: r.output.region,
      runs: r.output.runs,
      ...sc.value,
      tables: r.output.tables ?? [],
      ...(compare ? { compare } : {}),
    },
  };
}

/** Levers, assumptions and formulas checked by the engine's parser (the first problem, if any). */
function checked(
  levers: unknown,
  assumptions: unknown,
  formulas: unknown,
): { ok: true; value: Omit<LinkScenario, 'name'> } | { ok: false; error: string } {
  const c = parseScenarioContent(levers, assumptions, formulas);
  if (!c.ok) return { ok: false, error: c.errors[0]! };
  return {
    ok: true,
    value: { levers: c.content.levers, assumptions: c.content.assumptions ?? {}, formulas: c.content.formulas ?? {} },
  };
}
