// The nynorsk page strings (src/ui/strings/nn.ts): complete, same placeholders as bokmål, really nynorsk (no bokmål
// leftovers, the agreed glossary), and shown by t() when nynorsk is chosen.
import { afterEach, describe, expect, it } from 'vitest';
import { NB_FIRST_LOAD, registerLocale, setLocale, t, type StringKey } from '../../src/ui/i18n.ts';
import { LATER_NB } from '../../src/ui/strings/later.ts';
import { NB_STRINGS } from '../helpers/strings.ts';
import { NN } from '../../src/ui/strings/nn.ts';

afterEach(() => setLocale('nb'));

const KEYS = Object.keys(NB_STRINGS) as StringKey[];
const NN_VALUES = Object.entries(NN) as [StringKey, string][];
const placeholders = (s = ''): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
/** A whole word (Unicode letters, so æ, ø and å count as letters), case-insensitive. */
const word = (w: string): RegExp => new RegExp(`(?<![\\p{L}\\d])${w}(?![\\p{L}\\d])`, 'iu');

/**
 * Keys whose nynorsk is the same as the bokmål: names, formats, abbreviations, and words spelt alike in both
 * written standards («Eksporter», «Område», «Dagens politikk», «Endring» …). Everything else must differ.
 */
const SAME_IN_BOTH = new Set<string>([
  // names, formats and placeholders only
  'appTitle',
  'exportPptx',
  'exportCsv',
  'exportXlsx',
  'stampData',
  'stampYears',
  'chartAlt',
  'p10',
  'p90',
  'importFormula',
  'linkFormula',
  'scopeFor',
  'mapTableCaption',
  'mapObserved',
  'presentClose',
  'presentCount',
  'mapExportPng',
  'mapExportSvg',
  'mapExportPptx',
  'riskExportCsv',
  'riskExportXlsx',
  'mapTooltipCounty',
  'millNokPerYear',
  'millNok',
  'kfOwnUnit',
  'kfOwnState',
  'trackBand',
  'trackMedian',
  'trackActual',
  'trackHappenedExport',
  'mapSelected',
  'mapShowRegion',
  'mapSortBy',
  'exportDone',
  // quotation marks around a text, and the history's source alone
  'quoted',
  'historySourceNote',
  // the language switcher's group name («Språk» in both)
  'languageGroup',
  // single words and short phrases spelt alike in bokmål and nynorsk
  'about',
  // the bands of the share without a GP: «ingen», «under 5 %», «5–20 %»
  'standingBand0',
  'standingBand1',
  'standingBand2',
  // «{p} i {year}»
  'trackBaseItem',
  // the legend's «Skjul i figuren» / «Vis i figuren»
  'legendHide',
  'legendShow',
  'legendMedian',
  'legendMean',
  'close',
  'region',
  'regionNoMatch',
  'regionCounty',
  'regionCentrality',
  'presetLoaded',
  'save',
  'saveName',
  'update',
  'duplicate',
  'exportOne',
  'delete',
  'exportAll',
  'exportCurrent',
  'importFile',
  'copyOf',
  'undoAction',
  'undo',
  'compareReference',
  'compareRef',
  'compareOutcome',
  'compareScenario',
  'budgetHeading',
  'budgetMunicipal',
  'budgetState',
  'budgetTotal',
  'stampScenarios',
  'exportMenu',
  'exportDeck',
  'deckValue',
  'deckNoChanges',
  'deckChange',
  'present',
  'presentNext',
  'fxEmpty',
  'fxSyntax',
  'formulaOk',
  'mcRetry',
  'printUntil',
  'printAssumptionLine',
  'printMunicipalLine',
  'untilYear',
  'untilNone',
  'untilSet',
  'untilCleared',
  'scopeNational',
  'scopeNationalValue',
  'scopeReset',
  'scopeResetDone',
  'stepsHeading',
  'stepAdd',
  'stepN',
  'stepValueLabel',
  'stampLocal',
  'none',
  'on',
  'info',
  'range',
  'default',
  'sourceJudgement',
  'sourceCalibrated',
  'kfVsBaseline',
  'kfSame',
  'kfVsBaselinePoints',
  'trackOrigin',
  'trackClassName',
  'trackEventYes',
  'trackMunicipalityCountOne',
  'trackSameAs',
  'trackSame',
  'trackPersistence',
  'trackHappened',
  'trackYes',
  'trackNo',
  'chartsHeading',
  'showTable',
  'showChart',
  'year',
  'baseline',
  'presetApply',
  'history',
  'cancel',
  'redone',
  'nothingToUndo',
  'chartMarked',
  'munDistrict',
  'munReset',
  'munEventYear',
  'munEventRemove',
  'munEventRemoveLabel',
  'munKindNewLists',
  'munKindJoinDistrict',
  'munEventNewLists',
  'munEventRetirementsOne',
  'munEventNewListsOne',
  'munEventJoin',
  'mapSummary',
  'mapOutcome',
  'mapView',
  'mapYear',
  'mapPause',
  'mapZoom',
  'mapView_current',
  'mapView_baseline',
  'mapNoData',
  'mapLegendBelow',
  'mapLegendRange',
  'mapTableShow',
  'mapColMunicipality',
  'mapColNumber',
  'mapColCounty',
  'mapColCentrality',
  'riskCounty',
  'riskCentrality',
  'riskAll',
  'riskShowAll',
  'riskShowFewer',
  'riskRank',
  'riskRankBaseline',
  'riskChange',
  'mapUnit_withoutGpShare',
  'mapPoints',
  'chartRefs',
]);

/** Words that are bokmål only: in nynorsk «ikkje», «kva», «korleis», «kor», «utan», «frå», «berre», «enno» … */
const BOKMAL_WORDS = [
  'ikke',
  'hva',
  'hvordan',
  'hvor',
  'hvem',
  'hvilken',
  'hvilket',
  'hvilke',
  'uten',
  'fra',
  'bare',
  'ennå',
  'noen',
  'noe',
  'de',
  'dem',
  'da',
  'ble',
  'mer',
  'flere',
  'hele',
  'fortsatt',
  'allerede',
  'navn',
  'velg',
  'vises',
  'egen',
  'eget',
  'egne',
  'selv',
  'mye',
  'gjelder',
  'følger',
  'mulig',
  'hun',
  'jeg',
  'tall',
  'kilde',
  'kilder',
];

/** Bokmål forms of the glossary's terms (nynorsk: innbyggjar, tilskot, sannsyn, uvisse, køyring, føresetnad …). */
const BOKMAL_TERMS: RegExp[] = [
  /innbygger/i,
  /tilskudd/i,
  /sannsynlig/i,
  /usikkerhet/i,
  /beregn/i,
  /sammenlign/i,
  /kjøring/i,
  /forutsetning/i,
  /virkemid/i,
  /treffsikkerhet/i,
  /hendelse/i,
  /scenarioer/i,
  /ordningen/i,
  /(?<!\p{L})(fast)?leger(?!\p{L})/iu,
  /(?<!\p{L})kommuner(?!\p{L})/iu,
  /(?<!\p{L})(lagret|lagrede|endret|åpne|åpnet)(?!\p{L})/iu,
  /listelengden?(?!\p{L})/iu,
  // bokmål -lig/-het endings (nynorsk -leg/-heit: offentleg, gjennomsnittleg, treffsikkerheit)
  /\p{L}+lig(e|ere|st)?(?!\p{L})/iu,
  /\p{L}+het(en|er|ene)?(?!\p{L})/iu,
];

describe('nynorsk page strings', () => {
  it('has every bokmål key, in the same order, with a non-empty text and nothing more', () => {
    expect(Object.keys(NN).sort()).toEqual([...KEYS].sort());
    // in the order of i18n.ts for the first load's keys, and of strings/later.ts for the later panels'
    for (const of of [NB_FIRST_LOAD, LATER_NB]) expect(Object.keys(NN).filter((k) => k in of)).toEqual(Object.keys(of));
    for (const k of KEYS) expect(NN[k]?.trim(), k).toBeTruthy();
  });

  it('keeps the placeholders of the bokmål', () => {
    for (const k of KEYS) expect(placeholders(NN[k]), k).toEqual(placeholders(NB_STRINGS[k]));
  });

  it('differs from the bokmål except where both written standards spell it alike', () => {
    const same = KEYS.filter((k) => NN[k] === NB_STRINGS[k] && !SAME_IN_BOTH.has(k));
    expect(same).toEqual([]);
  });

  it('has no bokmål-only words', () => {
    for (const w of BOKMAL_WORDS) {
      const hits = NN_VALUES.filter(([, s]) => word(w).test(s)).map(([k]) => k);
      expect(hits, w).toEqual([]);
    }
  });

  it('uses the glossary, not the bokmål forms of its terms', () => {
    for (const re of BOKMAL_TERMS) {
      const hits = NN_VALUES.filter(([, s]) => re.test(s)).map(([k, s]) => `${k}: ${s}`);
      expect(hits, String(re)).toEqual([]);
    }
    const all = Object.values(NN).join('\n');
    for (const term of [
      'fastlegeordninga',
      'innbyggjarar',
      'køyringar',
      'uvisse',
      'sannsyn',
      'verkemidla',
      'føresetnad',
      'berekna',
      'samanlikn',
      'treffsikkerheit',
      'forventa',
      'heile landet',
      'kommunar',
      'fastlegar',
    ]) {
      expect(all.toLowerCase(), term).toContain(term);
    }
    expect(NN.myScenarios).toBe('Mine scenario');
    expect(NN.appLead).toMatch(/^Kva skjer med fastlegeordninga i kommunen din dei neste 15 åra\?/);
  });

  it('keeps the Norwegian quotes and per-cent spacing of the bokmål', () => {
    for (const [k, s] of NN_VALUES) {
      expect(s, k).not.toMatch(/[“”"]/);
      expect(s.split('«').length, k).toBe(s.split('»').length);
      expect(s, k).not.toMatch(/\d%/);
    }
  });

  it('is what t() shows once nynorsk is registered and chosen', () => {
    registerLocale('nn', NN);
    setLocale('nn');
    expect(t('kfWithout', { year: 2030 })).toBe('Utan fastlege 2030');
    expect(t('compareRunning', { name: 'A', i: 1, n: 3 })).toBe('Køyrer A (1 av 3) …');
    setLocale('nb');
    expect(t('kfWithout', { year: 2030 })).toBe('Uten fastlege 2030');
  });
});
