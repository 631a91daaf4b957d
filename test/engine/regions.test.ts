// Region syntax ("national", "fylke:NN", "sentralitet:N", "kommune:NNNN"): members, names, the imputed flag,
// and the exact error messages for malformed or unknown regions.
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { parseRegion, type Region } from '../../src/engine/index.ts';

function region(text: string): Region {
  const r = parseRegion(text, MUNICIPALITIES);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const HELP = 'expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN"';

describe('parseRegion', () => {
  it('national has all 357 municipalities, in order', () => {
    const r = region('national');
    expect(r.type).toBe('national');
    expect(r.members).toHaveLength(357);
    expect(Array.from(r.members)).toEqual(MUNICIPALITIES.map((_, i) => i));
    expect(r.imputed).toBe(true); // six municipalities are imputed
    expect(region('landet').members).toHaveLength(357);
  });

  it('fylke:46 (Vestland): every member is in county 46, and every county-46 municipality is a member', () => {
    const r = region('fylke:46');
    expect(r.type).toBe('fylke');
    expect(r.code).toBe('46');
    expect(r.name).toBe('Vestland');
    expect(r.members.length).toBeGreaterThan(0);
    for (const i of r.members) expect(MUNICIPALITIES[i]!.county).toBe('46');
    expect(r.members.length).toBe(MUNICIPALITIES.filter((m) => m.county === '46').length);
  });

  it('sentralitet:6: every member is in centrality class 6', () => {
    const r = region('sentralitet:6');
    expect(r.name).toBe('Sentralitetsklasse 6');
    expect(r.members.length).toBeGreaterThan(0);
    for (const i of r.members) expect(MUNICIPALITIES[i]!.centralityClass).toBe(6);
    expect(r.members.length).toBe(MUNICIPALITIES.filter((m) => m.centralityClass === 6).length);
  });

  it('the six centrality classes partition the country', () => {
    const sizes = [1, 2, 3, 4, 5, 6].map((c) => region(`sentralitet:${c}`).members.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(357);
  });

  it('kommune:0301 is Oslo, one member, not imputed', () => {
    const r = region('kommune:0301');
    expect(r).toMatchObject({ type: 'kommune', code: '0301', name: 'Oslo', imputed: false });
    expect(r.members).toHaveLength(1);
    expect(MUNICIPALITIES[r.members[0]!]!.code).toBe('0301');
  });

  it('kommune:1853 is flagged as imputed', () => {
    expect(region('kommune:1853').imputed).toBe(true);
  });

  it('kommune:1811 is Bindal', () => {
    expect(region(' kommune:1811 ').name).toBe('Bindal');
  });

  it.each([
    ['kommune:99', 'region "kommune:99": municipality number must have four digits'],
    ['kommune:9999', `region "kommune:9999": no such kommune (${HELP})`],
    ['fylke:4', 'region "fylke:4": county number must have two digits'],
    ['fylke:99', `region "fylke:99": no such fylke (${HELP})`],
    ['sentralitet:7', 'region "sentralitet:7": centrality class must be 1-6'],
    ['mars', `region "mars": ${HELP}`],
    ['kommune:', `region "kommune:": ${HELP}`],
  ])('%s → error', (text, message) => {
    expect(parseRegion(text, MUNICIPALITIES)).toEqual({ ok: false, error: message });
  });
});
