// Synthetic legevakt (out-of-hours) districts: municipality adjacency from shared TopoJSON arcs, then a deterministic greedy merge of small districts.

/** The parts of a TopoJSON topology this module reads. */
export interface Topology {
  type: 'Topology';
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
  arcs: unknown[];
}

export interface TopoGeometry {
  type: string;
  id?: string | number;
  arcs?: unknown;
  properties?: Record<string, unknown>;
}

function collectArcs(node: unknown, out: Set<number>): void {
  if (typeof node === 'number') out.add(node < 0 ? ~node : node);
  else if (Array.isArray(node)) for (const child of node) collectArcs(child, out);
}

function geometryCode(g: TopoGeometry): string {
  const p = g.properties?.['kommunenummer'];
  if (typeof p === 'string') return p;
  if (g.id !== undefined) return String(g.id);
  throw new Error('TopoJSON geometry without kommunenummer or id');
}

/**
 * Neighbours by shared arcs: two municipalities are adjacent if their geometries reference the same
 * arc (either direction; a negative index ~i is arc i reversed). Touching at a single point does not
 * count. Returns code -> sorted neighbour codes, for every geometry in the object.
 */
export function adjacencyFromTopology(topo: Topology, objectName: string): Map<string, string[]> {
  const obj = topo.objects[objectName];
  if (!obj) throw new Error(`TopoJSON object ${objectName} not found`);
  const owners = new Map<number, string[]>();
  const codes: string[] = [];
  for (const g of obj.geometries) {
    const code = geometryCode(g);
    codes.push(code);
    const arcs = new Set<number>();
    collectArcs(g.arcs, arcs);
    for (const a of arcs) {
      const list = owners.get(a) ?? [];
      list.push(code);
      owners.set(a, list);
    }
  }
  const nb = new Map<string, Set<string>>(codes.map((c) => [c, new Set<string>()]));
  for (const list of owners.values()) {
    for (const a of list) for (const b of list) if (a !== b) nb.get(a)?.add(b);
  }
  const out = new Map<string, string[]>();
  for (const c of codes.slice().sort()) out.set(c, [...(nb.get(c) ?? [])].sort());
  return out;
}

export interface DistrictUnit {
  code: string;
  name: string;
  county: string;
  pop2024: number;
}

export interface District {
  id: string;
  name: string;
  /** Member codes, ascending. */
  members: string[];
  population2024: number;
}

interface Work {
  members: string[];
  pop: number;
  alive: boolean;
}

function compareCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Greedy merge (judgement; no official municipality -> legevakt mapping is published). Start with every
 * municipality as its own district. Repeatedly take the district with the smallest 2024 population
 * below `threshold` that has a neighbour, and merge it into its adjacent district with the smallest
 * population, preferring neighbours in the same county (a district's county is that of its most
 * populous member). Ties are broken by the smallest member code. Districts without neighbours (islands)
 * stay alone. District id = "LV" + code of the most populous member; name = that member's name +
 * " legevaktdistrikt". Returns districts sorted by id.
 */
export function greedyDistricts(
  units: readonly DistrictUnit[],
  adjacency: ReadonlyMap<string, readonly string[]>,
  threshold: number,
): District[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const sorted = units.slice().sort((a, b) => compareCode(a.code, b.code));
  const work: Work[] = sorted.map((u) => ({ members: [u.code], pop: u.pop2024, alive: true }));
  const districtOf = new Map<string, number>(sorted.map((u, i) => [u.code, i]));
  const leader = (w: Work): DistrictUnit => {
    let best: DistrictUnit | undefined;
    for (const c of w.members) {
      const u = byCode.get(c) as DistrictUnit;
      if (!best || u.pop2024 > best.pop2024 || (u.pop2024 === best.pop2024 && compareCode(u.code, best.code) < 0))
        best = u;
    }
    if (!best) throw new Error('empty district');
    return best;
  };
  const minCode = (w: Work): string => w.members.reduce((m, c) => (compareCode(c, m) < 0 ? c : m));
  const neighbours = (i: number): number[] => {
    const set = new Set<number>();
    for (const c of (work[i] as Work).members) {
      for (const n of adjacency.get(c) ?? []) {
        const j = districtOf.get(n);
        if (j !== undefined && j !== i) set.add(j);
      }
    }
    return [...set];
  };
  for (;;) {
    let pick = -1;
    for (let i = 0; i < work.length; i++) {
      const w = work[i] as Work;
      if (!w.alive || w.pop >= threshold || neighbours(i).length === 0) continue;
      const p = pick >= 0 ? (work[pick] as Work) : undefined;
      if (!p || w.pop < p.pop || (w.pop === p.pop && compareCode(minCode(w), minCode(p)) < 0)) pick = i;
    }
    if (pick < 0) break;
    const src = work[pick] as Work;
    const county = leader(src).county;
    const cands = neighbours(pick).sort((x, y) => {
      const a = work[x] as Work;
      const b = work[y] as Work;
      const ca = leader(a).county === county ? 0 : 1;
      const cb = leader(b).county === county ? 0 : 1;
      return ca - cb || a.pop - b.pop || compareCode(minCode(a), minCode(b));
    });
    const target = cands[0] as number;
    const dst = work[target] as Work;
    dst.members.push(...src.members);
    dst.members.sort(compareCode);
    dst.pop += src.pop;
    for (const c of src.members) districtOf.set(c, target);
    src.alive = false;
    src.members = [];
    src.pop = 0;
  }
  return work
    .filter((w) => w.alive)
    .map((w) => {
      const l = leader(w);
      return {
        id: `LV${l.code}`,
        name: `${l.name} legevaktdistrikt`,
        members: w.members.slice(),
        population2024: w.pop,
      };
    })
    .sort((a, b) => compareCode(a.id, b.id));
}
