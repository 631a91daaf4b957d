/**
 * The choropleth itself: one SVG path per municipality (d3-geo paths computed once per zoom; a year or outcome
 * change only sets fills, which is what keeps a redraw far under 100 ms), a hatch pattern for "no value", the
 * region on screen outlined, a tooltip on hover and focus, and keyboard use: the map is one tab stop, arrow keys
 * move between municipalities (in number order, i.e. county by county), Enter or Space selects, Escape hides the tooltip.
 */
import { h } from '../dom.ts';
import { pathFor, projectionFor, type MunicipalityFeature } from './geometry.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 860;

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

export interface MapViewHost {
  /** Tooltip lines for municipality m (index in the host's order). */
  tooltip(m: number): string[];
  /** The accessible name of municipality m's shape (name and value). */
  label(m: number): string;
  select(m: number): void;
}

export class ChoroplethView {
  readonly root: HTMLElement;
  readonly svg: SVGSVGElement;
  private readonly paths: SVGPathElement[] = [];
  private readonly outline: SVGPathElement;
  private readonly tip: HTMLElement;
  private readonly byCode: Map<string, number>;
  private active = 0;
  /** The view box [x, y, width, height] in the projection's coordinates. */
  box: [number, number, number, number] = [0, 0, MAP_WIDTH, MAP_HEIGHT];
  private selected = -1;
  /** Municipalities drawn (all, or a county's when zoomed): by number order. */
  private order: number[];

  /**
   * `features` as loaded; `codes` the host's municipality order (the map's index m is the host's index).
   */
  constructor(
    private readonly features: readonly MunicipalityFeature[],
    codes: readonly string[],
    private readonly host: MapViewHost,
  ) {
    this.byCode = new Map(codes.map((c, i) => [c, i]));
    this.svg = svgEl('svg', {
      viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
      class: 'map-svg',
      role: 'group',
    });
    const defs = svgEl('defs');
    const pattern = svgEl('pattern', {
      id: 'map-hatch',
      width: '6',
      height: '6',
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pattern.append(
      svgEl('rect', { width: '6', height: '6', fill: '#eeeeee' }),
      svgEl('line', { x1: '0', y1: '0', x2: '0', y2: '6', stroke: '#8c8c8c', 'stroke-width': '2' }),
    );
    defs.append(pattern);
    this.svg.append(defs);
    const g = svgEl('g', { class: 'map-shapes' });
    this.paths = codes.map((_, m) => {
      const p = svgEl('path', { tabindex: '-1', role: 'button', 'data-m': String(m) });
      g.append(p);
      return p;
    });
    this.outline = svgEl('path', { class: 'map-selected', 'aria-hidden': 'true' });
    this.svg.append(g, this.outline);
    this.tip = h('div', { class: 'map-tooltip', role: 'tooltip', id: 'map-tooltip', hidden: true });
    this.root = h('div', { class: 'map-canvas' });
    this.root.append(this.svg, this.tip);
    this.order = codes.map((_, m) => m).sort((a, b) => codes[a]!.localeCompare(codes[b]!));
    this.zoom(null);
    this.bind();
  }

  /** Fits the map to a county's municipalities (their numbers start with it), or the country (null). */
  zoom(county: string | null): void {
    const shown = county ? this.features.filter((f) => f.id.startsWith(county)) : this.features;
    const fit = shown.length > 0 ? shown : this.features;
    const path = pathFor(projectionFor(fit, MAP_WIDTH, MAP_HEIGHT));
    // the view box hugs the shapes fitted (Norway is tall and narrow; a county may be wide)
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'FeatureCollection', features: [...fit] });
    this.box = [x0 - 4, y0 - 4, x1 - x0 + 8, y1 - y0 + 8];
    this.svg.setAttribute('viewBox', this.box.join(' '));
    const visible = new Set(shown.map((f) => f.id));
    for (const f of this.features) {
      const m = this.byCode.get(f.id);
      if (m === undefined) continue;
      const p = this.paths[m]!;
      p.setAttribute('d', path(f) ?? '');
      p.classList.toggle('map-context', county !== null && !visible.has(f.id));
    }
    this.order = [...this.byCode.entries()]
      .filter(([code]) => county === null || code.startsWith(county))
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([, m]) => m);
    // one shape is always the map's tab stop
    this.setActive(this.order.includes(this.active) ? this.active : (this.order[0] ?? 0), false);
    this.drawOutline();
  }

  /** Sets every municipality's fill ('url(#map-hatch)' for no value) and accessible name. */
  setFills(fills: readonly string[]): void {
    for (let m = 0; m < this.paths.length; m++) {
      const p = this.paths[m]!;
      p.setAttribute('fill', fills[m]!);
      p.setAttribute('aria-label', this.host.label(m));
    }
    if (!this.tip.hidden) this.showTip(this.active);
  }

  /** Each municipality's path (viewBox coordinates, MAP_WIDTH × MAP_HEIGHT) and whether it is only context. */
  shapes(): { d: string; context: boolean }[] {
    return this.paths.map((p) => ({ d: p.getAttribute('d') ?? '', context: p.classList.contains('map-context') }));
  }

  setLabel(text: string): void {
    this.svg.setAttribute('aria-label', text);
  }

  /** Outlines the region on screen (a municipality's index, or -1). */
  setSelected(m: number): void {
    this.selected = m;
    this.drawOutline();
  }

  private drawOutline(): void {
    const p = this.paths[this.selected];
    this.outline.setAttribute('d', p?.getAttribute('d') ?? '');
  }

  private setActive(m: number, focus: boolean): void {
    this.paths[this.active]?.setAttribute('tabindex', '-1');
    this.active = m;
    const p = this.paths[m];
    if (!p) return;
    p.setAttribute('tabindex', '0');
    if (focus) {
      p.focus();
      this.showTip(m);
    }
  }

  private showTip(m: number, at?: { x: number; y: number }): void {
    const lines = this.host.tooltip(m);
    this.tip.replaceChildren(...lines.map((l, i) => h(i === 0 ? 'strong' : 'span', {}, l)));
    this.tip.hidden = false;
    const box = this.root.getBoundingClientRect();
    let x: number;
    let y: number;
    if (at) {
      x = at.x - box.left;
      y = at.y - box.top;
    } else {
      const r = this.paths[m]!.getBoundingClientRect();
      x = r.left + r.width / 2 - box.left;
      y = r.top + r.height / 2 - box.top;
    }
    const w = this.tip.offsetWidth;
    this.tip.style.left = `${Math.max(4, Math.min(box.width - w - 4, x + 12))}px`;
    this.tip.style.top = `${Math.max(4, y + 12)}px`;
  }

  private hideTip(): void {
    this.tip.hidden = true;
  }

  private bind(): void {
    const mOf = (t: EventTarget | null): number | null => {
      const d = t instanceof SVGPathElement ? t.dataset['m'] : undefined;
      return d === undefined ? null : Number(d);
    };
    this.svg.addEventListener('pointermove', (e) => {
      const m = mOf(e.target);
      if (m === null) this.hideTip();
      else this.showTip(m, { x: e.clientX, y: e.clientY });
    });
    this.svg.addEventListener('pointerleave', () => this.hideTip());
    this.svg.addEventListener('click', (e) => {
      const m = mOf(e.target);
      if (m !== null) {
        this.setActive(m, false);
        this.host.select(m);
      }
    });
    this.svg.addEventListener('focusin', (e) => {
      const m = mOf(e.target);
      if (m !== null && m !== this.active) this.setActive(m, false);
      if (m !== null) this.showTip(m);
    });
    this.svg.addEventListener('focusout', () => this.hideTip());
    this.svg.addEventListener('keydown', (e) => {
      const i = this.order.indexOf(this.active);
      const step = (d: number) => this.order[(i + d + this.order.length) % this.order.length]!;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') this.setActive(step(1), true);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') this.setActive(step(-1), true);
      else if (e.key === 'Home') this.setActive(this.order[0]!, true);
      else if (e.key === 'End') this.setActive(this.order[this.order.length - 1]!, true);
      else if (e.key === 'Enter' || e.key === ' ') this.host.select(this.active);
      else if (e.key === 'Escape') this.hideTip();
      else return;
      e.preventDefault();
    });
  }
}
