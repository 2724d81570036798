/**
 * SVG to PNG with resvg (a Rust renderer shipped as prebuilt npm packages): no system
 * libraries, no fonts (the tiles carry no text), so the same SVG gives the same bytes anywhere.
 */
import { Resvg } from '@resvg/resvg-js';

/** Rasterises an SVG at its own size. */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2 });
  return resvg.render().asPng();
}
