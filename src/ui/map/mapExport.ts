/**
 * The map's exports, with the stamp every export carries (export/stamp.ts's text) and the Kartverket attribution:
 * PNG at presentation size (1920×1080 at 2× pixel density, white background, the paths drawn with Path2D from the
 * map's own SVG paths) and SVG (vector, the same layout). Loaded on first export.
 */
import type { ChoroplethView } from './mapView.ts';

export const PNG_WIDTH = 1920;
export const PNG_HEIGHT = 1080;
const SCALE = 2;
const FONT = 'Inter Variable, Inter, system-ui, sans-serif';

export interface MapExportInput {
  readonly title: string;
  readonly subtitle: string;
  /** Legend entries; colour 'hatch' for "no value". */
  readonly legend: readonly { colour: string; text: string }[];
  readonly stamp: readonly string[];
  /** Fill per municipality; 'hatch' for no value. */
  readonly fills: readonly string[];
  readonly county: string | null;
  /** The region on screen (outlined), or -1. */
  readonly selected: number;
}

/** Where the map goes on the 1920×1080 page: left, under the title (the view box scaled into it). */
const MAP_BOX = { x: 40, y: 120, w: 1000, h: 920 };
const LEGEND_X = MAP_BOX.x + MAP_BOX.w + 60;

/** Scale and offset that put the view's box into MAP_BOX. */
function placement(view: ChoroplethView): { k: number; dx: number; dy: number } {
  const [x, y, w, h] = view.box;
  const k = Math.min(MAP_BOX.w / w, MAP_BOX.h / h);
  return { k, dx: MAP_BOX.x - x * k, dy: MAP_BOX.y - y * k };
}

function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  if (!g) return '#d9d9d9';
  g.fillStyle = '#eeeeee';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = '#8c8c8c';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return ctx.createPattern(c, 'repeat') ?? '#d9d9d9';
}

/** Lines of text wrapped to a width (by words). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > width && line) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

export async function mapPng(view: ChoroplethView, input: MapExportInput): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = PNG_WIDTH * SCALE;
  canvas.height = PNG_HEIGHT * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PNG_WIDTH, PNG_HEIGHT);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `600 40px ${FONT}`;
  ctx.fillText(input.title, 40, 64);
  ctx.font = `24px ${FONT}`;
  ctx.fillStyle = '#444444';
  ctx.fillText(input.subtitle, 40, 100);
  const pattern = hatch(ctx);
  ctx.save();
  const { k, dx, dy } = placement(view);
  ctx.beginPath();
  ctx.rect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.w, MAP_BOX.h);
  ctx.clip();
  ctx.translate(dx, dy);
  ctx.scale(k, k);
  const shapes = view.shapes();
  ctx.lineJoin = 'round';
  shapes.forEach((s, m) => {
    if (!s.d) return;
    const p = new Path2D(s.d);
    const fill = input.fills[m]!;
    ctx.globalAlpha = s.context ? 0.35 : 1;
    ctx.fillStyle = fill === 'hatch' ? pattern : fill;
    ctx.fill(p);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.5 / k;
    ctx.stroke(p);
  });
  ctx.globalAlpha = 1;
  const sel = shapes[input.selected];
  if (sel?.d) {
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2.5 / k;
    ctx.stroke(new Path2D(sel.d));
  }
  ctx.restore();
  // legend
  let y = 160;
  ctx.font = `26px ${FONT}`;
  for (const item of input.legend) {
    ctx.fillStyle = item.colour === 'hatch' ? pattern : item.colour;
    ctx.fillRect(LEGEND_X, y - 24, 40, 30);
    ctx.strokeStyle = '#666666';
    ctx.lineWidth = 1;
    ctx.strokeRect(LEGEND_X, y - 24, 40, 30);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(item.text, LEGEND_X + 56, y);
    y += 46;
  }
  // stamp
  y += 40;
  ctx.font = `19px ${FONT}`;
  ctx.fillStyle = '#444444';
  for (const line of input.stamp)
    for (const part of wrap(ctx, line, PNG_WIDTH - LEGEND_X - 40)) {
      ctx.fillText(part, LEGEND_X, y);
      y += 28;
    }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function mapSvg(view: ChoroplethView, input: MapExportInput): Blob {
  const shapes = view.shapes();
  const { k, dx, dy } = placement(view);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PNG_WIDTH}" height="${PNG_HEIGHT}" viewBox="0 0 ${PNG_WIDTH} ${PNG_HEIGHT}" font-family="${FONT}">`,
    `<defs><pattern id="h" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="8" stroke="#8c8c8c" stroke-width="2"/></pattern>`,
    `<clipPath id="c"><rect x="${MAP_BOX.x}" y="${MAP_BOX.y}" width="${MAP_BOX.w}" height="${MAP_BOX.h}"/></clipPath></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="40" y="64" font-size="40" font-weight="600" fill="#1a1a1a">${esc(input.title)}</text>`,
    `<text x="40" y="100" font-size="24" fill="#444444">${esc(input.subtitle)}</text>`,
    `<g clip-path="url(#c)"><g transform="translate(${dx} ${dy}) scale(${k})" stroke="#ffffff" stroke-width="${0.5 / k}" stroke-linejoin="round">`,
  ];
  shapes.forEach((s, m) => {
    if (!s.d) return;
    const fill = input.fills[m] === 'hatch' ? 'url(#h)' : input.fills[m]!;
    parts.push(`<path d="${s.d}" fill="${fill}"${s.context ? ' fill-opacity="0.35"' : ''}/>`);
  });
  const sel = shapes[input.selected];
  if (sel?.d) parts.push(`<path d="${sel.d}" fill="none" stroke="#000000" stroke-width="${2.5 / k}"/>`);
  parts.push('</g></g>');
  let y = 160;
  for (const item of input.legend) {
    const fill = item.colour === 'hatch' ? 'url(#h)' : item.colour;
    parts.push(
      `<rect x="${LEGEND_X}" y="${y - 24}" width="40" height="30" fill="${fill}" stroke="#666666"/>`,
      `<text x="${LEGEND_X + 56}" y="${y}" font-size="26" fill="#1a1a1a">${esc(item.text)}</text>`,
    );
    y += 46;
  }
  y += 40;
  for (const line of input.stamp) {
    parts.push(`<text x="${LEGEND_X}" y="${y}" font-size="17" fill="#444444">${esc(line)}</text>`);
    y += 28;
  }
  parts.push('</svg>');
  return new Blob([parts.join('\n')], { type: 'image/svg+xml' });
}

/**
 * PowerPoint: one 16:9 slide holding the PNG export (title, map, legend, stamp) as a picture with the text summary
 * as its alternative text, and the stamp in the speaker notes (pptxgenjs, loaded on first use).
 */
export async function mapPptx(view: ChoroplethView, input: MapExportInput, summary: string): Promise<Blob> {
  const png = await mapPng(view, input);
  const data = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('could not read the PNG'));
    r.readAsDataURL(png);
  });
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.title;
  const slide = pptx.addSlide();
  slide.addImage({ data, x: 0, y: 0, w: 13.333, h: 7.5, altText: summary });
  slide.addNotes(input.stamp.join('\n'));
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
