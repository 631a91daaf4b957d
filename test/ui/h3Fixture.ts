// A council report input for three compared scenarios (Bindal), with seeded synthetic Monte Carlo runs, for the
// h3 report tests in Node and the LibreOffice conversion test.
import type { McRuns } from '../../src/engine/run/mcSummary.ts';
import { N_RESULTS, RESULT_IDS, type ResultId } from '../../src/engine/run/results.ts';
import { buildReport, type ChartInput, type ReportInput } from '../../src/ui/export/report/build.ts';
import type { Deck } from '../../src/ui/export/deck.ts';

export const YEARS = Array.from({ length: 15 }, (_, i) => 2026 + i);
export const NAMES = ['Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke'] as const;

/** Per scenario s, run r, result and year: a level that falls (s=1) or holds (s=2) with a run spread. */
function runs(s: number, n = 50): McRuns {
  const values = new Float64Array(n * N_RESULTS * YEARS.length);
  const base: Partial<Record<ResultId, number>> = {
    nResidentsWithoutGp: 120,
    nGps: 4,
    onCallHoursPerGpPerMonth: 60,
    publicCostNok: 9e6,
  };
  for (let r = 0; r < n; r++)
    RESULT_IDS.forEach((id, k) => {
      const b = base[id] ?? 10;
      YEARS.forEach((_, yi) => {
        const noise = ((r * 37) % n) / n - 0.5; // the same per run in every scenario (paired)
        const effect = id === 'nResidentsWithoutGp' ? -s * 4 * yi : id === 'publicCostNok' ? s * 2e5 * yi : 0;
        values[(r * N_RESULTS + k) * YEARS.length + yi] = b + effect + noise * b * 0.3 + (s === 2 ? yi * 0.5 : 0);
      });
    });
  return { years: YEARS, runs: n, firstRun: 0, seed: 1, values };
}

export const RUNS = [runs(0), runs(1), runs(2)];

const p = (s: number, q: number) => YEARS.map((_, yi) => 120 - s * 4 * yi + q * 20);

export const CHART: ChartInput = {
  title: 'Innbyggere uten fastlege',
  unit: 'personer',
  scale: 'count',
  years: YEARS,
  scenarios: NAMES.map((name, s) => ({
    name,
    line: p(s, 0),
    p10: p(s, -1),
    p90: p(s, 1),
    colour: ['0072B2', 'D55E00', '009E73'][s]!,
    dash: (['solid', 'dash', 'sysDot'] as const)[s]!,
    joinsHistory: true,
  })),
  history: {
    name: 'Historikk',
    points: [2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year, i) => ({ year, value: 40 + i * 12 })),
  },
  markers: [{ year: 2027, label: 'Basistilskudd fra 2027' }],
  stamp: [
    'Innbyggere uten fastlege – Bindal (personer)',
    'Scenario: Dagens politikk, Ekspertutvalgets pakke (2023), Legevaktpakke · per 31.12. 2026–2040 · 50 kjøringer, frø 1',
    'Fastlegesimulatoren 0.1.0 · data SSB 2025 · laget 4. desember 2026',
    'Kilder: Statistisk sentralbyrå (SSB), Helsedirektoratet, Helfo, Kartverket',
  ],
  uncertain: true,
};

export const INPUT: ReportInput = {
  region: 'Bindal',
  reference: 0,
  scenarios: NAMES.map((name, s) => ({
    name,
    isBaseline: s === 0,
    settings:
      s === 0
        ? []
        : s === 1
          ? [
              ['Basistilskudd per innbygger', '1 200 kr (startår 2027)', '1 000 kr'],
              ['Rekrutteringstilskudd', '300 000 kr (startår 2027)', '0 kr'],
            ]
          : [['Tak på pålagt legevakt', '20 timer (startår 2027)', 'ingen']],
    runs: RUNS[s]!,
    value: () => NaN,
  })),
  charts: [CHART, { ...CHART, title: 'Fastleger', unit: 'leger' }],
  tables: [
    {
      heading: 'Forskjell mellom scenarioene',
      columns: ['Utfall', 'År', 'Dagens politikk', 'Ekspertutvalgets pakke (2023)', 'Legevaktpakke'],
      rows: [['Innbyggere uten fastlege', '2030', '120', '−16 (−30 til −5)', '−32 (−50 til −12)']],
    },
    {
      heading: 'Budsjett',
      columns: ['Scenario', 'År', 'Kommune', 'Stat', 'Sum', 'Ekstra', 'Får fastlege', 'Per innbygger'],
      rows: [['Legevaktpakke', '2030', '4', '5', '9', '+1,6 (1,2 – 2,0)', '+32', '50 000 kr']],
      note: 'Rammer: 690 mill. kr (2023)',
    },
  ],
  sources: [
    {
      text: 'SSB: Allmennlegetjenesten.',
      url: 'https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten',
    },
    { text: 'Vi skal løse fastlegekrisen. Dagens Medisin, 17. august 2022.' },
  ],
  runs: 50,
  lastYear: 2040,
  date: new Date(2026, 11, 4),
  appVersion: '0.1.0',
  trackRecord: [
    'For å se hva tallene er verdt, startet vi modellen 31. desember 2022 med bare det som var kjent da.',
    'For Bindal traff modellens 80 %-intervall det som skjedde i 3 av 3 år for andelen uten fastlege.',
  ],
};

export const report = (): Deck => buildReport(INPUT);
