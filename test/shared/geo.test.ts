import { describe, expect, it } from 'vitest';
import type { LngLat } from '../../src/shared/entities.ts';
import {
  bbox,
  centroid,
  pointInPolygon,
  pointOnRing,
  polygonAreaKm2,
  ringsOverlap,
  segmentsCross,
} from '../../src/shared/geo.ts';

// A square of 0.01° at the station's latitude: about 1.03 km east-west by 1.11 km north-south.
const square = (lng: number, lat: number, size = 0.01): LngLat[] => [
  [lng, lat],
  [lng + size, lat],
  [lng + size, lat + size],
  [lng, lat + size],
];
const a = square(113.14, 22.43);

describe('geo', () => {
  it('tells points inside a ring from points outside', () => {
    expect(pointInPolygon([113.145, 22.435], a)).toBe(true);
    expect(pointInPolygon([113.155, 22.435], a)).toBe(false);
    const notch: LngLat[] = [
      [0, 0],
      [4, 0],
      [4, 4],
      [2, 1],
      [0, 4],
    ];
    expect(pointInPolygon([2, 3], notch)).toBe(false);
    expect(pointInPolygon([1, 1], notch)).toBe(true);
  });

  it('finds points on a ring edge', () => {
    expect(pointOnRing([113.145, 22.43], a)).toBe(true);
    expect(pointOnRing([113.145, 22.431], a)).toBe(false);
  });

  it('measures a 0.01° square near Muzhou as about 1.14 km²', () => {
    const expected = 0.01 * 111.32 * Math.cos((22.435 * Math.PI) / 180) * 0.01 * 110.57;
    expect(polygonAreaKm2(a)).toBeCloseTo(expected, 6);
    expect(polygonAreaKm2([...a].reverse())).toBeCloseTo(expected, 6);
  });

  it('gives the bounding box and centroid of a ring', () => {
    expect(bbox(a)).toEqual([113.14, 22.43, 113.15, 22.44]);
    const [lng, lat] = centroid(a);
    expect(lng).toBeCloseTo(113.145, 9);
    expect(lat).toBeCloseTo(22.435, 9);
  });

  it('counts only proper crossings of segments, not touching', () => {
    expect(segmentsCross([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsCross([0, 0], [1, 1], [1, 1], [2, 0])).toBe(false);
    expect(segmentsCross([0, 0], [1, 0], [0, 1], [1, 1])).toBe(false);
  });

  it('sees neighbours sharing an edge as not overlapping', () => {
    expect(ringsOverlap(a, square(113.15, 22.43))).toBe(false);
    expect(ringsOverlap(a, square(113.2, 22.43))).toBe(false);
  });

  it('sees shifted, nested and crossing rings as overlapping', () => {
    expect(ringsOverlap(a, square(113.145, 22.435))).toBe(true);
    expect(ringsOverlap(a, square(113.142, 22.432, 0.002))).toBe(true);
    const cross: LngLat[] = [
      [113.138, 22.434],
      [113.152, 22.434],
      [113.152, 22.436],
      [113.138, 22.436],
    ];
    expect(ringsOverlap(a, cross)).toBe(true);
  });
});
