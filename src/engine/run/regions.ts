/**
 * Regions: the whole country, a county (fylke), a centrality class or one municipality, written
 * "national", "fylke:NN", "sentralitet:N" or "kommune:NNNN". A region resolves to the indices of its
 * municipalities in the start state's order.
 */
import type { MunicipalityRecord } from '../../data/types.ts';

export type RegionType = 'national' | 'fylke' | 'sentralitet' | 'kommune';

export interface Region {
  readonly type: RegionType;
  readonly code: string;
  readonly name: string;
  /** Municipality indices. */
  readonly members: Int32Array;
  /** True when any member's GP start is imputed from peers. */
  readonly imputed: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const REGION_HELP = 'expected "national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN"';

export function parseRegion(text: string, records: readonly MunicipalityRecord[]): Parsed<Region> {
  const t = text.trim();
  const build = (
    type: RegionType,
    code: string,
    name: string,
    pick: (r: MunicipalityRecord) => boolean,
  ): Parsed<Region> => {
    const idx: number[] = [];
    records.forEach((r, i) => {
      if (pick(r)) idx.push(i);
    });
    if (idx.length === 0) return { ok: false, error: `region "${text}": no such ${type} (${REGION_HELP})` };
    return {
      ok: true,
      value: { type, code, name, members: Int32Array.from(idx), imputed: idx.some((i) => records[i]!.imputed) },
    };
  };
  if (t === 'national' || t === 'landet') return build('national', 'national', 'Hele landet', () => true);
  const m = /^(fylke|kommune|sentralitet):(\S+)$/.exec(t);
  if (!m) return { ok: false, error: `region "${text}": ${REGION_HELP}` };
  const [, type, code] = m as unknown as [string, RegionType, string];
  if (type === 'fylke') {
    if (!/^\d{2}$/.test(code)) return { ok: false, error: `region "${text}": county number must have two digits` };
    const name = records.find((r) => r.county === code)?.countyName ?? code;
    return build('fylke', code, name, (r) => r.county === code);
  }
  if (type === 'sentralitet') {
    if (!/^[1-6]$/.test(code)) return { ok: false, error: `region "${text}": centrality class must be 1-6` };
    return build('sentralitet', code, `Sentralitetsklasse ${code}`, (r) => String(r.centralityClass) === code);
  }
  if (!/^\d{4}$/.test(code)) return { ok: false, error: `region "${text}": municipality number must have four digits` };
  const rec = records.find((r) => r.code === code);
  return build('kommune', code, rec?.name ?? code, (r) => r.code === code);
}
