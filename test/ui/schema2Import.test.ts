// Scenario files of schema 2 in the app (issue #14): a plain schema-2 scenario file imports like a version-1 file;
// one with a municipality's own plan, lever steps or an end year imports with them (the lever panel shows them); an
// unknown municipality number or an end year outside the year select is refused naming the field, and nothing is
// stored.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../src/data/index.ts';
import { parseImport } from '../../src/ui/scenarios/document.ts';
import { localizeErrorDetail } from '../../src/ui/errorText.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOW = '2026-12-04T10:00:00.000Z';
const file = (o: unknown) => JSON.stringify(o);
const base = { schemaVersion: 2, id: 'plan', name: { nb: 'Plan', en: 'Plan' }, levers: {} };
const KNOWN = new Set(['national', ...MUNICIPALITIES.map((m) => `kommune:${m.code}`)]);

describe('importing scenario files of schema 2', () => {
  it('a plain one imports like a version-1 file', () => {
    const r = parseImport(file({ ...base, levers: { recruitmentGrant: { value: 200000, from: '2027' } } }), NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value[0]!.levers).toEqual({ recruitmentGrant: { value: 200000, from: '2027' } });
  });

  it('one with a municipality’s own plan imports with it', () => {
    const text = fs.readFileSync(path.join(root, 'scenarios/kommuner/bindal-egen-plan.json'), 'utf8');
    const r = parseImport(text, NOW, KNOWN);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value[0]!;
    expect(s.levers).toEqual({ recruitmentGrant: { value: 300000, from: '2027', until: '2029' } });
    expect(s.municipalities?.['1811']?.levers).toEqual({ salariedShare: { value: 1, from: '2027' } });
    expect(s.municipalities?.['1811']?.start).toEqual({ gps: 4, gpsSalaried: 2, listsWithoutGp: 1 });
    expect(s.municipalities?.['1811']?.events).toHaveLength(3);
  });

  it('one with lever steps and an end year imports with them', () => {
    const steps = {
      steps: [
        { from: '2027', value: 0.3 },
        { from: '2029', value: 0.35 },
      ],
      until: '2035',
    };
    const r = parseImport(file({ ...base, levers: { capitationShareTarget: steps } }), NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value[0]!.levers).toEqual({ capitationShareTarget: steps });
  });

  it('an unknown municipality number is refused naming the field, in Norwegian too', () => {
    const r = parseImport(file({ ...base, municipalities: { '9999': { start: { gps: 2 } } } }), NOW, KNOWN);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(['municipalities.9999: unknown municipality number']);
    expect(localizeErrorDetail(r.errors[0]!, 'nb')).toBe('municipalities.9999: ukjent kommunenummer');
  });

  it('an end year or a step outside the year select is refused naming the field', () => {
    const r = parseImport(
      file({ ...base, levers: { recruitmentGrant: { value: 200000, from: '2027', until: '2045' } } }),
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(['levers.recruitmentGrant.until: end year must be 2026-2040, got 2045']);
    expect(localizeErrorDetail(r.errors[0]!, 'nb')).toBe(
      'levers.recruitmentGrant.until: sluttåret må være 2026–2040, fikk 2045',
    );
    const m = parseImport(
      file({
        ...base,
        municipalities: {
          '1811': {
            levers: {
              salariedShare: {
                steps: [
                  { from: '2027', value: 0.5 },
                  { from: '2044', value: 0.6 },
                ],
              },
            },
          },
        },
      }),
      NOW,
      KNOWN,
    );
    expect(m.ok).toBe(false);
    if (!m.ok)
      expect(m.errors).toEqual([
        'municipalities.1811.levers.salariedShare.steps[1].from: start year must be 2026-2040, got 2044',
      ]);
  });
});
