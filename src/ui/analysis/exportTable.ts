/**
 * What an analysis figure's CSV and Excel files hold, DOM-free: the figure's title and stamp, the table's header
 * with each number column's unit named ("Endring (prosentpoeng)", "Ekstra kostnad i 2030 (mill. kr)") and its rows,
 * in the CSV rounded per unit as the charts' CSV is (export/tableFormat.ts). Tested in Node.
 */
import { toCsv } from '../export/csv.ts';
import { roundTo } from '../export/tableFormat.ts';
import type { TableRows } from './model.ts';

type Row = (string | number | undefined)[];

/** The header of the exports: each number column's unit after its name ("Andel av variansen (%)"). */
export function exportHeader(t: TableRows): string[] {
  return t.header.map((head, i) => {
    const unit = t.units?.[i]?.unit;
    return unit ? `${head} (${unit})` : head;
  });
}

/** The rows of the CSV: each number rounded to its column's decimals (a column without a unit as it is). */
export function csvRows(t: TableRows): Row[] {
  return t.csv.map((r) =>
    r.map((c, i) => {
      const u = t.units?.[i];
      return typeof c === 'number' && u ? roundTo(c, u.decimals) : c;
    }),
  );
}

/** The figure's CSV (Norwegian Excel: semicolons, decimal comma): title and stamp, a blank line, header, rows. */
export function figureCsv(title: string, stamp: readonly string[], t: TableRows): string {
  return toCsv([title, ...stamp], exportHeader(t), csvRows(t));
}
