// The map and the reference-line switch in share links (issue #16, src/ui/scenarios/shareLink.ts): a link with the
// map open (outcome, view, year, county) and the lines on round-trips; links without them (version 1, and version 2
// made before) still open, with the map closed and the lines off; each bad map field is refused with a message naming
// the field and what it expects, in English and in Norwegian (errorText.ts); a county the data does not know is
// refused by linkCheck.ts. The link's lists are the map's own.
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';
import { MAP_MEASURES, MAP_VIEWS } from '../../src/ui/map/mapData.ts';
import { vetLink } from '../../src/ui/scenarios/linkCheck.ts';
import {
  decodeLink,
  encodeLink,
  LINK_MAP_OUTCOMES,
  LINK_MAP_VIEWS,
  LINK_MAP_YEARS,
  LINK_VERSION,
  type LinkState,
} from '../../src/ui/scenarios/shareLink.ts';
import { MAP_FIRST_YEAR } from '../../src/ui/sim/mapCompute.ts';
import { END_YEAR } from '../../src/ui/state.ts';

const STATE: LinkState = {
  lang: 'nb',
  region: 'kommune:1811',
  runs: 200,
  levers: { capitationRate: 1200 },
  assumptions: {},
  formulas: {},
  tables: ['withoutGpShare'],
  map: { outcome: 'meanListLength', view: 'diff', year: 2033, county: '18' },
  refs: true,
};

const REGIONS = new Set([
  'national',
  ...MUNICIPALITIES.map((m) => `fylke:${m.county}`),
  ...MUNICIPALITIES.map((m) => `kommune:${m.code}`),
]);

/** A payload compressed by hand, as an older app or a hand-edited link would write it. */
const rawLink = (payload: unknown, version = LINK_VERSION): string =>
  `s${version}.${compressToEncodedURIComponent(JSON.stringify(payload))}`;

const BASE = { v: LINK_VERSION, lang: 'nb', region: 'kommune:1811', runs: 200, levers: {} };

function errorOf(payload: unknown): string {
  const d = decodeLink(rawLink(payload));
  if (d.ok) throw new Error(`expected an error for ${JSON.stringify(payload)}`);
  return d.error;
}

describe('the map in a share link', () => {
  it('round-trips the map (outcome, view, year, county) and the reference lines', () => {
    expect(decodeLink(encodeLink(STATE))).toEqual({ ok: true, state: STATE });
    // the whole country: no county written
    const country: LinkState = { ...STATE, map: { outcome: 'pListWithoutGp', view: 'current', year: 2040 } };
    expect(decodeLink(encodeLink(country))).toEqual({ ok: true, state: country });
    // the map closed and the lines off: neither is written
    const closed: LinkState = { ...STATE, map: undefined, refs: false };
    const decoded = decodeLink(encodeLink(closed));
    expect(decoded.ok && decoded.state).not.toHaveProperty('map');
    expect(decoded.ok && decoded.state).not.toHaveProperty('refs');
  });

  it('opens links made before the map was linked, with the map closed and the lines off', () => {
    const v2 = decodeLink(rawLink(BASE));
    expect(v2.ok).toBe(true);
    expect(v2.ok && v2.state.map).toBeUndefined();
    expect(v2.ok && v2.state.refs).toBeUndefined();
    const v1 = decodeLink(rawLink({ ...BASE, v: 1 }, 1));
    expect(v1).toMatchObject({ ok: true, state: { region: 'kommune:1811' } });
    expect(v1.ok && v1.state.map).toBeUndefined();
  });

  it('names each bad map field and what it expects', () => {
    const map = { outcome: 'withoutGpShare', view: 'current', year: 2030 };
    const cases: [unknown, string][] = [
      ['open', 'link: map: expected an object, got "open"'],
      [{ view: 'current', year: 2030 }, 'link: map.outcome: expected one of "withoutGpShare", "pListWithoutGp", '],
      [{ ...map, outcome: 'listLength' }, 'link: map.outcome: expected one of '],
      [{ ...map, view: 'scenario' }, 'link: map.view: expected one of "current", "baseline", "diff", got "scenario"'],
      [{ ...map, year: 2014 }, 'link: map.year: expected a whole number from 2015 to 2040, got 2014'],
      [{ ...map, year: 2041 }, 'link: map.year: expected a whole number from 2015 to 2040, got 2041'],
      [{ ...map, year: 2030.5 }, 'link: map.year: expected a whole number from 2015 to 2040, got 2030.5'],
      [{ ...map, year: '2030' }, 'link: map.year: expected a whole number from 2015 to 2040, got "2030"'],
      [
        { outcome: 'withoutGpShare', view: 'current' },
        'link: map.year: expected a whole number from 2015 to 2040, got nothing',
      ],
      [{ ...map, county: '1' }, 'link: map.county: expected a county number of two digits, got "1"'],
      [{ ...map, county: 18 }, 'link: map.county: expected a county number of two digits, got 18'],
    ];
    for (const [value, message] of cases) expect(errorOf({ ...BASE, map: value })).toContain(message);
    expect(errorOf({ ...BASE, map: { ...map, outcome: 'listLength' } })).toContain('got "listLength"');
    expect(errorOf({ ...BASE, refs: 'yes' })).toBe('link: refs: expected true or false, got "yes"');
  });

  it('says each message in Norwegian', () => {
    const no = (payload: unknown) => localizeErrorDetail(errorOf(payload), 'nb');
    expect(no({ ...BASE, map: 'open' })).toBe('lenke: map: forventet et objekt, fikk "open"');
    expect(no({ ...BASE, map: { outcome: 'x', view: 'current', year: 2030 } })).toMatch(
      /^lenke: map\.outcome: forventet ett av "withoutGpShare", .*, "gpsPer1000", fikk "x"$/,
    );
    expect(no({ ...BASE, map: { outcome: 'withoutGpShare', view: 'current', year: 1999 } })).toBe(
      'lenke: map.year: forventet et heltall fra 2015 til 2040, fikk 1999',
    );
    expect(no({ ...BASE, map: { outcome: 'withoutGpShare', view: 'current', year: 2030, county: 'x' } })).toBe(
      'lenke: map.county: forventet et fylkesnummer med to sifre, fikk "x"',
    );
    expect(no({ ...BASE, refs: 1 })).toBe('lenke: refs: forventet true eller false, fikk 1');
  });

  it('refuses a county the data does not know, as it does a region', async () => {
    const link = (county: string) =>
      vetLink(decodeLink(encodeLink({ ...STATE, map: { ...STATE.map!, county } })), REGIONS);
    expect(await link('18')).toMatchObject({ ok: true });
    const bad = await link('99');
    expect(bad).toEqual({ ok: false, error: 'link: map.county: no such county "99"' });
    expect(localizeErrorDetail((bad as { error: string }).error, 'nb')).toBe('lenke: map.county: ukjent fylke «99»');
  });

  it("the link's outcomes, views and years are the map's", () => {
    expect([...LINK_MAP_OUTCOMES]).toEqual([...MAP_MEASURES]);
    expect([...LINK_MAP_VIEWS].sort()).toEqual([...MAP_VIEWS].sort());
    expect([...LINK_MAP_YEARS]).toEqual([MAP_FIRST_YEAR, END_YEAR]);
  });
});
