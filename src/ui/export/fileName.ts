/**
 * Export file names a planner can read: "fastlegesimulatoren-bindal-ditt-scenario-2026-12-04.pptx" from the
 * region's and scenario's names (not internal ids), ASCII only (æ → ae, ø → o, å → a, other accents dropped).
 * DOM-free.
 */

/** A name as a lowercase ASCII slug ("Bodø og Ås" → "bodo-og-as"), at most `max` characters. */
export function slug(text: string, max = 50): string {
  const ascii = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const s = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s.slice(0, max).replace(/-+$/, '');
}

/** The local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** "fastlegesimulatoren-<parts…>-<date>.<ext>", empty parts left out. */
export function exportFileName(parts: readonly string[], ext: string, date = new Date()): string {
  const body = ['fastlegesimulatoren', ...parts.map((p) => slug(p)), isoDate(date)].filter((p) => p !== '');
  return `${body.join('-')}.${ext}`;
}
