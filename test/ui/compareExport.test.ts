// The comparison's export file (src/ui/compare/compareExport.ts): named after "sammenligning" and the region, its
// stamp from the compared scenarios, runs and seed, the region and local measures the page gives, above the
// tables.
import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/ui/compare/comparePanel.ts';
import { comparisonExport, type ComparisonExportPage } from '../../src/ui/compare/compareExport.ts';
import { t } from '../../src/ui/i18n.ts';
import type { RunRequest } from '../../src/ui/sim/protocol.ts';

const REQUESTS: RunRequest[] = [
  { levers: {}, assumptions: {}, formulas: {}, region: 'kommune:1811', endYear: 2040 },
  { levers: { capitationRate: 1000 }, assumptions: {}, formulas: {}, region: 'kommune:1811', endYear: 2040 },
];
const RESULT = {
  keys: ['baseline', 'current'],
  requests: REQUESTS,
  names: ['Dagens politikk', 'Mitt scenario'],
  runs: [{ years: [2026, 2040], runs: 200 }],
  region: 'kommune:1811',
} as unknown as CompareResult;
const TABLES = {
  header: ['Utfall', 'År', 'Dagens politikk: forventet'],
  rows: [['Innbyggere uten fastlege (personer)', '2030', 123.4]],
};

function page(asked: RunRequest[][]): ComparisonExportPage {
  return {
    regionName: () => 'Bindal',
    imputed: () => ['Bindal'],
    localSummary: (reqs) => (asked.push([...reqs]), ['Bindal (egne tall)']),
    appVersion: '9.9.9',
    dataVersion: 'SSB 2025',
  };
}

describe('comparisonExport', () => {
  it('writes the stamp and the tables as CSV, named after the comparison and the region', async () => {
    const asked: RunRequest[][] = [];
    const { file, blob } = await comparisonExport('csv', TABLES, RESULT, page(asked));
    expect(file).toMatch(/^fastlegesimulatoren-sammenligning-bindal-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const lines = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`${t('compareDiffHeading')} – Bindal (${t('budgetHeading').toLowerCase()})`);
    expect(lines[1]).toContain('Dagens politikk, Mitt scenario');
    expect(lines[1]).toContain('200');
    expect(lines[2]).toContain('9.9.9');
    expect(lines.some((l) => l.includes('Bindal (egne tall)'))).toBe(true);
    expect(lines).toContain('Utfall;År;Dagens politikk: forventet');
    expect(lines.some((l) => l.startsWith('Innbyggere uten fastlege (personer);2030;'))).toBe(true);
    // the local measures are those of every compared scenario
    expect(asked).toEqual([REQUESTS]);
  });

  it('writes Excel for xlsx', async () => {
    const { file, blob } = await comparisonExport('xlsx', TABLES, RESULT, page([]));
    expect(file).toMatch(/\.xlsx$/);
    expect(blob.size).toBeGreaterThan(0);
  });
});
