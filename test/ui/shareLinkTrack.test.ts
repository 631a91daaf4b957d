// Share links and the "Treffsikkerhet" panel (issue #13): a link made with the panel open carries its start year and
// round-trips; a link without the field (every link made before) opens the panel closed; a bad value refuses the
// link with a message that names the field and the start years there are, in English and, on a Norwegian page, in
// bokmål; no value of the field makes decodeLink throw.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';
import { decodeLink, encodeLink, LINK_VERSION, type LinkState } from '../../src/ui/scenarios/shareLink.ts';
import { TRACK_ORIGINS } from '../../src/ui/trackRecord/origins.ts';

const BASE: LinkState = {
  lang: 'nb',
  region: 'kommune:1811',
  runs: 200,
  levers: { capitationRate: 1200 },
  assumptions: {},
  formulas: {},
  tables: ['withoutGp'],
};

const payloadOf = (s: LinkState): Record<string, unknown> =>
  JSON.parse(decompressFromEncodedURIComponent(encodeLink(s).slice(3))) as Record<string, unknown>;
const rawLink = (payload: unknown): string =>
  `s${LINK_VERSION}.${compressToEncodedURIComponent(JSON.stringify(payload))}`;

function errorOf(hash: string): string {
  const d = decodeLink(hash);
  if (d.ok) throw new Error(`expected an error, got ${JSON.stringify(d.state)}`);
  return d.error;
}

describe('share links: the Treffsikkerhet panel', () => {
  it('the start years a link may name are 2024, 2022 and 2020', () => {
    expect(TRACK_ORIGINS).toEqual([2024, 2022, 2020]);
  });

  it.each([2024, 2022, 2020] as const)('a link made with the panel open on %i round-trips', (origin) => {
    const state: LinkState = { ...BASE, track: { origin } };
    expect(payloadOf(state)['track']).toEqual({ origin });
    expect(decodeLink(encodeLink(state))).toEqual({ ok: true, state });
    expect(decodeLink(`#${encodeLink(state)}`)).toEqual({ ok: true, state });
  });

  it('a closed panel is left out of the link, and a link without the field opens it closed', () => {
    expect(Object.keys(payloadOf(BASE))).not.toContain('track');
    const d = decodeLink(encodeLink(BASE));
    expect(d).toEqual({ ok: true, state: BASE });
    expect(d.ok && 'track' in d.state).toBe(false);
    // a link as the app wrote it before the field existed
    const old = `s1.${compressToEncodedURIComponent(JSON.stringify({ v: 1, lang: 'en', region: 'national', runs: 100, levers: {} }))}`;
    expect(decodeLink(old)).toEqual({
      ok: true,
      state: { lang: 'en', region: 'national', runs: 100, levers: {}, assumptions: {}, formulas: {}, tables: [] },
    });
  });

  it('a start year without a hindcast, or not a year, is refused by name, with the years there are', () => {
    const base = payloadOf(BASE);
    expect(errorOf(rawLink({ ...base, track: { origin: 2019 } }))).toBe(
      'link: track.origin: the track record has no hindcast from 2019; expected 2024, 2022 or 2020',
    );
    expect(errorOf(rawLink({ ...base, track: { origin: 2021.5 } }))).toBe(
      'link: track.origin: the track record has no hindcast from 2021.5; expected 2024, 2022 or 2020',
    );
    expect(errorOf(rawLink({ ...base, track: { origin: '2020' } }))).toBe(
      'link: track.origin: expected the start year of a hindcast, 2024, 2022 or 2020, got "2020"',
    );
    // long input is quoted cut to 200 characters
    expect(errorOf(rawLink({ ...base, track: { origin: 'x'.repeat(5000) } }))).toBe(
      `link: track.origin: expected the start year of a hindcast, 2024, 2022 or 2020, got "${'x'.repeat(200)}…"`,
    );
    expect(errorOf(rawLink({ ...base, track: {} }))).toMatch(/^link: track\.origin: /);
    expect(errorOf(rawLink({ ...base, track: true }))).toMatch(/^link: track: /);
    expect(errorOf(rawLink({ ...base, track: null }))).toMatch(/^link: track: /);
  });

  it('on a Norwegian page the refusal reads in bokmål', () => {
    const base = payloadOf(BASE);
    const nb = (payload: unknown) => localizeErrorDetail(errorOf(rawLink(payload)), 'nb');
    expect(nb({ ...base, track: { origin: 2019 } })).toBe(
      'lenke: track.origin: Treffsikkerhet har ikke noe tilbakeblikk fra 2019; forventet 2024, 2022 eller 2020',
    );
    expect(nb({ ...base, track: { origin: '2020' } })).toBe(
      'lenke: track.origin: forventet startåret for et tilbakeblikk, 2024, 2022 eller 2020, fikk "2020"',
    );
    expect(localizeErrorDetail(errorOf(rawLink({ ...base, track: { origin: 2019 } })), 'en')).toBe(
      'link: track.origin: the track record has no hindcast from 2019; expected 2024, 2022 or 2020',
    );
  });

  it('any value of the field gives a state or a "link:" message, never a throw', () => {
    const base = payloadOf(BASE);
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.record({ origin: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.jsonValue({ maxDepth: 1 })) }),
        ),
        (track) => {
          const d = decodeLink(rawLink({ ...base, track }));
          if (d.ok) {
            accepted++;
            expect(TRACK_ORIGINS).toContain(d.state.track!.origin);
            expect(decodeLink(encodeLink(d.state))).toEqual(d);
          } else expect(d.error).toMatch(/^link: track/);
          return true;
        },
      ),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
