// Export text: CSV in Norwegian Excel's format and the stamp every export carries, in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { csvNumber, toCsv } from '../../src/ui/export/csv.ts';
import {
  sourcePublishers,
  STAMP_LINE_CHARS,
  stampLines,
  stampWithCautions,
  wrapText,
  type StampInput,
} from '../../src/ui/export/stamp.ts';
import { setLocale } from '../../src/ui/i18n.ts';

afterEach(() => setLocale('nb'));

describe('CSV', () => {
  it('writes numbers with a decimal comma, ASCII minus, no grouping, at most 6 decimals', () => {
    expect(csvNumber(1234567.891)).toBe('1234567,891');
    expect(csvNumber(-12.5)).toBe('-12,5');
    expect(csvNumber(1 / 3)).toBe('0,333333');
    expect(csvNumber(-1e-9)).toBe('0');
    expect(csvNumber(Number.NaN)).toBe('');
  });

  it('starts with a BOM, separates with semicolons, ends lines with CRLF and quotes what needs it', () => {
    const text = toCsv(
      ['Tittel; med semikolon', 'Linje "to"'],
      ['År', 'Verdi'],
      [
        ['2030', 1.5],
        ['2031', undefined],
      ],
    );
    expect(text).toBe('\uFEFF"Tittel; med semikolon"\r\n"Linje ""to"""\r\n\r\nÅr;Verdi\r\n2030;1,5\r\n2031;\r\n');
  });
});

describe('CSV formula injection (OWASP): text cells that a spreadsheet would run get a leading apostrophe', () => {
  const hyperlink = '=HYPERLINK("http://example.com/x";"Klikk")';
  const dde = "@SUM(1+1)*cmd|' /C calc'!A0";

  it('neutralises hostile names in stamp lines, headers and text cells; numbers stay numbers', () => {
    const text = toCsv(
      [hyperlink, dde, '+1+2', '-2+3', '\tTab', 'Scenarioer: Dagens politikk'],
      ['År', hyperlink, dde],
      [
        ['2030', -1.5, 2],
        ['=1+1', -0.25, '-stuff'],
      ],
    );
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://example.com/x"";""Klikk"")"`);
    expect(lines[1]).toBe(`'${dde}`);
    expect(lines[2]).toBe("'+1+2");
    expect(lines[3]).toBe("'-2+3");
    expect(lines[4]).toBe("'\tTab");
    expect(lines[5]).toBe('Scenarioer: Dagens politikk');
    expect(lines[7]).toBe(`År;"'=HYPERLINK(""http://example.com/x"";""Klikk"")";'${dde}`);
    expect(lines[8]).toBe('2030;-1,5;2');
    expect(lines[9]).toBe("'=1+1;-0,25;'-stuff");
  });

  it('a stamp line starting with CR is neutralised and quoted', () => {
    expect(toCsv(['\rx'], ['a'], []).split('\r\n')[0]).toBe(`\uFEFF"'\rx"`);
  });
});

describe('stamp', () => {
  const input: StampInput = {
    title: 'Fastleger',
    unit: 'leger',
    region: 'Evenes (1853), Nordland',
    imputed: ['Evenes'],
    scenarios: ['Dagens politikk', 'Legevaktpakke'],
    years: [2026, 2040],
    runs: 200,
    seed: 1,
    appVersion: '0.1.0',
    dataVersion: 'SSB 2025',
    date: new Date(Date.UTC(2026, 10, 24)),
  };

  it('names title, region, scenarios, horizon, runs and seed, versions, date, sources and an imputed start', () => {
    const lines = stampLines(input);
    expect(lines[0]).toBe('Fastleger – Evenes (1853), Nordland (leger)');
    expect(lines[1]).toBe(
      'Scenario: Dagens politikk, Legevaktpakke · per 31.12. 2026–2040 · median og 80\u00a0% intervall av 200 Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. 1)',
    );
    expect(lines[2]).toBe('Fastlegesimulatoren 0.1.0 · data SSB 2025 · laget 24. november 2026');
    expect(lines[3]).toContain('Statistisk sentralbyrå (SSB)');
    for (const p of sourcePublishers()) expect(lines[3]).toContain(p);
    expect(lines[4]).toBe('Merk: startverdiene for fastleger er anslått fra lignende kommuner for Evenes.');
  });

  it('a chart whose lines are the runs’ mean (the joiners and leavers) says mean, not median', () => {
    expect(stampLines({ ...input, mean: true })[1]).toBe(
      'Scenario: Dagens politikk, Legevaktpakke · per 31.12. 2026–2040 · gjennomsnitt og 80\u00a0% intervall av 200 Monte Carlo-kjøringer med tilfeldige hendelser (tilfeldig tallrekke nr. 1)',
    );
    setLocale('en');
    expect(stampLines({ ...input, mean: true })[1]).toMatch(/· mean and 80% interval of 200 Monte Carlo runs, seed 1$/);
    // one deterministic run has no runs to average
    expect(stampLines({ ...input, mean: true, runs: null })[1]).toMatch(/· expected path \(one run\)$/);
  });

  it('a probability chart says its figures are, per year, the share of the runs in which the event happens', () => {
    const lines = stampLines({ ...input, probability: true });
    expect(lines[1]).toBe(
      'Scenario: Dagens politikk, Legevaktpakke · per 31.12. 2026–2040 · andel av 200 Monte Carlo-kjøringer der ' +
        'hendelsen inntreffer, per år (tilfeldig tallrekke nr. 1)',
    );
    expect(lines.join('\n')).not.toMatch(/median|intervall/);
    // a municipality's probabilities, pooled with the base rates from where it stands, say so
    expect(stampLines({ ...input, probability: true, pooled: true })[1]).toMatch(
      /· andel av 200 Monte Carlo-kjøringer der hendelsen inntreffer, per år, vektet med hvor ofte kommuner som sto likt ved start fikk den \(tilfeldig tallrekke nr. 1\)$/,
    );
    setLocale('en');
    const en = stampLines({ ...input, probability: true });
    expect(en[1]).toBe(
      'Scenario: Dagens politikk, Legevaktpakke · at 31 Dec 2026–2040 · share of 200 Monte Carlo runs in which the ' +
        'event happens, per year; seed 1',
    );
    expect(en.join('\n')).not.toMatch(/median|interval/);
    // one deterministic run has no runs to count
    expect(stampLines({ ...input, probability: true, runs: null })[1]).toMatch(/· expected path \(one run\)$/);
  });

  it('a municipality’s base-rate line says what it counts, without a model', () => {
    const standing = { start: 2025, from: 2015, until: 2025 };
    const lines = stampLines({ ...input, probability: true, standing });
    expect(lines).toContain(
      'Kommuner som sto likt i 2025: andelen av tilfellene i SSB-tallene 2015–2025 der en kommune med samme andel ' +
        'uten fastlege hadde minst én liste uten fastlege like mange år senere (uten modell)',
    );
    expect(stampLines({ ...input, probability: true }).join('\n')).not.toContain('sto likt');
    // Treffsikkerhet's line is of 5 % or more, in the rows up to its start year
    expect(
      stampLines({ ...input, probability: true, standing: { start: 2022, until: 2022, event: 'share5' } }),
    ).toContain(
      'Kommuner som sto likt i 2022: andelen av tilfellene i SSB-tallene til og med 2022 der en kommune med samme ' +
        'andel uten fastlege hadde minst 5\u00a0% uten fastlege like mange år senere (uten modell)',
    );
    setLocale('en');
    expect(stampLines({ ...input, probability: true, standing }).join('\n')).toContain(
      'Municipalities alike in 2025: the share of cases in the SSB figures 2015–2025',
    );
  });

  it('follows the language and says when the figures are one deterministic run', () => {
    setLocale('en');
    const lines = stampLines({ ...input, runs: null, imputed: [] });
    expect(lines[1]).toMatch(/· expected path \(one run\)$/);
    expect(lines[2]).toMatch(/made 24 November 2026$/);
    expect(lines).toHaveLength(4);
  });
});

describe('the caveats with an exported chart', () => {
  const caution =
    'Linja er medianen av kjøringene: i en liten kommune er utfallet enten ingen eller en hel liste uten fastlege, så linja kan stå på 0 selv om det er en reell sjanse for en ledig liste.';

  it('breaks a sentence at spaces into lines no longer than an image stamp line holds, losing no word', () => {
    const lines = wrapText(caution);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(STAMP_LINE_CHARS);
    expect(lines.join(' ')).toBe(caution);
    expect(wrapText('kort')).toEqual(['kort']);
    expect(wrapText('')).toEqual([]);
    // a word longer than a line stands alone, whole
    expect(wrapText(`a ${'x'.repeat(150)} b`)).toEqual(['a', 'x'.repeat(150), 'b']);
  });

  it('comes after the stamp: whole sentences for a table, lines for an image or a PDF', () => {
    const stamp = ['Tittel – Nesna (prosent)', 'Scenario: …'];
    expect(stampWithCautions(stamp, [caution, 'Kort.'], false)).toEqual([...stamp, caution, 'Kort.']);
    expect(stampWithCautions(stamp, [caution, 'Kort.'], true)).toEqual([...stamp, ...wrapText(caution), 'Kort.']);
    expect(stampWithCautions(stamp, [], true)).toEqual(stamp);
  });
});
