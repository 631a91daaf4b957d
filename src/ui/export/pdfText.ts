/**
 * Text that jsPDF's standard fonts (WinAnsi only) can show: one character outside it (U+2212 in nb-NO negative
 * numbers, the narrow NBSP, Sámi ŋ) turns the whole string into garbage (ECOSYSTEM.md §1d). DOM-free.
 */

/** WinAnsi's characters above Latin-1's range (0x80–0x9F). */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const NO_DECOMPOSITION: Record<string, string> = { đ: 'd', Đ: 'D', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T', ł: 'l', Ł: 'L' };

const inWinAnsi = (c: string): boolean => {
  const code = c.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

/**
 * Text that jsPDF's standard fonts can show: U+2212 as '-', narrow NBSP and thin spaces as NBSP (WinAnsi's 0xA0, drawn
 * as a space; jsPDF's splitTextToSize breaks lines at ' ' only, so "35 %" and "1 234" stay on one line, as in the
 * app), other letters outside WinAnsi without their accents (č → c, ŋ → n), anything else as '?'.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const c of text.replace(/\u2212/g, '-').replace(/[\u202f\u2009\u2007]/g, '\u00a0')) {
    if (inWinAnsi(c)) out += c;
    else if (NO_DECOMPOSITION[c]) out += NO_DECOMPOSITION[c];
    else {
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?';
    }
  }
  return out;
}
