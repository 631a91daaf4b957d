/**
 * Presentation mode: one chart at a time, full screen, large fonts, no controls; arrow keys (or the on-screen
 * buttons) step through the charts, Escape leaves. The slide shows the chart's title and the region and
 * scenario line of its stamp, and under the chart its caveats (ChartView.cautions), as the page does.
 */
import { Chart } from 'chart.js';
import type { ChartView } from './chartView.ts';
import { clear, h } from './dom.ts';
import { loc, t } from './i18n.ts';
import './strings/later.ts';
import { withLargeFonts } from './largeFonts.ts';

export class Presentation {
  private chart: Chart<'line', { x: number; y: number }[]> | null = null;
  private index = 0;
  private readonly dialog: HTMLDialogElement;

  constructor(
    private readonly views: () => readonly ChartView[],
    private readonly subtitle: (view: ChartView) => string,
  ) {
    this.dialog = h('dialog', { id: 'presentation', class: 'presentation', 'aria-labelledby': 'presentation-title' });
    this.dialog.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        this.show(this.index + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        this.show(this.index - 1);
      }
    });
    this.dialog.addEventListener('close', () => {
      this.chart?.destroy();
      this.chart = null;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    });
    document.body.append(this.dialog);
  }

  open(start = 0): void {
    this.dialog.showModal();
    void this.dialog.requestFullscreen?.().catch(() => {});
    this.show(start);
  }

  private available(): ChartView[] {
    return this.views().filter((v) => v.current !== null);
  }

  private show(i: number): void {
    const views = this.available();
    if (views.length === 0) return;
    this.index = (i + views.length) % views.length;
    const view = views[this.index]!;
    const data = view.current!;
    const cautions = view.cautions(data);
    this.chart?.destroy();
    clear(this.dialog);
    const canvas = h('canvas', { role: 'img', 'aria-label': loc(view.spec.title) });
    const prev = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'presentation-prev' },
      `← ${t('presentPrev')}`,
    );
    const next = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'presentation-next' },
      `${t('presentNext')} →`,
    );
    const close = h(
      'button',
      { type: 'button', class: 'ds-button', 'data-variant': 'secondary', id: 'presentation-close' },
      t('presentClose'),
    );
    prev.addEventListener('click', () => this.show(this.index - 1));
    next.addEventListener('click', () => this.show(this.index + 1));
    close.addEventListener('click', () => this.dialog.close());
    this.dialog.append(
      h(
        'div',
        { class: 'presentation-head' },
        h('h2', { id: 'presentation-title' }, loc(view.spec.title)),
        h('p', { class: 'presentation-sub' }, this.subtitle(view)),
      ),
      h('div', { class: 'presentation-canvas' }, canvas),
      // the caveats the chart has under it on the page (a median at 0 beside a real chance of a vacancy, …)
      h('p', { class: 'presentation-note', hidden: cautions.length === 0 }, cautions.join(' ')),
      h(
        'div',
        { class: 'presentation-nav' },
        prev,
        h(
          'span',
          { id: 'presentation-count', 'aria-live': 'polite' },
          t('presentCount', { i: this.index + 1, n: views.length }),
        ),
        next,
        close,
      ),
    );
    const { datasets, options } = view.config(data);
    this.chart = new Chart(canvas, {
      type: 'line',
      data: { datasets },
      options: {
        ...options,
        ...withLargeFonts(options, 22, { fontSize: 20 }),
      },
    });
    next.focus();
  }
}
