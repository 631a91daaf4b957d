// Nynorsk for the texts that are not page strings by key (src/ui/strings/nnTexts.ts, issue #18): every bokmål text of
// the registries, the analysis panel's and report's dictionaries, the engine's label tables, the presets, the seed
// records and «Om modellen» has its nynorsk (inline nn or NN_TEXTS), with the same placeholders and unlike the bokmål
// unless both written standards spell it alike; NN_TEXTS has no stale keys (a bokmål text someone edited or removed);
// and no nynorsk text keeps bokmål-only words.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as registry from '../../src/levers/registry.ts';
import { ASSUMPTIONS } from '../../src/levers/assumptions.ts';
import { SEED_RECORDS } from '../../src/levers/seeds.ts';
import * as responses from '../../src/engine/formulas/responses.ts';
import * as localDynamics from '../../src/engine/start/localDynamics.ts';
import * as validate from '../../src/engine/validation/validate.ts';
import * as results from '../../src/engine/run/results.ts';
import * as scenario from '../../src/engine/run/scenario.ts';
import * as analysis from '../../src/ui/analysis/strings.ts';
import * as report from '../../src/ui/export/report/texts.ts';
import * as chartSpecs from '../../src/ui/chartSpecs.ts';
import * as trackCharts from '../../src/ui/trackRecord/charts.ts';
import { PRESETS } from '../../src/ui/presets.ts';
import { NB as ABOUT_NB } from '../../src/ui/about.ts';
import { NB as VALIDATION_NB } from '../../src/ui/trackRecord/aboutTables.ts';
import { NN_TEXTS } from '../../src/ui/strings/nnTexts.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One bokmål text, where it was found, and its inline nynorsk if it carries one. */
interface Text {
  readonly nb: string;
  readonly nn?: string;
  readonly where: string;
}

const TEXTS: Text[] = [];

/** Every {nb, en} object inside a value (module exports, presets, seed records). */
function collect(where: string, x: unknown, seen = new WeakSet<object>()): void {
  if (x === null || typeof x !== 'object' || seen.has(x)) return;
  seen.add(x);
  if (Array.isArray(x)) {
    for (const v of x) collect(where, v, seen);
    return;
  }
  const o = x as Record<string, unknown>;
  if (typeof o['nb'] === 'string' && typeof o['en'] === 'string') {
    TEXTS.push({ nb: o['nb'], where, ...(typeof o['nn'] === 'string' ? { nn: o['nn'] } : {}) });
    return;
  }
  for (const v of Object.values(o)) collect(where, v, seen);
}

/** Every plain string inside a value (the «Om modellen» structures, which are bokmål strings, not {nb, en}). */
function collectStrings(where: string, x: unknown): void {
  if (typeof x === 'string') TEXTS.push({ nb: x, where });
  else if (Array.isArray(x)) for (const v of x) collectStrings(where, v);
  else if (x !== null && typeof x === 'object') for (const v of Object.values(x)) collectStrings(where, v);
}

// the exported registries and dictionaries (texts built by helpers such as u() and L() included)
for (const [where, mod] of Object.entries({
  'src/levers/registry.ts': registry,
  'src/engine/formulas/responses.ts': responses,
  'src/engine/start/localDynamics.ts': localDynamics,
  'src/engine/validation/validate.ts': validate,
  'src/engine/run/results.ts': results,
  'src/engine/run/scenario.ts': scenario,
  'src/ui/analysis/strings.ts': analysis,
  'src/ui/export/report/texts.ts': report,
  'src/ui/chartSpecs.ts': chartSpecs,
  'src/ui/trackRecord/charts.ts': trackCharts,
}))
  collect(where, Object.values(mod));
collect('src/levers/assumptions.ts', ASSUMPTIONS);
// the presets through the app's own loader; a municipality's example plan through the engine's parser
collect('scenarios/ (PRESETS)', PRESETS);
const kommuner = path.join(root, 'scenarios/kommuner');
for (const f of fs.readdirSync(kommuner).filter((f) => f.endsWith('.json'))) {
  const parsed = scenario.parseScenario(JSON.parse(fs.readFileSync(path.join(kommuner, f), 'utf8')));
  if (!parsed.ok) throw new Error(`scenarios/kommuner/${f}: ${parsed.errors.join('; ')}`);
  collect(`scenarios/kommuner/${f}`, { name: parsed.scenario.name, description: parsed.scenario.description });
}
// what the page shows of the seed records: the title, what the document says of a lever, the budget envelopes
for (const s of SEED_RECORDS)
  collect(`seeds/${s.id}.json`, [s.title, ...s.levers.map((l) => l.how), ...s.budgetEnvelopes.map((e) => e.what)]);
collectStrings('src/ui/about.ts (NB)', ABOUT_NB);
collectStrings('src/ui/trackRecord/aboutTables.ts (NB)', VALIDATION_NB);

/** Object literals with a literal `nb` in the app's sources (those no module exports: formulaText.ts, citations.ts …). */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // the CLI prints English; i18n.ts and strings/ are the page strings by key (nynorskStrings.test.ts)
    if (e.isDirectory()) return e.name === 'cli' || e.name === 'strings' ? [] : sourceFiles(p);
    return e.name.endsWith('.ts') && e.name !== 'i18n.ts' ? [p] : [];
  });
}
const literal = (n: ts.Node): string | undefined =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;
for (const file of sourceFiles(path.join(root, 'src'))) {
  const where = path.relative(root, file);
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string): string | undefined => {
        const p = node.properties.find((q) => q.name && ts.isIdentifier(q.name) && q.name.text === name);
        return p && ts.isPropertyAssignment(p) ? literal(p.initializer) : undefined;
      };
      const nb = prop('nb');
      const nn = prop('nn');
      if (nb !== undefined) TEXTS.push({ nb, where, ...(nn !== undefined ? { nn } : {}) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/** A text without letters (a dash, a number range, «%») reads the same in both written standards (i18n.ts, nnOr). */
const hasLetters = (s: string): boolean => /\p{L}/u.test(s);
const BY_TEXT = new Map<string, Text[]>();
for (const x of TEXTS) BY_TEXT.set(x.nb, [...(BY_TEXT.get(x.nb) ?? []), x]);
const has = (nb: string): boolean => Object.prototype.hasOwnProperty.call(NN_TEXTS, nb);
const NUMBER = /\d+(?:[ ,.]\d+)*/g;
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Every nynorsk text with its bokmål and where it is: NN_TEXTS, and the inline nn of the collected texts. */
const NYNORSK: { nb: string; nn: string; where: string }[] = [
  ...Object.entries(NN_TEXTS).map(([nb, nn]) => ({ nb, nn, where: 'src/ui/strings/nnTexts.ts' })),
  ...TEXTS.filter((x) => x.nn !== undefined).map((x) => ({ nb: x.nb, nn: x.nn!, where: x.where })),
];

/**
 * Texts whose nynorsk is the bokmål itself (inline or in NN_TEXTS). Everything else must differ from its bokmål.
 */
const SAME_IN_NYNORSK = new Set<string>([
  // names and titles kept as published (documents, citations, the validation's score names)
  'Helsedirektoratet: Allmennlegetjenesten – årsrapport 2023 inklusive status per mai 2024.',
  'Meld. St. 23 (2024–2025) Fornye, forsterke, forbedre – Framtidens allmennlegetjenester og akuttmedisinske tjenester utenfor sykehus',
  'Prop. 1 S (2023–2024) Helse- og omsorgsdepartementet: statsbudsjettet for 2024',
  'Prop. 1 S (2025–2026) Helse- og omsorgsdepartementet: statsbudsjettet for 2026',
  'Forskrift om fastlegeordning i kommunene (fastlegeforskriften)',
  'Statsbudsjettet 2026',
  'VG via Hardanger Folkeblad, oktober 2022 (statsbudsjettet 2023)',
  'Kartverket: kommunegrenser (CC BY 4.0).',
  'CRPS modell',
  'CRPS «ingen endring»',
  // units, formats and number ranges
  'kr',
  'kr/time',
  'kr/år',
  'mill. kr',
  'mill. kr per år',
  'mill. kr/år',
  '{value} mill. kr',
  '{n} mill. kr mindre',
  '{value} prosentpoeng',
  'log',
  'år',
  'År',
  'per år',
  'årsverk per fastlege',
  'lister',
  'elastisitet',
  'faktor',
  '80 % intervall',
  '{name}: 80 % intervall',
  'Start 31.12.{year}',
  'side {n} av {total}',
  '{lo} til {hi}',
  '{n} prosentpoeng',
  '{dir} til {value}: {delta}',
  'mot {reference}',
  '{n} færre',
  'under 2 000',
  '20 000 og over',
  'sentralitet 1-2',
  'sentralitet 3-4',
  'sentralitet 5-6',
  // the formula checker's words for notation
  'tilordning med =',
  'funksjonsdefinisjon',
  'oppslag med . eller [ ]',
  'indeksering med [ ]',
  'matrise eller liste [ ]',
  'objekt { }',
  'intervall a:b',
  'denne skrivemåten',
  // words and phrases spelt alike in bokmål and nynorsk
  'og',
  'ja',
  'nei',
  'null',
  'Alle',
  'Avbryt',
  'Budsjett',
  'Budsjettet var {budget} for perioden.',
  'Dagens politikk',
  'Endring',
  'Endring i {outcome} ({unit})',
  'Ekstra kostnad i {year}',
  'Ekstra kostnad {from}–{to}',
  'Ekstra kostnad {from}–{to} (mill. kr)',
  'ekstra kostnad {cost} i {year}',
  'I dag',
  'I dag: {value}',
  'Kommunal kostnad',
  'kommunal',
  'Kommune-år',
  'Område',
  'Område-år',
  'Kommunen',
  'Staten',
  'Begge (kommune og stat)',
  'Kostnad mot utfall: {outcome} i {year}, {region}',
  'Beste utfall for kostnaden',
  'Bruk verdien',
  'Lagre som scenario',
  'Vis som graf',
  'Vis som tabell',
  'Mål',
  'Målet',
  'Målverdi ({unit})',
  'Når målet',
  'minst (≥)',
  'Ned',
  'Ned til',
  'Opp',
  'Opp til',
  'Plass',
  'Pakken',
  'Utfall',
  'Scenario',
  'Verdi i scenarioet',
  'Område: {region}. Scenario: {scenario}.',
  '{outcome} skal bli {target} i {year} ({region})',
  'av og på',
  'til og med år',
  'rapport',
  'modellen',
  'modellen, rekalibrert',
  'ingen endring',
  'ingen endring × faktisk nasjonal endring',
  'faktagrunnlaget',
  'Finansiering',
  'Rekruttering og utdanning',
  'Arbeidsbelastning',
  'Legevakt',
  'Legevaktpakke',
  'Flat sats',
  'Knekkpunkt',
  'Sats over knekkpunktet',
  'Tilbake til knekkpunktmodellen',
  'Opptrappingsplanen (knekkpunkt, basisfinansiering, ALIS, team)',
  'Mindre byråkrati',
  'Nye arbeidsformer i legevakt',
  'Fritaksalder for legevakt',
  'Legevakter per fastlege i vaktturnus',
  'Arbeidstid per fastlege',
  'Ordinær arbeidstid, fastlønte',
  'Praksisinntekt per fastlege',
  'Merkostnad per fastlønt fastlege',
  'Takstinntekt per listepasient',
  'Tid for å justere listetak',
  'Tid for å opprette nye lister',
  'Pensjonering',
  'Attraktivitet',
  'Attraktivitet: ALIS-dekning',
  'Attraktivitet: arbeidstid',
  'Attraktivitet: inntekt',
  'Attraktivitet: legevakt',
  'Avgang',
  'Avgang: arbeidstid',
  'Avgang: inntekt',
  'Avgang: legevakt',
  'Avgang: sentralitet',
  'arbeid per pasient relativt til start',
  'inntekt per lege relativt til start',
  'inntekt per pasient relativt til start',
  'Kommunal nettlege',
  'Delegert arbeid når refusjonen er full',
  'Arbeid spart per konsultasjon hos nettlegen',
  'forhold',
]);

/** A whole word (Unicode letters, so æ, ø and å count as letters), case-insensitive. */
const word = (w: string): RegExp => new RegExp(`(?<![\\p{L}\\d])(?:${w})(?![\\p{L}\\d])`, 'giu');

/** Bokmål-only words and the bokmål forms of the glossary's terms (nynorsk: ikkje, kva, utan, innbyggjar, tilskot …). */
const BOKMAL: readonly RegExp[] = [
  word('ikke|hva|hvordan|hvor|hvorfor|hvem|hvilke|hvilken|hvilket|hver|hvert'),
  word('uten|utenfor|innenfor|fra|bare|mer|flere|noen|noe|selv|mye|ennå|allerede|hele|siden|dem'),
  word('være|gjør|gjøre|ble|blitt|velg|følger|gjelder|egen|eget|egne|tall|tallet|skole|skolen'),
  word('uke|uken|uker|måned|måneden|måneder|lønn|fastlønn|høyere|lavere|høyeste|laveste|høyst'),
  word('(fast)?leger|(fast)?legene|kommuner|kommunene|pasienter|pasientene|timer|timene|avtaler|stillinger'),
  word('andel|andelen|andeler|kilde|kilder|sykmelding|sykmeldinger|sykehus|sykepleier|sykepleiere'),
  /innbygger|tilskudd|sannsynlighet|usikkerhet|beregn|sammenlign|kjøring|forutsetning|virkemid|hendelse/giu,
  /scenarioer|fastlegeordningen|bevilgning|overdragelse|ansettelse|forsinkelse|antakelse|utvalget/giu,
  // bokmål -lig and -het endings (nynorsk -leg and -heit: offentleg, billegaste, gjennomsnittleg, ledigheit)
  /\p{L}+lig(e|ere|st|ste|are|ast|aste)?(?![\p{L}\d])/giu,
  /\p{L}+het(en|er|ene)?(?![\p{L}\d])/giu,
];
const bokmalIn = (s: string): string[] => BOKMAL.flatMap((re) => [...s.matchAll(re)].map((m) => m[0]));

describe('nynorsk of the registries, dictionaries, presets and «Om modellen»', () => {
  it('finds the texts it checks', () => {
    // the walk reaches every kind of source (a lever, an assumption, the panel, the report, a preset, a seed, about)
    for (const where of [
      'src/levers/registry.ts',
      'src/levers/assumptions.ts',
      'src/ui/analysis/strings.ts',
      'src/ui/export/report/texts.ts',
      'src/engine/formulas/responses.ts',
      'src/engine/run/results.ts',
      'src/ui/formulaText.ts',
      'scenarios/ (PRESETS)',
      'scenarios/kommuner/bindal-egen-plan.json',
      'seeds/003-ekspertutvalget-2023.json',
      'src/ui/about.ts (NB)',
      'src/ui/trackRecord/aboutTables.ts (NB)',
    ])
      expect(
        TEXTS.some((x) => x.where === where),
        where,
      ).toBe(true);
    expect(BY_TEXT.size).toBeGreaterThan(500);
  });

  it('has a nynorsk for every bokmål text (inline nn or NN_TEXTS)', () => {
    const missing = [...BY_TEXT.values()]
      .flatMap((xs) => xs.filter((x) => x.nn === undefined && hasLetters(x.nb) && !has(x.nb)).slice(0, 1))
      .map((x) => `${x.where}: ${x.nb}`);
    expect(missing.join('\n')).toBe('');
  });

  it('keeps the placeholders of the bokmål', () => {
    const wrong = NYNORSK.filter((x) => placeholders(x.nn).join() !== placeholders(x.nb).join()).map(
      (x) => `${x.where}: ${x.nb} → ${x.nn}`,
    );
    expect(wrong.join('\n')).toBe('');
  });

  it('differs from the bokmål except where both written standards spell it alike', () => {
    const same = NYNORSK.filter((x) => x.nn === x.nb && !SAME_IN_NYNORSK.has(x.nb)).map((x) => `${x.where}: ${x.nb}`);
    expect(same.join('\n')).toBe('');
    // the list names current texts only, each with itself as its nynorsk
    const stale = [...SAME_IN_NYNORSK].filter(
      (s) => !BY_TEXT.has(s) || BY_TEXT.get(s)!.some((x) => (x.nn ?? NN_TEXTS[s]) !== s),
    );
    expect(stale.join('\n')).toBe('');
  });

  it('has no stale keys: every key is the bokmål of a current text that needs it', () => {
    const stale = Object.keys(NN_TEXTS).filter((k) => !BY_TEXT.has(k));
    expect(stale.map((k) => `no current text is «${k}» (edited or removed?)`).join('\n')).toBe('');
    // a text whose every use carries its own nn needs no entry
    const unused = Object.keys(NN_TEXTS).filter((k) => BY_TEXT.get(k)?.every((x) => x.nn !== undefined));
    expect(unused.map((k) => `«${k}» has an inline nn wherever it is used`).join('\n')).toBe('');
    expect(Object.entries(NN_TEXTS).filter(([, v]) => v.trim() === '')).toEqual([]);
  });

  it('keeps the Norwegian quotes and the number formats of the bokmål', () => {
    for (const x of NYNORSK) {
      expect(x.nn.split('«').length, x.nb).toBe(x.nb.split('«').length);
      expect(x.nn.split('»').length, x.nb).toBe(x.nb.split('»').length);
      // the same numbers, written alike (1 000, 2,5, 31.12.2019)
      expect(x.nn.match(NUMBER) ?? [], x.nb).toEqual(x.nb.match(NUMBER) ?? []);
    }
  });

  it('has no bokmål-only words left in the nynorsk', () => {
    // a title kept as published is on SAME_IN_NYNORSK and not a leftover
    const hits = NYNORSK.filter((x) => x.nn !== x.nb && bokmalIn(x.nn).length > 0).map(
      (x) => `${x.where}: «${bokmalIn(x.nn).join('», «')}» in ${x.nn}`,
    );
    expect(hits.join('\n')).toBe('');
  });

  it('would notice bokmål: the same scan finds it in most of the bokmål texts', () => {
    const translated = Object.entries(NN_TEXTS).filter(([nb, nn]) => nb !== nn);
    const flagged = translated.filter(([nb]) => bokmalIn(nb).length > 0);
    expect(flagged.length).toBeGreaterThan(translated.length * 0.6);
    expect(bokmalIn('Innbyggere uten fastlege har ikke tilskudd')).toEqual(
      expect.arrayContaining(['ikke', 'uten', 'Innbygger', 'tilskudd']),
    );
    expect(bokmalIn('Innbyggjarar utan fastlege har ikkje tilskot; offentleg ledigheit')).toEqual([]);
  });
});
