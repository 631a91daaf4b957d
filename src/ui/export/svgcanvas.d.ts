/** The part of svgcanvas 2.6 (a canvas 2D context that records SVG; the package ships no types) we use. */
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number; height: number; document?: Document; ctx?: CanvasRenderingContext2D });
    /** The fake canvas Chart.js reads its size from (svgcanvas points it at itself; we replace it). */
    canvas: unknown;
    /** The SVG so far; `fixNamedEntities` turns named entities into numeric ones (standalone SVG has none). */
    getSerializedSvg(fixNamedEntities?: boolean): string;
    getSvg(): SVGSVGElement;
  }
}
