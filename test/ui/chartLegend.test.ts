// The HTML legend's entries (src/ui/chartLegend.ts), read from the datasets a chart draws: a band's transparent p10
// base has no entry, a band is a filled swatch, a dashed line keeps its dash, crosses without a line keep their
// marker, and hiding a band hides its base with it. The DOM part (wrapping at 390 px, one tab stop, arrow keys) is
// tried in Chromium: test/e2e/chartLegend.test.ts.
import type { ChartDataset } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { applyHidden, isBandBase, legendEntries } from '../../src/ui/chartLegend.ts';

type Dataset = ChartDataset<'line', { x: number; y: number }[]>;

const datasets = (): Dataset[] => [
  { label: 'p10', data: [], fill: false, borderColor: 'transparent', backgroundColor: 'rgba(0,114,178,0.18)' },
  {
    label: 'Ditt scenario, 80 % usikkerhet (p10–p90)',
    data: [],
    fill: '-1',
    borderColor: 'transparent',
    backgroundColor: 'rgba(0,114,178,0.18)',
  },
  { label: 'Dagens politikk', data: [], borderColor: '#0072B2', borderDash: [6, 4], pointRadius: 0, fill: false },
  { label: 'Ditt scenario', data: [], borderColor: '#0072B2', pointStyle: 'triangle', pointRadius: 3, fill: false },
  { label: 'Faktisk (SSB)', data: [], borderColor: '#1a1a1a', pointStyle: 'crossRot', showLine: false, pointRadius: 7 },
];

describe('legendEntries', () => {
  it('leaves the band base out and draws each entry as the chart does', () => {
    const e = legendEntries(datasets());
    expect(e.map((x) => x.label)).toEqual([
      'Ditt scenario, 80 % usikkerhet (p10–p90)',
      'Dagens politikk',
      'Ditt scenario',
      'Faktisk (SSB)',
    ]);
    expect(e[0]).toMatchObject({ kind: 'band', colour: 'rgba(0,114,178,0.18)', marker: '' });
    expect(e[1]).toMatchObject({ kind: 'line', colour: '#0072B2', dash: '6 4', marker: '', showLine: true });
    expect(e[2]).toMatchObject({ kind: 'line', dash: '', marker: 'triangle' });
    expect(e[3]).toMatchObject({ kind: 'line', colour: '#1a1a1a', marker: 'crossRot', showLine: false });
  });

  it('says which lines are the runs’ medians and which their means (never a band)', () => {
    const d = datasets();
    const e = legendEntries(
      d,
      new Map<object, 'median' | 'mean'>([
        [d[1]!, 'median'],
        [d[2]!, 'mean'],
        [d[3]!, 'median'],
      ]),
    );
    expect(e.map((x) => x.centre)).toEqual(['', 'mean', 'median', '']);
    expect(legendEntries(d).every((x) => x.centre === '')).toBe(true);
  });

  it('knows a band base by its label, whatever series it belongs to', () => {
    expect(isBandBase('p10')).toBe(true);
    expect(isBandBase('Nye fastleger: p10')).toBe(true);
    expect(isBandBase('Ditt scenario, 80 % usikkerhet (p10–p90)')).toBe(false);
  });
});

describe('applyHidden', () => {
  it('hides a band with its base, and a line alone', () => {
    const d = datasets();
    applyHidden(d, new Set(['Ditt scenario, 80 % usikkerhet (p10–p90)', 'Ditt scenario']));
    expect(d.map((x) => x.hidden === true)).toEqual([true, true, false, true, false]);
  });

  it('changes nothing when nothing is hidden', () => {
    const d = datasets();
    applyHidden(d, new Set());
    expect(d.every((x) => x.hidden === undefined)).toBe(true);
  });
});
