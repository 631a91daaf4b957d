/**
 * The municipality boundaries: Kartverket's 2024 administrative units (CC BY 4.0, © Kartverket) as simplified in
 * /work/shared/data/geo (robhop/fylker-og-kommuner "S"), simplified further for the app (topojson-simplify 3.0.3:
 * presimplify with sphericalTriangleArea, simplify at the weight quantile 0.25, then topojson-client quantize 10⁴,
 * properties reduced to `navn`): src/data/kommuner.topo.json, 8 943 points, about 40 kB gzip, loaded with the map (a
 * dynamic import; never in the first load). The projection is a transverse Mercator on 15° E (as UTM zone 33, the
 * national mapping projection), so Norway looks as on Norwegian maps.
 */
import { geoArea, geoPath, geoTransverseMercator, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type MunicipalityFeature = Feature<Geometry, { navn: string }> & { id: string };

/** The 357 municipalities as GeoJSON features (id = kommunenummer). */
export async function loadMunicipalities(): Promise<MunicipalityFeature[]> {
  const topo = (await import('../../data/kommuner.topo.json')).default as unknown as Topology<{
    kommuner: GeometryCollection<{ navn: string }>;
  }>;
  const fc = feature(topo, topo.objects.kommuner) as FeatureCollection<Geometry, { navn: string }>;
  return fc.features.map((f) => ({ ...f, geometry: rewind(f.geometry), id: String(f.id) }) as MunicipalityFeature);
}

/**
 * The source follows GeoJSON's right-hand rule (exterior rings counter-clockwise); d3-geo reads rings on the sphere
 * and takes such a ring for the whole globe but the municipality. A polygon whose spherical area exceeds a
 * hemisphere has its rings reversed.
 */
export function rewind(g: Geometry): Geometry {
  const fix = (rings: Position[][]): Position[][] => {
    const poly: Polygon = { type: 'Polygon', coordinates: rings };
    return geoArea(poly) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
  };
  if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}

/** A projection fitted to the features (all, or a county's) in a box of width × height with a margin. */
export function projectionFor(
  features: readonly MunicipalityFeature[],
  width: number,
  height: number,
  margin = 8,
): GeoProjection {
  return geoTransverseMercator()
    .rotate([-15, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      { type: 'FeatureCollection', features: [...features] },
    );
}

export function pathFor(projection: GeoProjection): GeoPath {
  return geoPath(projection);
}
