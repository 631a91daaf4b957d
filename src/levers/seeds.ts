/**
 * SEEDS: typed access to the source-document records under seeds/ (one JSON file per document).
 *
 * Each record is our own summary of a Norwegian news item, op-ed, budget, regulation or government text on the
 * GP scheme: title, publisher, date, the figures it gives, the policy levers it names and any budget
 * envelope. The five original texts of 2021-2023 (000-004) are kept outside the repository (../shared/seeds/);
 * the later documents (005-, the policy of 2024-2026) are not kept at all: their records have no source file, say
 * so in `sourceNote`, and give the public address (`url`) where it is known. Nothing here quotes them. Lever
 * registry entries cite these records by id, and test/seeds.test.ts checks the records.
 *
 * Pure module: no fs, no DOM. The JSON is bundled through static imports (resolveJsonModule), so it
 * works the same in Node (tsx, vitest) and in the Vite build. Records are validated once at load time,
 * so a malformed JSON edit fails loudly instead of reaching the UI.
 */
import { LEVER_IDS, type LeverId } from './registry.ts';
import s000 from '../../seeds/000-kjerkol-2022.json';
import s001 from '../../seeds/001-hdir-positive-tegn-2023.json';
import s002 from '../../seeds/002-tilleggsbevilgning-2022.json';
import s003 from '../../seeds/003-ekspertutvalget-2023.json';
import s004 from '../../seeds/004-opptrappingsplan-2021.json';
import s005 from '../../seeds/005-statsbudsjettet-2024.json';
import s006 from '../../seeds/006-alis-tilskudd-2025.json';
import s007 from '../../seeds/007-lis1-legevakt-2021.json';
import s008 from '../../seeds/008-fastlegeforskriften-2026.json';
import s009 from '../../seeds/009-delegerte-konsultasjoner-2026.json';
import s010 from '../../seeds/010-statsbudsjettet-2026.json';
import s011 from '../../seeds/011-meld-st-23-2024-2025.json';
import s012 from '../../seeds/012-bosetting-flyktninger-2022.json';

/** Record ids, in document order. Others code against these exact strings. */
export const SEED_IDS = [
  '000-kjerkol-2022',
  '001-hdir-positive-tegn-2023',
  '002-tilleggsbevilgning-2022',
  '003-ekspertutvalget-2023',
  '004-opptrappingsplan-2021',
  '005-statsbudsjettet-2024',
  '006-alis-tilskudd-2025',
  '007-lis1-legevakt-2021',
  '008-fastlegeforskriften-2026',
  '009-delegerte-konsultasjoner-2026',
  '010-statsbudsjettet-2026',
  '011-meld-st-23-2024-2025',
  '012-bosetting-flyktninger-2022',
] as const;

/** The records whose original text is kept beside the repository (../shared/seeds/): the first five. */
export const KEPT_SEED_IDS: readonly SeedId[] = SEED_IDS.slice(0, 5);

export type SeedId = (typeof SEED_IDS)[number];

/** Lever ids a record may name: the registry's (onCallExemptionAge has no document, so no record names it). */
export const SEED_LEVER_IDS: readonly LeverId[] = LEVER_IDS;

export type SeedLeverId = LeverId;

export type SeedKind = 'news' | 'op-ed' | 'press-release' | 'report-summary' | 'budget' | 'regulation' | 'white-paper';
export const SEED_KINDS: readonly SeedKind[] = [
  'news',
  'op-ed',
  'press-release',
  'report-summary',
  'budget',
  'regulation',
  'white-paper',
];

/** Bokmål and English text, and optionally nynorsk. */
export interface SeedText {
  readonly nb: string;
  readonly en: string;
  readonly nn?: string;
}

/** A figure the document gives. `value` is a number, or an ISO date string when `unit` is "date". */
export interface SeedFact {
  /** "f1", "f2", ...; the expert committee's recommendations in 003 are "r1".."r13". */
  readonly id: string;
  readonly what: SeedText;
  readonly value: number | string;
  readonly unit: string;
  readonly year: number;
  readonly note?: string;
}

/** A lever the document names or motivates, and how (in our words). */
export interface SeedLever {
  readonly id: SeedLeverId;
  readonly how: SeedText;
}

/** A money envelope the document refers to (reference line beside a lever package's cost). */
export interface SeedBudgetEnvelope {
  readonly what: SeedText;
  readonly millNok: number;
  readonly year: number;
}

export interface SeedRecord {
  readonly id: SeedId;
  /**
   * File name of the original text in ../shared/seeds/ (not part of the repository), or null when the original is
   * not kept beside the repository at all (then `sourceNote` says what the record rests on).
   */
  readonly sourceFile: string | null;
  readonly title: SeedText;
  readonly publisher: string;
  readonly author: string | null;
  /** ISO date, as precise as known: "2023-04-18", "2021-07" or "2021". */
  readonly date: string;
  readonly kind: SeedKind;
  readonly summary: SeedText;
  readonly facts: readonly SeedFact[];
  readonly levers: readonly SeedLever[];
  readonly budgetEnvelopes: readonly SeedBudgetEnvelope[];
  /** The document's public address, where it is known for certain. */
  readonly url?: string;
  /** What the record rests on when the original is not kept (in English); required when sourceFile is null. */
  readonly sourceNote?: string;
}

/** Keys every record has, in file order (the optional ones, SEED_RECORD_OPTIONAL_KEYS, follow them). */
export const SEED_RECORD_KEYS = [
  'id',
  'sourceFile',
  'title',
  'publisher',
  'author',
  'date',
  'kind',
  'summary',
  'facts',
  'levers',
  'budgetEnvelopes',
] as const satisfies readonly (keyof SeedRecord)[];
export const SEED_RECORD_OPTIONAL_KEYS = ['url', 'sourceNote'] as const satisfies readonly (keyof SeedRecord)[];

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for "YYYY", "YYYY-MM" or a real calendar date "YYYY-MM-DD". */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  if (s.length < 10) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type Obj = Record<string, unknown>;

function fail(where: string, msg: string): never {
  throw new Error(`seeds: ${where}: ${msg}`);
}

function obj(x: unknown, where: string): Obj {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(where, 'expected an object');
  return x as Obj;
}

function str(x: unknown, where: string): string {
  if (typeof x !== 'string' || x.trim() === '') fail(where, 'expected a non-empty string');
  return x;
}

function num(x: unknown, where: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(where, 'expected a finite number');
  return x;
}

function arr(x: unknown, where: string): readonly unknown[] {
  if (!Array.isArray(x)) fail(where, 'expected an array');
  return x;
}

function text(x: unknown, where: string): SeedText {
  const o = obj(x, where);
  const nb = str(o.nb, `${where}.nb`);
  const en = str(o.en, `${where}.en`);
  if (o.nn === undefined) return { nb, en };
  if (typeof o.nn !== 'string' || o.nn.trim() === '')
    fail(`${where}.nn`, 'expected a non-empty nynorsk text or no "nn"');
  return { nb, en, nn: o.nn };
}

function oneOf<T extends string>(x: unknown, allowed: readonly T[], where: string): T {
  if (typeof x !== 'string' || !(allowed as readonly string[]).includes(x)) {
    fail(where, `expected one of ${allowed.join(', ')}, got ${String(x)}`);
  }
  return x as T;
}

function toFact(x: unknown, where: string): SeedFact {
  const o = obj(x, where);
  const value = typeof o.value === 'string' ? o.value : num(o.value, `${where}.value`);
  const unit = str(o.unit, `${where}.unit`);
  if (typeof value === 'string' && !(unit === 'date' && isIsoDate(value))) {
    fail(`${where}.value`, 'a string value must be an ISO date with unit "date"');
  }
  const fact: SeedFact = {
    id: str(o.id, `${where}.id`),
    what: text(o.what, `${where}.what`),
    value,
    unit,
    year: num(o.year, `${where}.year`),
  };
  return o.note === undefined ? fact : { ...fact, note: str(o.note, `${where}.note`) };
}

/** Checks one parsed JSON record against the SeedRecord shape; throws with a path on the first problem. */
export function toSeedRecord(raw: unknown, expectedId: SeedId): SeedRecord {
  const w = expectedId;
  const o = obj(raw, w);
  const keys = Object.keys(o);
  const allowed: readonly string[] = [...SEED_RECORD_KEYS, ...SEED_RECORD_OPTIONAL_KEYS];
  const extra = keys.filter((k) => !allowed.includes(k));
  const missing = SEED_RECORD_KEYS.filter((k) => !keys.includes(k));
  if (extra.length > 0 || missing.length > 0) {
    fail(w, `keys differ (extra: ${extra.join(', ') || '-'}; missing: ${missing.join(', ') || '-'})`);
  }
  if (o.id !== expectedId) fail(w, `id is ${String(o.id)}`);
  const date = str(o.date, `${w}.date`);
  if (!isIsoDate(date)) fail(`${w}.date`, `not an ISO date: ${date}`);
  if (o.author !== null) str(o.author, `${w}.author`);
  const sourceFile = o.sourceFile === null ? null : str(o.sourceFile, `${w}.sourceFile`);
  if (sourceFile === null && o.sourceNote === undefined)
    fail(`${w}.sourceNote`, 'required when the original is not kept (sourceFile null)');
  if (o.url !== undefined && !/^https:\/\/\S+$/.test(str(o.url, `${w}.url`)))
    fail(`${w}.url`, 'expected an https:// address');
  const optional = {
    ...(o.url !== undefined ? { url: o.url as string } : {}),
    ...(o.sourceNote !== undefined ? { sourceNote: str(o.sourceNote, `${w}.sourceNote`) } : {}),
  };
  return {
    id: expectedId,
    sourceFile,
    title: text(o.title, `${w}.title`),
    publisher: str(o.publisher, `${w}.publisher`),
    author: o.author === null ? null : (o.author as string),
    date,
    kind: oneOf(o.kind, SEED_KINDS, `${w}.kind`),
    summary: text(o.summary, `${w}.summary`),
    facts: arr(o.facts, `${w}.facts`).map((f, i) => toFact(f, `${w}.facts[${i}]`)),
    levers: arr(o.levers, `${w}.levers`).map((l, i) => {
      const lo = obj(l, `${w}.levers[${i}]`);
      return { id: oneOf(lo.id, SEED_LEVER_IDS, `${w}.levers[${i}].id`), how: text(lo.how, `${w}.levers[${i}].how`) };
    }),
    budgetEnvelopes: arr(o.budgetEnvelopes, `${w}.budgetEnvelopes`).map((b, i) => {
      const bo = obj(b, `${w}.budgetEnvelopes[${i}]`);
      return {
        what: text(bo.what, `${w}.budgetEnvelopes[${i}].what`),
        millNok: num(bo.millNok, `${w}.budgetEnvelopes[${i}].millNok`),
        year: num(bo.year, `${w}.budgetEnvelopes[${i}].year`),
      };
    }),
    ...optional,
  };
}

const RAW: readonly unknown[] = [s000, s001, s002, s003, s004, s005, s006, s007, s008, s009, s010, s011, s012];

/** All records, in SEED_IDS order. */
export const SEED_RECORDS: readonly SeedRecord[] = SEED_IDS.map((id, i) => toSeedRecord(RAW[i], id));

const BY_ID: ReadonlyMap<string, SeedRecord> = new Map(SEED_RECORDS.map((r) => [r.id, r]));

/** The record with this id, or undefined. */
export function getSeed(id: string): SeedRecord | undefined {
  return BY_ID.get(id);
}

/** True if `id` is one of the record ids. */
export function isSeedId(id: string): id is SeedId {
  return BY_ID.has(id);
}
