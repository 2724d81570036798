/**
 * Small planar geometry on WGS-84 `[lng, lat]` rings, enough for a town of a few kilometres:
 * a local equirectangular projection keeps areas within a fraction of a percent.
 */
import type { LngLat } from './entities.ts';

/** Km per degree of latitude. */
export const KM_PER_DEG_LAT = 110.57;
/** Km per degree of longitude at the equator; times the cosine of the latitude elsewhere. */
export const KM_PER_DEG_LNG_AT_EQUATOR = 111.32;

/** A bounding box as `[minLng, minLat, maxLng, maxLat]` (GeoJSON order). */
export type BBox = [number, number, number, number];

function at(ring: LngLat[], i: number): LngLat {
  const p = ring[((i % ring.length) + ring.length) % ring.length];
  if (p === undefined) throw new Error('empty ring');
  return p;
}

/** True when `p` is inside the ring (even-odd rule); points exactly on an edge may go either way. */
export function pointInPolygon(p: LngLat, ring: LngLat[]): boolean {
  const [x, y] = p;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = at(ring, i);
    const [xj, yj] = at(ring, j);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when `p` lies on an edge of the ring, within `epsilon` degrees. */
export function pointOnRing(p: LngLat, ring: LngLat[], epsilon = 1e-9): boolean {
  for (let i = 0; i < ring.length; i++) {
    const a = at(ring, i);
    const b = at(ring, i + 1);
    const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (Math.abs(cross) > epsilon * Math.max(length, epsilon)) continue;
    const dot = (p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1]);
    if (dot >= -epsilon && dot <= length * length + epsilon) return true;
  }
  return false;
}

/** Area in km² of a simple ring, projected around its own mean latitude. */
export function polygonAreaKm2(ring: LngLat[]): number {
  if (ring.length < 3) return 0;
  const meanLat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  const kmPerDegLng = KM_PER_DEG_LNG_AT_EQUATOR * Math.cos((meanLat * Math.PI) / 180);
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = at(ring, i);
    const b = at(ring, i + 1);
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return (Math.abs(twice) / 2) * kmPerDegLng * KM_PER_DEG_LAT;
}

/** The ring's bounding box, for cheap rejection before point-in-polygon tests. */
export function bbox(ring: LngLat[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng, lat] of ring) {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  }
  return box;
}

/** The area-weighted centroid of a simple ring (a label point for convex-ish cells). */
export function centroid(ring: LngLat[]): LngLat {
  let twice = 0;
  let cx = 0;
  let cy = 0;
  const [ox, oy] = at(ring, 0);
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = at(ring, i);
    const [bx, by] = at(ring, i + 1);
    const cross = (ax - ox) * (by - oy) - (bx - ox) * (ay - oy);
    twice += cross;
    cx += (ax - ox + bx - ox) * cross;
    cy += (ay - oy + by - oy) * cross;
  }
  if (twice === 0) return [ox, oy];
  return [ox + cx / (3 * twice), oy + cy / (3 * twice)];
}

function orientation(a: LngLat, b: LngLat, c: LngLat): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

/** True when segments ab and cd cross at a point interior to both (touching does not count). */
export function segmentsCross(a: LngLat, b: LngLat, c: LngLat, d: LngLat): boolean {
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  return o1 * o2 < 0 && o3 * o4 < 0;
}

function strictlyInside(p: LngLat, ring: LngLat[]): boolean {
  return !pointOnRing(p, ring) && pointInPolygon(p, ring);
}

function midpoint(a: LngLat, b: LngLat): LngLat {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/**
 * True when two rings share interior: an edge of one crosses an edge of the other, or a vertex
 * or edge midpoint of one lies strictly inside the other. Neighbours that only share edges
 * and vertices do not overlap. Two identical rings are not caught; sample points for that.
 */
export function ringsOverlap(a: LngLat[], b: LngLat[]): boolean {
  const [a0, a1, a2, a3] = bbox(a);
  const [b0, b1, b2, b3] = bbox(b);
  if (a0 > b2 || b0 > a2 || a1 > b3 || b1 > a3) return false;
  for (let i = 0; i < a.length; i++) {
    const p = at(a, i);
    const q = at(a, i + 1);
    if (strictlyInside(p, b) || strictlyInside(midpoint(p, q), b)) return true;
    for (let j = 0; j < b.length; j++) {
      if (segmentsCross(p, q, at(b, j), at(b, j + 1))) return true;
    }
  }
  return b.some((p, i) => strictlyInside(p, a) || strictlyInside(midpoint(p, at(b, i + 1)), a));
}

/**
 * How `segmentDistanceKm` and `ringDistanceKm` project: km per degree of latitude (default
 * KM_PER_DEG_LAT), and the latitude whose cosine scales longitude (default the point's own).
 */
export interface FlatProjection {
  kmPerDegLat?: number;
  refLat?: number;
}

/**
 * Distance in km from `p` to the segment a–b, on a flat projection centred on `p` (fine over a
 * few km).
 */
export function segmentDistanceKm(
  p: LngLat,
  a: LngLat,
  b: LngLat,
  projection: FlatProjection = {},
): number {
  const { kmPerDegLat = KM_PER_DEG_LAT, refLat = p[1] } = projection;
  const cos = Math.cos((refLat * Math.PI) / 180);
  const [ax, ay] = [(a[0] - p[0]) * cos * KM_PER_DEG_LNG_AT_EQUATOR, (a[1] - p[1]) * kmPerDegLat];
  const [bx, by] = [(b[0] - p[0]) * cos * KM_PER_DEG_LNG_AT_EQUATOR, (b[1] - p[1]) * kmPerDegLat];
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Distance in km from `p` to the nearest edge of `ring`, projected as `segmentDistanceKm`. */
export function ringDistanceKm(
  p: LngLat,
  ring: readonly LngLat[],
  projection: FlatProjection = {},
): number {
  let best = Number.POSITIVE_INFINITY;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    best = Math.min(best, segmentDistanceKm(p, a, b, projection));
  });
  return best;
}
