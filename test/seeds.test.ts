// Checks the seeds/ records: shape, ids, dates, lever ids, the lever mapping in LEVERS.md, and that no
// record copies the original Norwegian texts (kept outside the repo in ../shared/seeds/). The records of the
// 2024-2026 policy (005-012) rest on documents not kept at all: no source file, a note saying so, an address.
import fs from 'node:fs';
import path from 'node:path';
import { LATER_LEVER_IDS, LEVERS_MD_IDS } from './helpers/leversMd.ts';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { KEPT_SEED_IDS, SEED_IDS, SEED_RECORDS, getSeed, isIsoDate, type SeedRecord } from '../src/levers/seeds.ts';
import { SEED_CITATIONS, serializeSeedCitations } from '../src/levers/seedCitations.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.join(repoRoot, 'seeds');
const sharedDir = path.resolve(repoRoot, '../shared');
const originalsDir = path.join(sharedDir, 'seeds');
const leversMd = path.join(sharedDir, 'domain', 'LEVERS.md');

const RECORD_KEYS = [
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
];

const KNOWN_LEVERS = [...LEVERS_MD_IDS, ...LATER_LEVER_IDS];
const OPTIONAL_KEYS = ['url', 'sourceNote'];
const kept = (id: string) => (KEPT_SEED_IDS as readonly string[]).includes(id);

/** The levers each record of the 2024-2026 policy names (the registry cites them back, registry.test.ts). */
const LATER_SEEDS: Record<string, readonly string[]> = {
  '005-statsbudsjettet-2024': ['alisGrants', 'onCallGrant'],
  '006-alis-tilskudd-2025': ['alisGrants'],
  '007-lis1-legevakt-2021': ['lis1AsLocum'],
  '008-fastlegeforskriften-2026': ['collectiveLists', 'onCallCapHours'],
  '009-delegerte-konsultasjoner-2026': ['delegatedConsultRefund'],
  '010-statsbudsjettet-2026': ['delegatedConsultRefund', 'onlineGpShare', 'youthFreeVisits'],
  '011-meld-st-23-2024-2025': ['capitationModel', 'capitationShareTarget', 'delegatedConsultRefund'],
  '012-bosetting-flyktninger-2022': ['populationShock'],
};

/** The "seeds" column of LEVERS.md: which documents name each lever (onCallExemptionAge: none). */
const EXPECTED_SEEDS: Record<string, readonly string[]> = {
  capitationRate: ['000', '001', '003', '004'],
  capitationModel: ['001', '003', '004'],
  breakpointPatients: ['004'],
  capitationShareTarget: ['003'],
  feeForServiceChange: ['003'],
  recruitmentGrant: ['003'],
  alisGrants: ['000', '001', '002', '004'],
  lis1Positions: ['003'],
  lis1AsLocum: ['003'],
  simplerCompetenceRules: ['003'],
  salariedShare: ['001', '003'],
  regulatedPracticeTransfer: ['003'],
  collectiveLists: ['003'],
  flexibleHours: ['001'],
  taskSharing: ['001', '003', '004'],
  noShortSickNotes: ['000', '003'],
  schoolAbsenceOut: ['003'],
  adminReduction: ['000'],
  onCallCapHours: ['003'],
  onCallOtherDoctors: ['003'],
  onCallGrant: ['000', '002'],
  onCallNewForms: ['003'],
  onCallExemptionAge: [],
};

const rawFiles = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = rawFiles.map((f) => ({
  file: f,
  json: JSON.parse(fs.readFileSync(path.join(seedsDir, f), 'utf8')) as Record<string, unknown>,
}));

/** Lower-case words of letters and digits only (whitespace, case and punctuation normalised). */
function words(s: string): string[] {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

function ngrams(ws: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/** All our own prose in a record (titles left out: they are names of the documents). */
function ownTexts(r: SeedRecord): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [
    { where: 'summary.nb', text: r.summary.nb },
    { where: 'summary.en', text: r.summary.en },
  ];
  for (const f of r.facts) {
    out.push({ where: `facts.${f.id}.what.nb`, text: f.what.nb }, { where: `facts.${f.id}.what.en`, text: f.what.en });
    if (f.note !== undefined) out.push({ where: `facts.${f.id}.note`, text: f.note });
  }
  for (const l of r.levers) {
    out.push({ where: `levers.${l.id}.how.nb`, text: l.how.nb }, { where: `levers.${l.id}.how.en`, text: l.how.en });
  }
  r.budgetEnvelopes.forEach((b, i) => {
    out.push({ where: `budgetEnvelopes[${i}].what.nb`, text: b.what.nb });
    out.push({ where: `budgetEnvelopes[${i}].what.en`, text: b.what.en });
  });
  return out;
}

function expectBilingual(t: unknown, where: string): void {
  expect(t, where).toBeTypeOf('object');
  const o = t as Record<string, unknown>;
  expect(
    Object.keys(o)
      .filter((k) => k !== 'nn')
      .sort(),
    where,
  ).toEqual(['en', 'nb']);
  if ('nn' in o) expect(typeof o.nn === 'string' && o.nn.trim().length > 0, `${where}.nn`).toBe(true);
  for (const k of ['nb', 'en']) {
    expect(typeof o[k], `${where}.${k}`).toBe('string');
    expect((o[k] as string).trim().length, `${where}.${k}`).toBeGreaterThan(0);
  }
}

describe('seeds/ records', () => {
  it('the page’s citation index (src/levers/seedCitations.json) is up to date with the records (npm run seeds:citations)', () => {
    const file = fs.readFileSync(path.join(repoRoot, 'src/levers/seedCitations.json'), 'utf8');
    expect(file).toBe(serializeSeedCitations(SEED_RECORDS));
    expect(SEED_CITATIONS.map((c) => c.id)).toEqual(SEED_RECORDS.map((r) => r.id));
    // what the page never shows stays out of its index
    expect(file).not.toMatch(/"summary"|"facts"|"sourceNote"/);
  });

  it('has one JSON file per seed id, and the module exposes them in order', () => {
    expect(rawFiles).toEqual(SEED_IDS.map((id) => `${id}.json`));
    expect(SEED_RECORDS.map((r) => r.id)).toEqual([...SEED_IDS]);
    for (const id of SEED_IDS) expect(getSeed(id)?.id).toBe(id);
    expect(getSeed('nope')).toBeUndefined();
  });

  it.each(raw)('$file has exactly the record keys and bilingual, non-empty texts', ({ file, json }) => {
    const keys = Object.keys(json);
    expect(keys.slice(0, RECORD_KEYS.length)).toEqual(RECORD_KEYS);
    expect(keys.slice(RECORD_KEYS.length)).toEqual(OPTIONAL_KEYS.filter((k) => k in json));
    expect(json.id).toBe(file.replace(/\.json$/, ''));
    if (kept(String(json.id))) {
      expect(json.sourceFile).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(String(json.sourceFile).slice(0, 3)).toBe(String(json.id).slice(0, 3));
    } else {
      // not kept beside the repository: the record says so and what it rests on
      expect(json.sourceFile).toBeNull();
      expect(String(json.sourceNote)).toMatch(/not kept/i);
      if (json.url !== undefined) expect(json.url).toMatch(/^https:\/\/\S+$/);
    }
    expectBilingual(json.title, 'title');
    expectBilingual(json.summary, 'summary');
    expect(typeof json.publisher).toBe('string');
    expect(json.author === null || (typeof json.author === 'string' && json.author.length > 0)).toBe(true);
    expect(['news', 'op-ed', 'press-release', 'report-summary', 'budget', 'regulation', 'white-paper']).toContain(
      json.kind,
    );

    const facts = json.facts as Record<string, unknown>[];
    expect(facts.length).toBeGreaterThan(0);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
    for (const f of facts) {
      const where = `${file} fact ${String(f.id)}`;
      const keys = Object.keys(f);
      expect(keys.slice(0, 5), where).toEqual(['id', 'what', 'value', 'unit', 'year']);
      expect(keys.length === 5 || (keys.length === 6 && keys[5] === 'note'), where).toBe(true);
      expectBilingual(f.what, where);
      expect(Number.isInteger(f.year), where).toBe(true);
      if (typeof f.value === 'string') {
        expect(f.unit, where).toBe('date');
        expect(isIsoDate(f.value), where).toBe(true);
      } else {
        expect(Number.isFinite(f.value), where).toBe(true);
      }
    }

    for (const l of json.levers as Record<string, unknown>[]) {
      expect(Object.keys(l)).toEqual(['id', 'how']);
      expectBilingual(l.how, `${file} lever ${String(l.id)}`);
    }
    for (const b of json.budgetEnvelopes as Record<string, unknown>[]) {
      expect(Object.keys(b)).toEqual(['what', 'millNok', 'year']);
      expectBilingual(b.what, `${file} envelope`);
      expect(b.millNok).toBeGreaterThan(0);
    }
  });

  it('dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD) and fall in 2021-2023 (the kept five) or 2021-2026', () => {
    for (const r of SEED_RECORDS) {
      expect(isIsoDate(r.date), r.id).toBe(true);
      const year = Number(r.date.slice(0, 4));
      expect(year, r.id).toBeGreaterThanOrEqual(2021);
      expect(year, r.id).toBeLessThanOrEqual(kept(r.id) ? 2023 : 2026);
    }
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2023-13')).toBe(false);
    expect(isIsoDate('18.04.2023')).toBe(false);
  });

  it('names only known lever ids, each once per record, and never onCallExemptionAge', () => {
    for (const r of SEED_RECORDS) {
      const ids = r.levers.map((l) => l.id);
      expect(new Set(ids).size, r.id).toBe(ids.length);
      for (const id of ids) expect(KNOWN_LEVERS, `${r.id}: ${id}`).toContain(id);
      expect(ids, r.id).not.toContain('onCallExemptionAge');
    }
  });

  it('lists exactly the levers that LEVERS.md attributes to each document (and the later ones theirs)', () => {
    for (const r of SEED_RECORDS) {
      const prefix = r.id.slice(0, 3);
      const expected = kept(r.id)
        ? Object.keys(EXPECTED_SEEDS)
            .filter((lever) => EXPECTED_SEEDS[lever]?.includes(prefix))
            .sort()
        : [...(LATER_SEEDS[r.id] ?? ['(no mapping)'])].sort();
      expect(r.levers.map((l) => l.id).sort(), r.id).toEqual(expected);
    }
    // Every lever except onCallExemptionAge has at least one document.
    const cited = new Set<string>(SEED_RECORDS.flatMap((r) => r.levers.map((l) => l.id)));
    expect(KNOWN_LEVERS.filter((id) => !cited.has(id))).toEqual(['onCallExemptionAge']);
  });

  it('the mapping above matches the seeds column of LEVERS.md (when ../shared is present)', () => {
    if (!fs.existsSync(leversMd)) {
      console.info(`seeds.test: ${leversMd} not found; LEVERS.md cross-check skipped`);
      return;
    }
    const fromMd: Record<string, string[]> = {};
    for (const line of fs.readFileSync(leversMd, 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const id = cells[1];
      if (id === undefined || !KNOWN_LEVERS.includes(id)) continue;
      fromMd[id] = [...(cells[5] ?? '').matchAll(/\b00[0-4]\b/g)].map((m) => m[0]).sort();
    }
    const expected = Object.fromEntries(Object.entries(EXPECTED_SEEDS).map(([k, v]) => [k, [...v].sort()]));
    expect(fromMd).toEqual(expected);
  });

  it('003 records the 13 recommendations, each mapped to levers the record lists', () => {
    const r = getSeed('003-ekspertutvalget-2023');
    expect(r).toBeDefined();
    if (r === undefined) return;
    const recs = r.facts.filter((f) => /^r\d+$/.test(f.id));
    expect(recs.map((f) => f.id)).toEqual(Array.from({ length: 13 }, (_, i) => `r${i + 1}`));
    expect(r.facts.find((f) => f.unit === 'recommendations')?.value).toBe(13);
    const listed = new Set<string>(r.levers.map((l) => l.id));
    for (const f of recs) {
      const named = (f.note ?? '').match(/\b[a-z][A-Za-z0-9]+\b/g)?.filter((w) => KNOWN_LEVERS.includes(w)) ?? [];
      expect(named.length, f.id).toBeGreaterThan(0);
      for (const id of named) expect(listed.has(id), `${f.id} → ${id}`).toBe(true);
    }
  });

  it('budget envelopes carry the documented amounts', () => {
    const env = (id: string) => getSeed(id)?.budgetEnvelopes.map((b) => [b.millNok, b.year]);
    expect(env('002-tilleggsbevilgning-2022')).toEqual([[100, 2022]]);
    expect(env('004-opptrappingsplan-2021')).toEqual([[1600, 2024]]);
    expect(env('001-hdir-positive-tegn-2023')).toEqual([]);
    expect(env('003-ekspertutvalget-2023')).toEqual([]);
    expect(env('010-statsbudsjettet-2026')).toEqual([[115, 2026]]);
  });

  it('does not copy any 8-word run from the original documents', () => {
    if (!fs.existsSync(originalsDir)) {
      console.info(`seeds.test: ${originalsDir} not found; anti-copy check skipped`);
      return;
    }
    const N = 8;
    const hits: string[] = [];
    for (const r of SEED_RECORDS) {
      if (r.sourceFile === null) continue; // not kept: nothing to compare with
      const original = fs.readFileSync(path.join(originalsDir, r.sourceFile), 'utf8');
      const grams = new Set(ngrams(words(original), N));
      expect(grams.size, r.sourceFile).toBeGreaterThan(100);
      for (const { where, text } of ownTexts(r)) {
        for (const g of ngrams(words(text), N)) if (grams.has(g)) hits.push(`${r.id} ${where}: "${g}"`);
      }
    }
    expect(hits).toEqual([]);
  });
});
