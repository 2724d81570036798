/**
 * Draws one 256-px map tile of the demo map as SVG: open water as the background, the banks'
 * land over it, thin grid-cell borders, the shore, and ferry crossings as dashed lines with a
 * boat symbol. No text: village names need a CJK font that CI machines lack, and the app draws
 * its own labels over the map anyway. Coordinates are rounded to 0.1 px, so the same map and
 * tile always give the same SVG.
 */
import type { LngLat } from '../../src/shared/entities.ts';
import type { TileCoord } from '../../src/shared/tiles.ts';
import type { DemoMap, MapRing } from './demoMap.ts';

/** The palette, shared with the docs (docs/tiles.md). */
export const COLOURS = {
  water: '#a9cfe3',
  land: '#eef0e0',
  cell: '#b8ad8c',
  shore: '#6f9bb4',
  ferry: '#1f4e79',
  ferryFill: '#ffffff',
} as const;

const SIZE = 256;
// Features this close outside a tile still get drawn: strokes and boat symbols overhang.
const OVERHANG_PX = 16;

/** Web-Mercator pixel of a point at a zoom, from the world's north-west corner. */
function worldPixel([lng, lat]: LngLat, z: number): [number, number] {
  const scale = SIZE * 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  return [((lng + 180) / 360) * scale, y * scale];
}

const num = (value: number): string => String(Math.round(value * 10) / 10);

/** Draws on one tile: projects to the tile's pixels and keeps what touches it. */
class TilePen {
  readonly #ox: number;
  readonly #oy: number;
  constructor(readonly tile: TileCoord) {
    this.#ox = tile.x * SIZE;
    this.#oy = tile.y * SIZE;
  }

  point(p: LngLat): [number, number] {
    const [x, y] = worldPixel(p, this.tile.z);
    return [x - this.#ox, y - this.#oy];
  }

  touches({ bbox }: MapRing): boolean {
    const [x0, y0] = this.point([bbox[0], bbox[3]]);
    const [x1, y1] = this.point([bbox[2], bbox[1]]);
    const lo = -OVERHANG_PX;
    const hi = SIZE + OVERHANG_PX;
    return x1 >= lo && x0 <= hi && y1 >= lo && y0 <= hi;
  }

  path(rings: MapRing[], close: boolean): string {
    return rings
      .filter((ring) => this.touches(ring))
      .map((ring) => {
        const d = ring.points.map((p, i) => `${i ? 'L' : 'M'}${this.point(p).map(num).join(' ')}`);
        return d.join('') + (close ? 'Z' : '');
      })
      .join('');
  }
}

function strokeWidths(z: number) {
  return {
    cell: z <= 12 ? 0.4 : z <= 14 ? 0.7 : 1.1,
    shore: z <= 13 ? 0.8 : 1.4,
    ferry: z <= 12 ? 1.2 : z <= 14 ? 2 : 3,
  };
}

// A boat in a white disc, in a unit square around the crossing's middle.
const BOAT = 'M-0.62 0.05L0.62 0.05L0.4 0.42L-0.4 0.42Z M-0.3 -0.4L0.22 -0.4L0.22 0.05L-0.3 0.05Z';

function ferrySymbol(pen: TilePen, ring: MapRing): string {
  const [a, b] = ring.points.map((p) => pen.point(p));
  if (!a || !b) return '';
  const r = pen.tile.z >= 15 ? 10 : 7;
  const at = `translate(${num((a[0] + b[0]) / 2)} ${num((a[1] + b[1]) / 2)})`;
  return (
    `<g transform="${at}"><circle r="${r}" fill="${COLOURS.ferryFill}" stroke="${COLOURS.ferry}" stroke-width="1.5"/>` +
    `<path transform="scale(${r * 0.8})" d="${BOAT}" fill="${COLOURS.ferry}"/></g>`
  );
}

/** The tile's SVG, or null when it shows open water only (every such tile is the same). */
export function tileSvg(map: DemoMap, tile: TileCoord): string | null {
  const pen = new TilePen(tile);
  const land = pen.path(map.land, true);
  const cells = pen.path(map.cells, true);
  const crossings = map.crossings.filter((c) => pen.touches(c));
  if (!land && !cells && crossings.length === 0) return null;
  const w = strokeWidths(tile.z);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="${COLOURS.water}"/>`,
  ];
  if (land) parts.push(`<path d="${land}" fill="${COLOURS.land}"/>`);
  if (cells) {
    parts.push(
      `<path d="${cells}" fill="none" stroke="${COLOURS.cell}" stroke-width="${w.cell}"/>`,
    );
  }
  if (land) {
    parts.push(
      `<path d="${land}" fill="none" stroke="${COLOURS.shore}" stroke-width="${w.shore}"/>`,
    );
  }
  if (crossings.length > 0) {
    const dash = `${num(w.ferry * 3)} ${num(w.ferry * 2)}`;
    parts.push(
      `<path d="${pen.path(crossings, false)}" fill="none" stroke="${COLOURS.ferry}" stroke-width="${w.ferry}" stroke-dasharray="${dash}"/>`,
    );
    if (tile.z >= 13) parts.push(...crossings.map((c) => ferrySymbol(pen, c)));
  }
  parts.push('</svg>');
  return parts.join('');
}

/** An open-water tile: the background alone. */
export function waterSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="${SIZE}" height="${SIZE}" fill="${COLOURS.water}"/></svg>`;
}
