/**
 * The «Eksporter» menu of a chart (chartView.ts) or an analysis figure (analysis/figureExport.ts): a <details> with
 * one button per format in the page's labels; a pick closes the menu, and Escape closes it with the focus back on
 * the button that opened it (issue #15).
 */
import { h } from './dom.ts';
import { t } from './i18n.ts';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'pptx', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const EXPORT_LABELS = {
  png: 'exportPng',
  svg: 'exportSvg',
  pdf: 'exportPdf',
  pptx: 'exportPptx',
  csv: 'exportCsv',
  xlsx: 'exportXlsx',
} as const satisfies Record<ExportFormat, string>;

/** The menu with a button for each of `formats`; `onPick` runs after the menu has closed. */
export function exportMenu<F extends ExportFormat>(
  formats: readonly F[],
  onPick: (format: F, menu: HTMLDetailsElement) => void,
  summaryAttributes: Readonly<Record<string, string>> = {},
): HTMLDetailsElement {
  const menu = h(
    'details',
    { class: 'export-menu' },
    h(
      'summary',
      { class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', ...summaryAttributes },
      t('exportMenu'),
    ),
    h(
      'div',
      { class: 'export-options' },
      ...formats.map((f) => {
        const b = h(
          'button',
          { type: 'button', class: 'ds-button', 'data-variant': 'tertiary', 'data-size': 'sm', 'data-export': f },
          t(EXPORT_LABELS[f]),
        );
        b.addEventListener('click', () => {
          menu.open = false;
          onPick(f, menu);
        });
        return b;
      }),
    ),
  );
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !menu.open) return;
    e.preventDefault();
    e.stopPropagation();
    menu.open = false;
    exportMenuButton(menu)?.focus();
  });
  return menu;
}

/** The button that opens the menu. */
export function exportMenuButton(menu: HTMLDetailsElement): HTMLElement | null {
  return menu.querySelector('summary');
}
