// The council report (#15) in Node: the deck model for three compared scenarios (summary in plain words with the
// 80 % interval, key figures first, charts with bands, history, start line and region, the difference and budget
// tables, settings only where they differ, sources with links) and the .pptx and .pdf written from it, read back.
import { strFromU8, unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { deckBytes } from '../../src/ui/export/pptx.ts';
import { buildReport, chartSlide } from '../../src/ui/export/report/build.ts';
import { axisRange, reportPdfBytes } from '../../src/ui/export/report/pdf.ts';
import { setLocale } from '../../src/ui/i18n.ts';
import { CHART, INPUT, NAMES, report } from './h3Fixture.ts';

afterEach(() => setLocale('nb'));

type Files = Record<string, Uint8Array>;
const slidePaths = (files: Files) =>
  Object.keys(files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
const runs = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
function chartOf(files: Files, slide: string): string | null {
  const rels = strFromU8(files[slide.replace('slides/', 'slides/_rels/') + '.rels']!);
  const m = /relationships\/chart" Target="([^"]+)"/.exec(rels);
  return m ? strFromU8(files[m[1]!.startsWith('/') ? m[1]!.slice(1) : `ppt/${m[1]!.replace(/^\.\.\//, '')}`]!) : null;
}

describe('council report model', () => {
  it('summarises in plain Norwegian: what each scenario changes, the figures against current policy, the 80 % interval', () => {
    const d = report();
    expect(d.title).toBe('Fastlegeordningen i Bindal');
    for (const n of NAMES) expect(d.subtitle).toContain(n);
    const text = d.summary!.paragraphs.join('\n');
    expect(text).toContain('«Ekspertutvalgets pakke (2023)» endrer: Basistilskudd per innbygger: 1 200 kr');
    expect(text).toContain('«Legevaktpakke» endrer: Tak på pålagt legevakt');
    expect(text).toMatch(
      /Innbyggere uten fastlege i 2030: om lag [\d\s\u00a0]+ med «Ekspertutvalgets pakke \(2023\)» mot/,
    );
    expect(text).toMatch(/færre \(med 80\u00a0% sannsynlighet mellom [\d\s\u00a0]+ og [\d\s\u00a0]+ færre\)/);
    expect(text).toContain('Fastleger i 2030');
    expect(text).toContain('Legevakt i 2030');
    expect(text).toContain('Offentlige kostnader i 2030');
    expect(text).toContain('8 av 10 simuleringer');
  });

  it("a municipality's probabilities, as its key figures say them: a sentence per scenario and two rows with the change in points", () => {
    const events = (any: number, share5: number) => ({
      years: [2029, 2030],
      runs: 50,
      pAnyListWithoutGp: [0, any],
      pShareAtLeast5pct: [0, share5],
      meanResidentsWithoutGp: [0, 0],
      pooled: true,
      pAnyListWithoutGpRuns: [0, any],
      pShareAtLeast5pctRuns: [0, share5],
    });
    const poolWeights = { any: 0.54, share5: 0.47 };
    const withEvents = {
      ...INPUT,
      scenarios: INPUT.scenarios.map((s, i) => ({
        ...s,
        events: events([0.41, 0.3, 0.52][i]!, [0.36, 0.22, 0.97][i]!),
        poolWeights,
      })),
    };
    const { buildReport } = require_build();
    const d = buildReport(withEvents);
    const text = d.summary!.paragraphs.join('\n');
    expect(text).toContain(
      'Sannsynligheten for minst én liste uten fastlege i 2030: 30\u00a0% med «Ekspertutvalgets pakke (2023)» mot 40\u00a0% med dagens politikk; for at minst 5\u00a0% av innbyggerne står uten fastlege: 20\u00a0% mot 35\u00a0%.',
    );
    expect(text).toContain('står uten fastlege: >\u00a095\u00a0% mot 35\u00a0%.');
    expect(text).toContain(
      'simuleringene teller 54\u00a0% og hvor ofte kommuner som sto likt fikk det 46\u00a0% (for minst 5\u00a0%: 47\u00a0% og 53\u00a0%)',
    );
    // without a standing given, no naive forecast; with it, one sentence after the scenarios (or "too few")
    expect(text).not.toContain('uten modell');
    const standing = { start: 2025, band: '20\u00a0% eller mer', years: 5, cases: 87, from: 2015, until: 2025 };
    const naive = buildReport({ ...withEvents, standing: { ...standing, p: 0.55, share: 0.17 } });
    expect(naive.summary!.paragraphs).toContain(
      'Til sammenligning, uten modell: av kommunene som sto likt i 2025 (20\u00a0% eller mer uten fastlege), hadde 55\u00a0% minst én liste uten fastlege 5 år senere (87 tilfeller, SSB 2015–2025), og i snitt 17\u00a0% av innbyggerne var da uten fastlege.',
    );
    const few = buildReport({ ...withEvents, standing: { ...standing, p: null, share: null, cases: 0 } });
    expect(few.summary!.paragraphs.join(' ')).toContain(
      'for få kommuner sto likt i 2025 (20\u00a0% eller mer uten fastlege) til å si hvor ofte de hadde en liste uten fastlege 5 år senere',
    );
    // not for a region without probabilities
    expect(
      buildReport({ ...INPUT, standing: { ...standing, p: 0.55, share: 0.17 } }).summary!.paragraphs.join(' '),
    ).not.toContain('uten modell');
    // the weights once, after both compared scenarios
    expect(text.split('simuleringene teller').length - 1).toBe(1);
    const rows = d.keyFigures!.rows;
    expect(rows.find((r) => r[0] === 'Sannsynlighet for minst én liste uten fastlege 2030')).toEqual([
      'Sannsynlighet for minst én liste uten fastlege 2030',
      '40\u00a0%',
      '30\u00a0%\nmot dagens politikk: −10 prosentpoeng',
      '50\u00a0%\nmot dagens politikk: +10 prosentpoeng',
    ]);
    expect(rows.find((r) => r[0] === 'Sannsynlighet for at minst 5\u00a0% er uten fastlege 2030')?.[3]).toBe(
      '>\u00a095\u00a0%\nmot dagens politikk: +60 prosentpoeng',
    );
    expect(d.keyFigures!.note).toContain('vektet med hvor ofte kommuner som sto likt fikk det');
    // a larger area (no probabilities): neither the sentence nor the rows
    const area = report();
    expect(area.summary!.paragraphs.join(' ')).not.toContain('Sannsynligheten for minst én liste');
    expect(area.keyFigures!.rows.some((r) => r[0]!.startsWith('Sannsynlighet'))).toBe(false);
    expect(area.keyFigures!.note).not.toContain('Sannsynlighetene');
  });

  it('lists settings only where they differ, named per scenario; current policy is left out', () => {
    const d = report();
    const rows = d.settings.rows;
    expect(rows.map((r) => r[0])).not.toContain('Dagens politikk');
    expect(rows.some((r) => r.join(' ').includes('Ingen: dagens politikk'))).toBe(false);
    expect(rows).toContainEqual(['Legevaktpakke', 'Tak på pålagt legevakt', '20 timer (startår 2027)', 'ingen']);
    const none = { ...INPUT, scenarios: INPUT.scenarios.map((s, i) => (i === 2 ? { ...s, settings: [] } : s)) };
    const { buildReport } = require_build();
    expect(buildReport(none).settings.rows).toContainEqual([
      'Legevaktpakke',
      'Ingen endringer fra dagens politikk',
      '',
      '',
    ]);
  });

  it('gives each chart the region in its title, the bands, the history and the start line', () => {
    const c = report().charts[0]!;
    expect(c.title).toBe('Innbyggere uten fastlege – Bindal');
    expect(c.bands!.map((b) => b.name)).toEqual(NAMES.map((n) => `${n}: 80\u00a0% intervall`));
    expect(c.years[0]).toBe(2019);
    expect(c.series.find((s) => s.history)!.values.filter((v) => v !== null)).toHaveLength(7);
    expect(c.markers).toContainEqual({ year: 2025, label: 'Start 31.12.2025', start: true });
    expect(c.markers).toContainEqual({ year: 2026, label: 'Basistilskudd fra 2027' });
    // the projection joins the last observed value at the start
    expect(c.series[0]!.values[c.years.indexOf(2025)]).toBe(40 + 6 * 12);
    expect(c.caption).toContain('80\u00a0%');
  });

  it('joins only the lines of the quantity the history measures (before: every line began at the history)', () => {
    // the GP chart: all GPs with their history, specialists beside them (Bergen's report drew the specialists,
    // trainees and salaried GPs falling from all 265 GPs in 2025 to their own levels in 2026)
    const slide = chartSlide(
      {
        title: 'Fastleger',
        unit: 'leger',
        scale: 'count',
        years: [2026, 2027],
        scenarios: [
          {
            name: 'Fastleger',
            line: [270, 275],
            p10: [260, 262],
            p90: [280, 290],
            colour: '0072B2',
            dash: 'solid',
            band: true,
            joinsHistory: true,
          },
          { name: 'Spesialister', line: [185, 190], colour: 'D55E00', dash: 'solid', band: false, joinsHistory: false },
        ],
        history: { name: 'Historikk', points: [2024, 2025].map((year, i) => ({ year, value: 260 + 5 * i })) },
        stamp: [],
        uncertain: true,
      },
      'Bergen',
    );
    expect(slide.years).toEqual([2024, 2025, 2026, 2027]);
    expect(slide.series.find((s) => s.name === 'Fastleger')!.values).toEqual([null, 265, 270, 275]);
    expect(slide.series.find((s) => s.name === 'Spesialister')!.values).toEqual([null, null, 185, 190]);
    expect(slide.bands![0]!.p10).toEqual([null, 265, 260, 262]);
  });

  it('says the lines are the median, unless they are the mean: then the band alone, and the caveat says mean', () => {
    const [c] = INPUT.charts;
    const median = chartSlide({ ...c!, uncertain: true }, 'Bindal').caption;
    expect(median).toMatch(/^Linjene er medianen; det skraverte båndet viser hvor 80\u00a0% av simuleringene havner/);
    const mean = chartSlide({ ...c!, uncertain: true, mean: true }, 'Bindal').caption;
    expect(mean).toMatch(/^Det skraverte båndet viser hvor 80\u00a0% av simuleringene havner/);
    expect(mean).not.toMatch(/median/);
    // one run has no median or mean to speak of
    expect(chartSlide({ ...c!, uncertain: false, mean: true }, 'Bindal').caption).toMatch(
      /^Én beregning uten usikkerhet/,
    );
  });

  it("carries each chart's caveats after its caption, as under the chart on screen (chartCautions.ts)", () => {
    const cautions = ['Fra 2025 til 2026 faller linja med 41\u00a0%.', 'Båndet er prøvd 3–5 år fram.'];
    const input = { ...INPUT, charts: INPUT.charts.map((c, i) => (i === 0 ? { ...c, cautions } : c)) };
    const [first, second] = build.buildReport(input).charts;
    expect(first!.caption).toBe(`${report().charts[0]!.caption} ${cautions.join(' ')}`);
    expect(second!.caption).toBe(report().charts[1]!.caption);
  });
});

// the build module, for a second input in one test
import * as build from '../../src/ui/export/report/build.ts';
const require_build = () => build;

describe('council report PowerPoint', () => {
  it('has title, summary, key figures first, native charts with bands, the track record, tables, settings and sources', async () => {
    const bytes = await deckBytes(report());
    writeFileSync('/tmp/h3-report-unit.pptx', bytes);
    const files = unzipSync(bytes);
    const slides = slidePaths(files).map((p) => ({ p, runs: runs(strFromU8(files[p]!)), chart: chartOf(files, p) }));
    expect(slides[0]!.runs).toContain('Fastlegeordningen i Bindal');
    expect(slides[1]!.runs[0]).toBe('Sammendrag – Bindal');
    expect(slides[1]!.runs.join(' ')).toContain('med 80\u00a0% sannsynlighet mellom');
    expect(slides[2]!.runs[0]).toBe('Nøkkeltall – Bindal');
    const charts = slides.filter((s) => s.chart);
    expect(charts).toHaveLength(2);
    expect(slides.indexOf(charts[0]!)).toBe(3); // key figures before the charts
    for (const s of charts) {
      expect(s.runs[0]).toMatch(/ – Bindal$/);
      const xml = s.chart!;
      // the band: a stacked area, its transparent p10 base out of the legend, under the lines
      expect(xml).toContain('<c:areaChart><c:grouping val="stacked"/>');
      expect(xml.indexOf('<c:areaChart>')).toBeLessThan(xml.indexOf('<c:lineChart>'));
      expect(xml).toContain('<a:noFill/>');
      expect(xml).toContain('<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>');
      for (const n of NAMES) {
        expect(xml).toContain(`<c:v>${n}: 80\u00a0% intervall</c:v>`);
        expect(xml).toContain(`<c:v>${n}</c:v>`);
      }
      // history with crosses; each scenario its own dash
      expect(xml).toContain('<c:v>Historikk</c:v>');
      expect(xml).toContain('<c:symbol val="x"/>');
      expect(xml).toContain('<a:prstDash val="sysDot"/>');
      expect(xml).toContain('<a:prstDash val="dash"/>');
      // the start line's label and the stamp once on the slide
      expect(s.runs).toContain('Start 31.12.2025');
      const stampRuns = s.runs.filter((r) => r.startsWith('Fastlegesimulatoren 0.1.0'));
      expect(stampRuns).toHaveLength(1);
    }
    // how well the model has done there: a text slide of its own, after the charts and before the tables
    const track = slides.findIndex((s) => s.runs[0] === 'Hvor godt har modellen truffet? – Bindal');
    expect(track).toBe(slides.indexOf(charts[1]!) + 1);
    expect(slides[track]!.runs.join(' ')).toContain('i 3 av 3 år for andelen uten fastlege');
    const all = slides.map((s) => s.runs.join(' | ')).join('\n');
    expect(all).toContain('Forskjell mellom scenarioene');
    expect(all).toContain('Budsjett');
    expect(all).toContain('−16 (−30 til −5)');
    expect(all).toContain('Dette er endret fra dagens politikk');
    expect(all).not.toContain('Ingen: dagens politikk');
    expect(all).toContain('Kilder');
    // the source's link is a hyperlink
    const sourcesSlide = slidePaths(files).at(-1)!;
    expect(strFromU8(files[sourcesSlide]!)).toContain('<a:hlinkClick');
    expect(strFromU8(files[sourcesSlide.replace('slides/', 'slides/_rels/') + '.rels']!)).toContain(
      'https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten',
    );
  });
});

describe('council report PDF (A4)', () => {
  it('is an A4 PDF with the summary, the scenario names, the tables, the sources with a link', () => {
    const bytes = reportPdfBytes(report());
    writeFileSync('/tmp/h3-report-unit.pdf', bytes);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(raw).toContain('(Fastlegeordningen i Bindal)');
    expect(raw).toContain('Sammendrag');
    expect(raw).toContain('Legevaktpakke');
    expect(raw).toContain('Forskjell mellom scenarioene');
    expect(raw).toContain('Hvor godt har modellen truffet?');
    expect(raw).toContain('/URI (https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten)');
    expect(raw).toContain('Start 31.12.2025');
  });

  it("keeps each chart's caption and stamp on the page of its plot, two charts a page", () => {
    // a caption of several lines, as the app's charts have (the band, the history, what has been tried)
    const CAUTION =
      'Linja er medianen av køyringane: i ein liten kommune er utfallet anten ingen eller ei heil liste utan fastlege, så linja kan stå på 0 sjølv om det er ein reell sjanse for ei ledig liste. Uvissebandet er prøvd mot det som skjedde 3–5 år fram; lenger fram er det anslaget til modellen, ikkje prøvd.';
    const titles = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'].map((t) => `Figur ${t}`);
    const raw = Buffer.from(
      reportPdfBytes(
        buildReport({
          ...INPUT,
          charts: titles.map((title) => ({ ...CHART, title, cautions: [CAUTION, CAUTION, CAUTION] })),
        }),
      ),
    ).toString('latin1');
    // jsPDF writes each page object followed by its content stream, in page order
    const pageStarts = [...raw.matchAll(/\/Type \/Page\n/g)].map((m) => m.index);
    const pageAt = (i: number) => pageStarts.filter((p) => p < i).length;
    const pages = titles.map((t) => {
      const at = raw.indexOf(`(${t}`);
      expect(at, t).toBeGreaterThan(0);
      // the stamp's last line ("Kilder: …") after the title: the chart's own
      const stampEnd = raw.indexOf(`(${CHART.stamp.at(-1)!.slice(0, 7)}`, at);
      expect(pageAt(stampEnd), `${t}: its stamp's last line on the page of its title`).toBe(pageAt(at));
      return pageAt(at);
    });
    // two charts a page: the plots are made a little lower rather than one chart a page
    const perPage = new Map<number, number>();
    for (const p of pages) perPage.set(p, (perPage.get(p) ?? 0) + 1);
    expect(Math.max(...perPage.values())).toBe(2);
    expect(perPage.size).toBe(Math.ceil(titles.length / 2));
  });

  it('writes in English when the UI is English', () => {
    setLocale('en');
    const d = report();
    expect(d.title).toBe('The GP scheme in Bindal');
    expect(d.summary!.paragraphs.join(' ')).toContain('with 80\u00a0% probability between');
  });
});

describe('council report PDF: value axis', () => {
  it('gives a chart of zeros one whole step (before: steps of 1e-10, five labels "0")', () => {
    expect(axisRange([0, 0, 0], 'count')).toEqual({ lo: 0, hi: 1, step: 1 });
    expect(axisRange([], 'count')).toEqual({ lo: 0, hi: 1, step: 1 });
  });

  it('steps of at least the finest label a scale shows: whole counts, tenths of hours, per cent and millions', () => {
    // a band up to 2.4 vacant lists: 0, 1, 2, 3
    expect(axisRange([0, 1, 2.4], 'count')).toEqual({ lo: 0, hi: 3, step: 1 });
    expect(axisRange([0, 0.03], 'decimal').step).toBe(0.1);
    expect(axisRange([0, 0.03], 'percent').step).toBe(0.1);
    expect(axisRange([0.17, 0.2], 'millNok')).toEqual({ lo: 0, hi: 0.2, step: 0.1 });
  });

  it('keeps round steps for ordinary charts, from 0 or from the lowest value below it', () => {
    expect(axisRange([850, 1000, 1230], 'count')).toEqual({ lo: 0, hi: 1500, step: 500 });
    expect(axisRange([-3, 12], 'percent')).toEqual({ lo: -5, hi: 15, step: 5 });
  });
});
