/**
 * How the map, the risk list and the peers show a measure's values and names, in the UI's language (DOM-free).
 */
import { formatNumber, formatPercent, formatSigned } from '../format.ts';
import { t, type StringKey } from '../i18n.ts';
import '../strings/later.ts';
import { MEASURES, type MapMeasure, type MapView } from './mapData.ts';

export function measureLabel(m: MapMeasure): string {
  return t(`mapMeasure_${m}` as StringKey);
}

export function measureUnit(m: MapMeasure): string {
  return t(`mapUnit_${m}` as StringKey);
}

export function viewLabel(v: MapView): string {
  return t(`mapView_${v}` as StringKey);
}

/** A value as shown ("12,3 %", "1 034", "–" for none); a difference signed, shares in percentage points. */
export function formatMeasure(m: MapMeasure, v: number, signed = false): string {
  const spec = MEASURES[m];
  const f = (x: number) => (spec.percent ? formatPercent(x, spec.decimals) : formatNumber(x, spec.decimals));
  if (!Number.isFinite(v)) return '–';
  if (!signed) return f(v);
  if (spec.percent) return `${formatSigned(v * 100, (x) => formatNumber(x, spec.decimals))} ${t('mapPoints')}`;
  return formatSigned(v, f);
}

/** The value as a number for CSV and Excel (shares as percentages, as the table shows them). */
export function exportNumber(m: MapMeasure, v: number): number | undefined {
  if (!Number.isFinite(v)) return undefined;
  return MEASURES[m].percent ? v * 100 : v;
}
