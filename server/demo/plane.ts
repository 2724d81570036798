/**
 * The town's flat drawing board: kilometres east (x) and north (y) from the south-west corner.
 * Banks and cells are laid out as lattice rectangles here, then one smooth warp bends every
 * point the same way (so neighbours still share exact vertices) before it becomes `[lng, lat]`.
 */
import type { LngLat } from '../../src/shared/entities.ts';

/** A point on the drawing board, in km. */
export type PlanePoint = readonly [x: number, y: number];

/** An axis-aligned rectangle on the drawing board, in km. */
export interface PlaneRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Lattice spacing: close enough that the warped edges look like curves, not kinks. */
export const STEP_KM = 0.2;

// Where the middle of the drawing board lands: 睦洲, Xinhui district.
const CENTRE_LNG = 113.14;
const CENTRE_LAT = 22.43;
const BOARD_CENTRE: PlanePoint = [5.675, 4.6];
const KM_PER_DEG_LAT = 110.57;
const KM_PER_DEG_LNG = 111.32 * Math.cos((CENTRE_LAT * Math.PI) / 180);

// A long swell and a short ripple; gradients stay below ~0.25 so rivers keep their width.
function warp([x, y]: PlanePoint): PlanePoint {
  return [
    x + 0.15 * Math.sin(y / 1.6 + 0.7) + 0.04 * Math.sin((x + 2 * y) / 0.5),
    y + 0.14 * Math.sin(x / 1.5 + 1.3) + 0.04 * Math.cos((2 * x - y) / 0.5),
  ];
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The drawing-board point on the map, rounded to ~0.1 m so shared vertices stay identical. */
export function toLngLat(point: PlanePoint): LngLat {
  const [x, y] = warp(point);
  return [
    round6(CENTRE_LNG + (x - BOARD_CENTRE[0]) / KM_PER_DEG_LNG),
    round6(CENTRE_LAT + (y - BOARD_CENTRE[1]) / KM_PER_DEG_LAT),
  ];
}

/** A rectangle of lattice squares, by integer lattice indices from its bank's origin. */
export interface LatticeRect {
  i0: number;
  j0: number;
  i1: number;
  j1: number;
}

/** A lattice vertex: computed from integers only, so neighbours get bit-identical points. */
export function latticePoint(origin: PlanePoint, i: number, j: number): PlanePoint {
  return [origin[0] + i * STEP_KM, origin[1] + j * STEP_KM];
}

/** The rectangle on the drawing board. */
export function planeRect(origin: PlanePoint, r: LatticeRect): PlaneRect {
  const [x0, y0] = latticePoint(origin, r.i0, r.j0);
  const [x1, y1] = latticePoint(origin, r.i1, r.j1);
  return { x0, y0, x1, y1 };
}

/** Every lattice vertex around a rectangle, counter-clockwise from its south-west corner. */
export function latticeRing(origin: PlanePoint, r: LatticeRect): PlanePoint[] {
  const ring: PlanePoint[] = [];
  for (let i = r.i0; i < r.i1; i++) ring.push(latticePoint(origin, i, r.j0));
  for (let j = r.j0; j < r.j1; j++) ring.push(latticePoint(origin, r.i1, j));
  for (let i = r.i1; i > r.i0; i--) ring.push(latticePoint(origin, i, r.j1));
  for (let j = r.j1; j > r.j0; j--) ring.push(latticePoint(origin, r.i0, j));
  return ring;
}
