// Presentation mode and print in headless Chromium: one chart full screen with large fonts and no controls,
// arrows step through the charts, Escape leaves; axe finds nothing; the print stylesheet hides the controls.
import { describe, expect, it } from 'vitest';
import { axeViolations, useApp } from './app.ts';

const app = useApp();

describe('presentation mode', () => {
  it('shows one chart full screen; arrows step through all ten; Escape leaves', async () => {
    const { page } = app();
    await page.locator('#present').click();
    const dialog = page.locator('dialog#presentation');
    await dialog.waitFor({ state: 'visible' });
    const title = page.locator('#presentation-title');
    expect(await title.textContent()).toBe('Innbyggere uten fastlege');
    expect(await page.locator('#presentation-count').textContent()).toBe('Graf 1 av 10');
    // the caveat the chart has under it on the page comes along (the national first-year fall)
    const note = page.locator('dialog#presentation .presentation-note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Fra 2025 til 2026 faller linja med \d+\s%/);
    expect(await page.locator('[data-chart="withoutGp"] .chart-note').textContent()).toContain(
      (await note.textContent())!,
    );
    const box = await dialog.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(box!.height).toBeGreaterThanOrEqual(viewport.height - 1);
    // large fonts: the chart canvas fills most of the screen
    const canvas = await page.locator('.presentation-canvas canvas').boundingBox();
    expect(canvas!.height).toBeGreaterThan(viewport.height * 0.5);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      seen.add((await title.textContent())!);
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(10);
    expect(await title.textContent()).toBe('Innbyggere uten fastlege'); // round again
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#presentation-count').textContent()).toBe('Graf 10 av 10');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(app().errors).toEqual([]);
  });
});

describe('print', () => {
  it('hides the controls and keeps the charts', async () => {
    const { page } = app();
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('aside.controls').isHidden()).toBe(true);
      expect(await page.locator('.mc-bar').isHidden()).toBe(true);
      expect(await page.locator('[data-chart="withoutGp"] canvas').isVisible()).toBe(true);
      expect(await page.locator('#key-figures').isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
