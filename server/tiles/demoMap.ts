/**
 * What the demo station's map shows, in map coordinates: the land of each bank, its grid
 * cells and the ferry crossings over the rivers between. It comes from the same generator as
 * the station's data, so the tiles and the households line up.
 */
import type { LngLat } from '../../src/shared/entities.ts';
import type { BBox } from '../../src/shared/tiles.ts';
import { generateCrossings } from '../demo/crossings.ts';
import { bankOutline, buildLand } from '../demo/geography.ts';
import { createRng } from '../demo/prng.ts';

/** A ring with its bounding box, to skip it quickly on tiles it does not touch. */
export interface MapRing {
  points: LngLat[];
  bbox: BBox;
}

/** The demo station's map features. */
export interface DemoMap {
  /** One ring per bank: its grid cells united (they tile the bank exactly). */
  land: MapRing[];
  /** Each grid cell's border. */
  cells: MapRing[];
  /** Each crossing as a two-point line from landing to landing. */
  crossings: MapRing[];
  /** The station's extent plus `MARGIN_DEG` on every side. */
  bbox: BBox;
}

/** Margin around the station: about 1.5 km of river and shore beyond the outermost bank. */
export const MARGIN_DEG = 0.015;

function ringOf(points: LngLat[]): MapRing {
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    points,
    bbox: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)],
  };
}

/** The demo map for a seed (the land is the same for every seed; crossings come from it). */
export function demoMap(seed: number): DemoMap {
  const land = buildLand();
  const crossings = generateCrossings(land, createRng(seed, 'crossings'));
  const banks = land.banks.map((bank) => ringOf(bankOutline(bank.id)));
  const [west, south, east, north] = banks.reduce<BBox>(
    (box, { bbox }) => [
      Math.min(box[0], bbox[0]),
      Math.min(box[1], bbox[1]),
      Math.max(box[2], bbox[2]),
      Math.max(box[3], bbox[3]),
    ],
    [180, 90, -180, -90],
  );
  return {
    land: banks,
    cells: land.grids.map((grid) => ringOf(grid.polygon)),
    crossings: crossings.map((crossing) => ringOf([...crossing.ends])),
    bbox: [west - MARGIN_DEG, south - MARGIN_DEG, east + MARGIN_DEG, north + MARGIN_DEG],
  };
}
