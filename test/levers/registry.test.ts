// The lever and assumption registries: completeness against LEVERS.md, ranges and steps, bilingual texts,
// traceability to the seed records (both ways), that the engine reads every lever and assumption, and the
// exact messages of checkLeverValue / parseLeverText.
import fs from 'node:fs';
import path from 'node:path';
import { LATER_LEVER_IDS, LEVERS_MD_IDS } from '../helpers/leversMd.ts';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS,
  LEVERS,
  checkLeverValue,
  defaultLeverValues,
  getLever,
  parseLeverText,
  type LeverSpec,
} from '../../src/levers/index.ts';
import { SEED_RECORDS, getSeed } from '../../src/levers/seeds.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const leversMd = path.resolve(repoRoot, '..', 'shared', 'domain', 'LEVERS.md');
const engineDir = path.join(repoRoot, 'src', 'engine');

/** Levers that LEVERS.md attributes to no seed document. */
const NO_SEED_IN_LEVERS_MD = ['onCallExemptionAge'];

const specs = LEVERS as readonly LeverSpec[];

function expectText(t: { nb: string; en: string }, where: string): void {
  expect(t.nb.trim().length, `${where}.nb`).toBeGreaterThan(0);
  expect(t.en.trim().length, `${where}.en`).toBeGreaterThan(0);
}

describe('LEVERS registry', () => {
  it('has unique ids', () => {
    const ids = specs.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contains exactly the 23 levers of LEVERS.md, in table order, then the levers of the 2024-2026 policy', () => {
    expect(specs.map((l) => l.id)).toEqual([...LEVERS_MD_IDS, ...LATER_LEVER_IDS]);
  });

  it('the hard-coded id list matches the tables in LEVERS.md (when ../shared is present)', () => {
    if (!fs.existsSync(leversMd)) {
      console.info(`registry.test: ${leversMd} not found; LEVERS.md cross-check skipped`);
      return;
    }
    const fromMd: string[] = [];
    for (const line of fs.readFileSync(leversMd, 'utf8').split('\n')) {
      const id = line.split('|')[1]?.trim() ?? '';
      if (/^[a-z][A-Za-z0-9]+$/.test(id) && id !== 'id') fromMd.push(id);
    }
    expect(fromMd).toEqual(LEVERS_MD_IDS);
  });

  it.each(specs.filter((l) => l.kind === 'number'))('$id: min ≤ default ≤ max (null only with allowNone)', (l) => {
    if (l.kind !== 'number') return;
    expect(l.min).toBeLessThan(l.max);
    if (l.default === null) {
      expect(l.allowNone, `${l.id} has a null default without allowNone`).toBe(true);
    } else {
      expect(l.default).toBeGreaterThanOrEqual(l.min);
      expect(l.default).toBeLessThanOrEqual(l.max);
    }
  });

  it.each(specs.filter((l) => l.kind === 'number'))('$id: the range is a whole number of steps', (l) => {
    if (l.kind !== 'number') return;
    expect(l.step).toBeGreaterThan(0);
    const steps = (l.max - l.min) / l.step;
    expect(Math.abs(steps - Math.round(steps)), `${l.id}: (max - min) / step = ${steps}`).toBeLessThan(1e-6);
  });

  it('every lever has non-empty nb/en label and description (and unit for numbers, labels for choices)', () => {
    for (const l of specs) {
      expectText(l.label, `${l.id}.label`);
      expectText(l.description, `${l.id}.description`);
      if (l.kind === 'number') expectText(l.unit, `${l.id}.unit`);
      if (l.kind === 'choice') for (const c of l.choices) expectText(c.label, `${l.id}.choices.${c.value}`);
    }
  });

  it('a choice default is one of its choices, a toggle default is 0 or 1', () => {
    for (const l of specs) {
      if (l.kind === 'choice')
        expect(
          l.choices.map((c) => c.value),
          l.id,
        ).toContain(l.default);
      if (l.kind === 'toggle') expect([0, 1], l.id).toContain(l.default);
    }
  });

  it('defaultLeverValues gives every lever its registry default', () => {
    const d = defaultLeverValues();
    expect(Object.keys(d)).toEqual([...LEVERS_MD_IDS, ...LATER_LEVER_IDS]);
    for (const l of specs) expect(d[l.id as keyof typeof d], l.id).toBe(l.default);
  });

  it('facts ids look like FACTS.md ids (S1…S81)', () => {
    for (const l of specs) for (const f of l.facts) expect(f, l.id).toMatch(/^S\d+$/);
  });

  it('defaultStartYear is after the projection start (2025)', () => {
    for (const l of specs) {
      expect(Number.isInteger(l.defaultStartYear), l.id).toBe(true);
      expect(l.defaultStartYear, l.id).toBeGreaterThan(2025);
    }
  });
});

describe('traceability between levers and seed records', () => {
  it('every cited seed exists', () => {
    for (const l of specs) for (const s of l.sources) expect(getSeed(s.seed), `${l.id} cites ${s.seed}`).toBeDefined();
  });

  it('every lever a seed record names exists in LEVERS and cites that record', () => {
    for (const r of SEED_RECORDS) {
      for (const named of r.levers) {
        const l = getLever(named.id);
        expect(l, `${r.id} names unknown lever ${named.id}`).toBeDefined();
        expect(
          l?.sources.map((s) => s.seed),
          `${named.id} does not cite ${r.id}`,
        ).toContain(r.id);
      }
    }
  });

  it('every seed a lever cites names that lever in its record', () => {
    for (const l of specs) {
      for (const s of l.sources) {
        expect(
          getSeed(s.seed)?.levers.map((x) => x.id),
          `${s.seed} does not list ${l.id}`,
        ).toContain(l.id);
      }
    }
  });

  it('every lever cites at least one seed, except those LEVERS.md gives none', () => {
    const uncited = specs.filter((l) => l.sources.length === 0).map((l) => l.id);
    expect(uncited).toEqual(NO_SEED_IN_LEVERS_MD);
  });
});

describe('ASSUMPTIONS registry', () => {
  it('has unique ids that do not clash with lever ids', () => {
    const ids = ASSUMPTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getLever(id), id).toBeUndefined();
  });

  it('min ≤ default ≤ max, all finite', () => {
    for (const a of ASSUMPTIONS) {
      for (const v of [a.min, a.default, a.max]) expect(Number.isFinite(v), a.id).toBe(true);
      expect(a.min, a.id).toBeLessThanOrEqual(a.default);
      expect(a.default, a.id).toBeLessThanOrEqual(a.max);
      if (a.uncertain) expect(a.min, `${a.id} is uncertain but has no range`).toBeLessThan(a.max);
    }
  });

  it('nb/en label, description and unit are non-empty', () => {
    for (const a of ASSUMPTIONS) {
      expectText(a.label, `${a.id}.label`);
      expectText(a.description, `${a.id}.description`);
      expectText(a.unit, `${a.id}.unit`);
    }
  });

  it('source kind is facts, calibrated or judgement; facts ids look like S<n>; calibrated ones say how', () => {
    for (const a of ASSUMPTIONS) {
      const src = a.source;
      expect(['facts', 'calibrated', 'judgement'], a.id).toContain(src.kind);
      if (src.kind === 'facts') {
        expect(src.ids.length, a.id).toBeGreaterThan(0);
        for (const id of src.ids) expect(id, a.id).toMatch(/^S\d+$/);
      }
      if (src.kind === 'calibrated') expect(src.note.trim().length, a.id).toBeGreaterThan(0);
    }
  });
});

describe('the engine uses every lever and assumption', () => {
  // every engine source file, in its phase folders too (start/, step/, run/, formulas/, validation/)
  const engineFiles = (fs.readdirSync(engineDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  const engineText = engineFiles.map((f) => fs.readFileSync(path.join(engineDir, f), 'utf8')).join('\n');
  // the model's passes read levers through the LV index (leverIndex.ts only defines it)
  const modelText = engineFiles
    .filter((f) => f !== 'leverIndex.ts')
    .map((f) => fs.readFileSync(path.join(engineDir, f), 'utf8'))
    .join('\n');

  it('every assumption id is read somewhere in src/engine (p.<id>, .<id> or the id string)', () => {
    const unused = ASSUMPTIONS.map((a) => a.id).filter(
      (id) => !new RegExp(`\\.${id}\\b`).test(engineText) && !engineText.includes(`'${id}'`),
    );
    expect(unused).toEqual([]);
  });

  it('every lever is read by the model through LV.<id>', () => {
    const unread = specs.map((l) => l.id).filter((id) => !modelText.includes(`LV.${id}`));
    expect(unread).toEqual([]);
  });
});

describe('checkLeverValue messages', () => {
  it('unknown lever', () => {
    expect(checkLeverValue('capitationRat', 900)).toEqual({ ok: false, error: 'unknown lever "capitationRat"' });
  });

  it('out of range names the lever and the range', () => {
    expect(checkLeverValue('capitationRate', 5000)).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got 5000',
    });
    expect(checkLeverValue('salariedShare', 1.5)).toEqual({
      ok: false,
      error: 'lever "salariedShare": expected a number from 0 to 1, got 1.5',
    });
  });

  it('accepts the range ends and rejects non-numbers', () => {
    expect(checkLeverValue('capitationRate', 400)).toEqual({ ok: true, value: 400 });
    expect(checkLeverValue('capitationRate', 1700)).toEqual({ ok: true, value: 1700 });
    expect(checkLeverValue('capitationRate', '900')).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got "900"',
    });
    expect(checkLeverValue('capitationRate', Number.NaN).ok).toBe(false);
  });

  it('null is "none" only for levers with allowNone, and the message says so', () => {
    expect(checkLeverValue('onCallCapHours', null)).toEqual({ ok: true, value: null });
    expect(checkLeverValue('onCallCapHours', 101)).toEqual({
      ok: false,
      error: 'lever "onCallCapHours": expected a number from 0 to 100 or "none", got 101',
    });
    expect(checkLeverValue('capitationRate', null)).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got null',
    });
  });

  it('toggles take 0/1 (and booleans), nothing else', () => {
    expect(checkLeverValue('lis1AsLocum', 1)).toEqual({ ok: true, value: 1 });
    expect(checkLeverValue('lis1AsLocum', true)).toEqual({ ok: true, value: 1 });
    expect(checkLeverValue('lis1AsLocum', false)).toEqual({ ok: true, value: 0 });
    expect(checkLeverValue('lis1AsLocum', 2)).toEqual({
      ok: false,
      error: 'lever "lis1AsLocum": expected 0 or 1 (off/on), got 2',
    });
  });

  it('choices list the accepted values', () => {
    expect(checkLeverValue('capitationModel', 'breakpoint')).toEqual({ ok: true, value: 'breakpoint' });
    expect(checkLeverValue('capitationModel', 'x')).toEqual({
      ok: false,
      error: 'lever "capitationModel": expected one of "flat", "breakpoint", "patientAdjusted", got "x"',
    });
  });
});

describe('parseLeverText', () => {
  it('unknown lever', () => {
    expect(parseLeverText('nope', '1')).toEqual({ ok: false, error: 'unknown lever "nope"' });
  });

  it('not a number says so', () => {
    expect(parseLeverText('capitationRate', 'abc')).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got "abc" (not a number)',
    });
  });

  it('out of range after parsing', () => {
    expect(parseLeverText('capitationRate', '5000')).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got 5000',
    });
  });

  it('"none" / "ingen" for allowNone levers; an error for others', () => {
    expect(parseLeverText('onCallCapHours', 'none')).toEqual({ ok: true, value: null });
    expect(parseLeverText('capitationShareTarget', 'Ingen')).toEqual({ ok: true, value: null });
    expect(parseLeverText('capitationRate', 'none')).toEqual({
      ok: false,
      error: 'lever "capitationRate": expected a number from 400 to 1700, got null',
    });
  });

  it('toggles accept on/off, true/false, 1/0 and på/av', () => {
    for (const [t, v] of [
      ['on', 1],
      ['off', 0],
      ['ON', 1],
      ['true', 1],
      ['false', 0],
      ['1', 1],
      ['0', 0],
      ['på', 1],
      ['av', 0],
    ] as const) {
      expect(parseLeverText('lis1AsLocum', t), t).toEqual({ ok: true, value: v });
    }
    expect(parseLeverText('lis1AsLocum', 'maybe')).toEqual({
      ok: false,
      error: 'lever "lis1AsLocum": expected 0 or 1 (off/on), got "maybe"',
    });
  });

  it('percent text becomes a fraction: "40%" → 0.4', () => {
    expect(parseLeverText('salariedShare', '40%')).toEqual({ ok: true, value: 0.4 });
    expect(parseLeverText('feeForServiceChange', '-10%')).toEqual({ ok: true, value: -0.1 });
  });

  it('decimal comma and spaces: "841,8" → 841.8, "1 683,6" → 1683.6', () => {
    expect(parseLeverText('capitationRate', '841,8')).toEqual({ ok: true, value: 841.8 });
    expect(parseLeverText('capitationRate', '1 683,6')).toEqual({ ok: true, value: 1683.6 });
    expect(parseLeverText('capitationRate', ' 900 ')).toEqual({ ok: true, value: 900 });
  });

  it('choices are matched exactly', () => {
    expect(parseLeverText('capitationModel', 'breakpoint')).toEqual({ ok: true, value: 'breakpoint' });
    expect(parseLeverText('capitationModel', 'Breakpoint').ok).toBe(false);
  });
});
