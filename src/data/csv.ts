// Minimal CSV reader for the raw data files (comma separated, optional double quotes, LF or CRLF line ends).

export type CsvRow = Readonly<Record<string, string>>;

function splitLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Parses CSV text with a header line into rows keyed by column name. Blank lines are skipped. */
export function parseCsv(text: string): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '');
  const rows: CsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    const cells = splitLine(line);
    if (cells.length !== header.length)
      throw new Error(`CSV line ${i + 1}: ${cells.length} cells, expected ${header.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      row[h] = cells[j] ?? '';
    });
    rows.push(row);
  }
  return rows;
}

/** The cell as a string; throws if the column is missing. */
export function str(row: CsvRow, col: string): string {
  const v = row[col];
  if (v === undefined) throw new Error(`missing column ${col}`);
  return v.trim();
}

/** The cell as a number, or null when blank; throws on non-numeric text. */
export function numOrNull(row: CsvRow, col: string): number | null {
  const s = str(row, col);
  if (s === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`column ${col}: not a number: ${s}`);
  return v;
}

/** The cell as a number; throws when blank. */
export function num(row: CsvRow, col: string): number {
  const v = numOrNull(row, col);
  if (v === null) throw new Error(`column ${col}: blank`);
  return v;
}
