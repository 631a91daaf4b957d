/**
 * CSV for Norwegian Excel: UTF-8 with BOM, semicolon separators, decimal comma, CRLF, ASCII minus; the stamp
 * first, a blank line, then the table. DOM-free: tested in Node.
 */

/** A number as Norwegian Excel reads it: up to 6 decimals, decimal comma, "-" for minus, no grouping. */
export function csvNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  const r = Math.round(v * 1e6) / 1e6;
  return String(Object.is(r, -0) ? 0 : r).replace('.', ',');
}

/**
 * A text cell that a spreadsheet would read as a formula (it starts with "=", "+", "-", "@", tab or CR) gets a
 * leading apostrophe, as OWASP recommends against CSV injection: a scenario name from a share link or file
 * such as `=HYPERLINK(…)` is then shown as text, never run. Numbers are written by csvNumber and never pass here.
 */
export function neutralizeFormula(x: string): string {
  return /^[=+\-@\t\r]/.test(x) ? `'${x}` : x;
}

function field(text: string): string {
  const x = neutralizeFormula(text);
  return /[;"\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
}

export function toCsv(
  stamp: readonly string[],
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  const lines = [
    ...stamp.map((s) => field(s)),
    '',
    header.map(field).join(';'),
    ...rows.map((r) =>
      r.map((c) => (c === undefined ? '' : typeof c === 'number' ? csvNumber(c) : field(c))).join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
