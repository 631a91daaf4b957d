// Excel export and formula injection: write-excel-file writes text cells as shared strings (t="s"), never as
// formulas (<f>), so a hostile scenario name such as =HYPERLINK(…) stays text in Excel without an apostrophe.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tableXlsx } from '../../src/ui/export/chartExport.ts';

const HYPERLINK = '=HYPERLINK("http://example.com/x";"Klikk")';
const DDE = "@SUM(1+1)*cmd|' /C calc'!A0";

async function sheetParts(blob: Blob): Promise<{ sheet: string; strings: string }> {
  const zip = await JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
  return {
    sheet: await zip.file('xl/worksheets/sheet1.xml')!.async('string'),
    strings: (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '',
  };
}

describe('Excel export: hostile text is stored as text, not as a formula', () => {
  it('stamp lines, headers and text cells are shared strings; no cell holds a formula; numbers stay numbers', async () => {
    const blob = await tableXlsx([HYPERLINK, DDE], ['År', HYPERLINK, '+1+2'], [['-2+3', -1.5, 2]]);
    const { sheet, strings } = await sheetParts(blob);
    expect(sheet).not.toMatch(/<f[ >]/);
    const cells = [...sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/g)].map((m) => ({
      ref: m[1]!,
      attrs: m[2]!,
      body: m[3]!,
    }));
    const text = (ref: string) => cells.find((c) => c.ref === ref)!;
    for (const ref of ['A1', 'A2', 'B4', 'C4', 'A5']) expect(text(ref).attrs).toContain('t="s"');
    expect(text('B5').attrs).not.toContain('t=');
    expect(text('B5').body).toBe('<v>-1.5</v>');
    // the texts are kept as written, in the shared strings
    expect(strings).toContain(`<t>${HYPERLINK}</t>`);
    expect(strings).toContain(`<t>${DDE}</t>`);
  });
});
