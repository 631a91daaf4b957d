// Error details of refused files and links in Norwegian: the checks' real messages (produced here by the same
// functions the page uses) come out with Norwegian phrasing and the field paths intact; English pages and
// unknown phrasing are unchanged.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/run/scenario.ts';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';
import { decodeLink } from '../../src/ui/scenarios/shareLink.ts';
import { parseImport } from '../../src/ui/scenarios/document.ts';

const nb = (s: string) => localizeErrorDetail(s, 'nb');
const scenarioErrors = (levers: unknown, extra: Record<string, unknown> = {}): string[] => {
  const r = parseScenario({ schemaVersion: 1, id: 'x', name: { nb: 'x', en: 'x' }, levers, ...extra });
  return r.ok ? [] : r.errors;
};
/** No English phrase left (the words the checks use); field paths and identifiers may stay. */
const ENGLISH = /\b(expected|got|unknown|number|from \d|object|array|link|file|damaged|newer|larger|region)\b/;

describe('localizeErrorDetail', () => {
  it('lever values: range, not a number, unknown lever, unknown field, start', () => {
    const errors = [
      ...scenarioErrors({ capitationRate: 5000 }),
      ...scenarioErrors({ capitationRate: 'abc' }),
      ...scenarioErrors({ noSuchLever: 1 }),
      ...scenarioErrors({ capitationRate: { value: 900, from: '2027', extra: 1 } }),
      ...scenarioErrors({ capitationRate: { value: 900, from: '27' } }),
      ...scenarioErrors({ capitationRate: { value: 900, from: '2070' } }),
    ];
    expect(errors.length).toBe(6);
    const out = errors.map(nb);
    expect(out[0]).toBe(
      'levers.capitationRate: virkemiddel «capitationRate»: forventet et tall fra 400 til 1700, fikk 5000',
    );
    expect(out[2]).toBe('levers.noSuchLever: ukjent virkemiddel «noSuchLever»');
    expect(out[3]).toContain('ukjent felt (forventet «value», «from» og «until», eller «steps»)');
    expect(out[4]).toContain('forventet en start «ÅÅÅÅ» eller «ÅÅÅÅ-MM», fikk "27"');
    expect(out[5]).toContain('startåret må være 2020–');
    for (const e of out) expect(e.replace(/"[^"]*"|«[^»]*»|^[\w.[\]]+: /g, ''), e).not.toMatch(ENGLISH);
  });

  it('assumptions, formulas, the id and the schema version', () => {
    const out = [
      ...scenarioErrors({}, { assumptions: { noSuch: 1, leaveHours: 99 } }),
      ...scenarioErrors({}, { formulas: { noSuch: '1' } }),
      ...scenarioErrors({}, { id: '' }),
      ...scenarioErrors({}, { schemaVersion: 3 }),
    ].map(nb);
    expect(out).toContain('assumptions.noSuch: ukjent forutsetning «noSuch»');
    expect(out.some((e) => /^assumptions\.leaveHours: forventet et tall fra \S+ til \S+, fikk 99$/.test(e))).toBe(true);
    expect(out).toContain('formulas.noSuch: ukjent responsfunksjon «noSuch»');
    expect(out).toContain('id: forventet 1–64 bokstaver, sifre, «-» eller «_», fikk ""');
    expect(out).toContain('schemaVersion: 3 er nyere enn denne versjonen av appen forstår (2)');
  });

  it('files and links', () => {
    const bad = parseImport('{"format": ', '2026-01-01T00:00:00Z');
    expect(bad.ok).toBe(false);
    expect(nb(bad.ok ? '' : bad.errors[0]!)).toMatch(/^fil: ikke gyldig JSON \(/);
    expect(nb('file: larger than 1000000 bytes')).toBe('fil: større enn 1000000 byte');
    const link = decodeLink('#s1.garbage');
    expect(link.ok).toBe(false);
    expect(nb(link.ok ? '' : link.error)).toBe('lenke: skadet eller avkortet');
    expect(nb('link: made by a newer version of the app (link version 9, this app 1)')).toBe(
      'lenke: laget av en nyere versjon av appen (lenkeversjon 9, denne appen 1)',
    );
    expect(nb('scenarios[0].region: no such region "kommune:9999"')).toBe(
      'scenarios[0].region: ukjent område «kommune:9999»',
    );
  });

  it('leaves English pages and unknown phrasing as they are', () => {
    const s = 'levers.capitationRate: lever "capitationRate": expected a number from 400 to 1700, got 5000';
    expect(localizeErrorDetail(s, 'en')).toBe(s);
    expect(nb('something else entirely')).toBe('something else entirely');
  });
});
