/**
 * Planning an offline map area before any download: the box around the officer's grid cells,
 * the zoom range, how many tiles and bytes that is, and whether it stays under the cap.
 */
import { type Datum, toMapDatum } from '../../shared/datum.ts';
import type { LngLat } from '../../shared/entities.ts';
import { type BBox, countTiles, estimateBytes } from '../../shared/tiles.ts';
import type { MapAreaRecord } from '../db/schema.ts';
import type { MapManifest } from './manifest.ts';

/** Most tiles one area may hold (about 300 MB of map at the station's average tile size). */
export const TILE_CAP = 20_000;
/** Margin around the cells, in degrees (about 500 m), so the edge of a cell is not the map's. */
export const AREA_MARGIN = 0.005;
/** The zoom range offered first, clamped to the source's. */
export const DEFAULT_ZOOMS = { minZoom: 12, maxZoom: 17 } as const;

/** A planned area: what would be downloaded, and whether it may be. */
export interface AreaPlan {
  id: string;
  source: string;
  bbox: BBox;
  minZoom: number;
  maxZoom: number;
  tileCount: number;
  estimatedBytes: number;
  /** More tiles than `TILE_CAP`: the officer must narrow the zoom range. */
  overCap: boolean;
}

/** The box around polygons (WGS-84 `[lng, lat]` rings) widened by `margin` degrees, or null. */
export function bboxOfPolygons(polygons: readonly (readonly LngLat[])[], margin = 0): BBox | null {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const ring of polygons) {
    for (const [lng, lat] of ring) {
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  if (!Number.isFinite(west)) return null;
  return [west - margin, south - margin, east + margin, north + margin];
}

/** A WGS-84 box moved into the map's datum (a GCJ-02 map is drawn a few hundred metres off). */
export function bboxInDatum(datum: Datum, [west, south, east, north]: BBox): BBox {
  const [w, s] = toMapDatum(datum, west, south);
  const [e, n] = toMapDatum(datum, east, north);
  return [w, s, e, n];
}

/** The overlap of two boxes, or null when they do not meet. */
export function intersectBBox(a: BBox, b: BBox): BBox | null {
  const box: BBox = [
    Math.max(a[0], b[0]),
    Math.max(a[1], b[1]),
    Math.min(a[2], b[2]),
    Math.min(a[3], b[3]),
  ];
  return box[0] < box[2] && box[1] < box[3] ? box : null;
}

/** A zoom range clamped into the source's, low end first. */
export function clampZooms(
  manifest: Pick<MapManifest, 'minzoom' | 'maxzoom'>,
  minZoom: number,
  maxZoom: number,
): { minZoom: number; maxZoom: number } {
  const clamp = (z: number) =>
    Math.min(manifest.maxzoom, Math.max(manifest.minzoom, Math.round(z)));
  const [low, high] = [clamp(minZoom), clamp(maxZoom)].sort((a, b) => a - b) as [number, number];
  return { minZoom: low, maxZoom: high };
}

/** The stable id of an area: the same cells and zooms name the same area, so it resumes. */
export function areaId(source: string, bbox: BBox, minZoom: number, maxZoom: number): string {
  return `${source}/${minZoom}-${maxZoom}/${bbox.map((n) => n.toFixed(5)).join(',')}`;
}

/**
 * Plans the area covering `polygons` (WGS-84) on the source of `manifest`, or null when the
 * cells are empty or outside the source's bounds.
 */
export function planArea(
  manifest: MapManifest,
  polygons: readonly (readonly LngLat[])[],
  zooms: { minZoom: number; maxZoom: number } = DEFAULT_ZOOMS,
  cap = TILE_CAP,
): AreaPlan | null {
  const cells = bboxOfPolygons(polygons, AREA_MARGIN);
  if (!cells) return null;
  const bbox = intersectBBox(bboxInDatum(manifest.datum, cells), manifest.bounds);
  if (!bbox) return null;
  const { minZoom, maxZoom } = clampZooms(manifest, zooms.minZoom, zooms.maxZoom);
  const tileCount = countTiles(bbox, minZoom, maxZoom);
  return {
    id: areaId(manifest.name, bbox, minZoom, maxZoom),
    source: manifest.name,
    bbox,
    minZoom,
    maxZoom,
    tileCount,
    estimatedBytes: estimateBytes(tileCount, manifest.averageTileBytes),
    overCap: tileCount > cap,
  };
}

/** A stored area as the plan that made it, to resume or refresh it. */
export function planOfArea(area: MapAreaRecord): AreaPlan {
  return {
    id: area.id,
    source: area.source,
    bbox: area.bbox,
    minZoom: area.minZoom,
    maxZoom: area.maxZoom,
    tileCount: area.total,
    estimatedBytes: 0,
    overCap: false,
  };
}
