import { describe, expect, it } from 'vitest';
import {
  AREA_MARGIN,
  bboxOfPolygons,
  clampZooms,
  planArea,
} from '../../../src/device/map/areaPlan.ts';
import { wgs84ToGcj02 } from '../../../src/shared/datum.ts';
import type { LngLat } from '../../../src/shared/entities.ts';
import { countTiles } from '../../../src/shared/tiles.ts';
import { manifest } from './helpers.ts';

const cellA: LngLat[] = [
  [113.1, 22.4],
  [113.12, 22.4],
  [113.12, 22.42],
];
const cellB: LngLat[] = [
  [113.13, 22.43],
  [113.15, 22.43],
  [113.15, 22.45],
];

describe('planning an offline map area', () => {
  it('boxes the officer’s cells with a margin', () => {
    const box = bboxOfPolygons([cellA, cellB], AREA_MARGIN);
    expect(box).toEqual([
      113.1 - AREA_MARGIN,
      22.4 - AREA_MARGIN,
      113.15 + AREA_MARGIN,
      22.45 + AREA_MARGIN,
    ]);
    expect(bboxOfPolygons([])).toBeNull();
  });

  it('counts tiles and estimates bytes before anything is downloaded', () => {
    const plan = planArea(manifest(), [cellA, cellB], { minZoom: 12, maxZoom: 14 });
    if (!plan) throw new Error('no plan');
    expect(plan.tileCount).toBe(countTiles(plan.bbox, 12, 14));
    expect(plan.estimatedBytes).toBe(plan.tileCount * 12_000);
    expect(plan.overCap).toBe(false);
    expect(plan.id).toBe(planArea(manifest(), [cellB, cellA], { minZoom: 12, maxZoom: 14 })?.id);
  });

  it('clamps the zoom range into the source’s, 12–17 by default', () => {
    expect(clampZooms(manifest(), 3, 30)).toEqual({ minZoom: 11, maxZoom: 17 });
    expect(clampZooms(manifest(), 16, 13)).toEqual({ minZoom: 13, maxZoom: 16 });
    const plan = planArea(manifest(), [cellA]);
    expect([plan?.minZoom, plan?.maxZoom]).toEqual([12, 17]);
  });

  it('refuses an area above the cap', () => {
    const plan = planArea(manifest(), [cellA, cellB], { minZoom: 12, maxZoom: 17 }, 100);
    expect(plan?.overCap).toBe(true);
  });

  it('moves the box onto a GCJ-02 map and keeps it inside the source’s bounds', () => {
    const plan = planArea(manifest({ datum: 'GCJ02' }), [cellA], { minZoom: 12, maxZoom: 12 });
    const [west] = wgs84ToGcj02(113.1 - AREA_MARGIN, 22.4 - AREA_MARGIN);
    expect(plan?.bbox[0]).toBeCloseTo(west, 9);
    expect(planArea(manifest({ bounds: [100, 10, 101, 11] }), [cellA])).toBeNull();
  });
});
