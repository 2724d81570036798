/**
 * Standard addresses (标准地址) and where each household stands. A village's houses cluster in
 * its groups' hamlets (第三组…), the community's along its lanes (和平巷…); every house stands
 * at least 40 m inside its grid cell, away from the river and the cell's border.
 */
import type { Address, LngLat } from '../../src/shared/entities.ts';
import { pointInPolygon } from '../../src/shared/geo.ts';
import type { Land, LandCell } from './geography.ts';
import { chineseNumber, LANE_WORDS } from './names.ts';
import { type PlaneRect, toLngLat } from './plane.ts';
import type { Rng } from './prng.ts';

/** One address with its place, waiting for a household to live there. */
export interface AddressSlot {
  gridId: string;
  villageId: string;
  address: Address;
  addressText: string;
  location: LngLat;
  /** In the community (town centre): denser, more rented housing. */
  community: boolean;
}

const INSET_KM = 0.04;
const LANE_KINDS = ['巷', '路', '街'];

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  let left = total - parts.reduce((s, p) => s + p, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

function laneName(index: number): string {
  const word = LANE_WORDS[index % LANE_WORDS.length];
  const kind = LANE_KINDS[Math.floor(index / LANE_WORDS.length)];
  if (word === undefined || kind === undefined) throw new Error(`no name for lane ${index}`);
  return word + kind;
}

function inset(rect: PlaneRect): PlaneRect {
  return {
    x0: rect.x0 + INSET_KM,
    y0: rect.y0 + INSET_KM,
    x1: rect.x1 - INSET_KM,
    y1: rect.y1 - INSET_KM,
  };
}

function uniformIn(rect: PlaneRect, rng: Rng): [number, number] {
  return [rect.x0 + rng.next() * (rect.x1 - rect.x0), rect.y0 + rng.next() * (rect.y1 - rect.y0)];
}

function houseNear(centre: [number, number], spread: number, cell: LandCell, rng: Rng): LngLat {
  const box = inset(cell.rect);
  for (let attempt = 0; ; attempt++) {
    const [x, y] =
      attempt < 20
        ? [rng.gaussian(centre[0], spread), rng.gaussian(centre[1], spread)]
        : uniformIn(box, rng);
    if (x <= box.x0 || x >= box.x1 || y <= box.y0 || y >= box.y1) continue;
    const location = toLngLat([x, y]);
    if (pointInPolygon(location, cell.grid.polygon)) return location;
  }
}

/** About `total` addresses across the land, denser in the community's cells. */
export function planAddresses(land: Land, rng: Rng, total: number): AddressSlot[] {
  const weights = land.cells.map((c) =>
    c.kind === 'community' ? 2.6 * (0.9 + 0.2 * rng.next()) : 0.75 + 0.5 * rng.next(),
  );
  const counts = apportion(total, weights);
  const areasUsed = new Map<string, number>();
  const slots: AddressSlot[] = [];
  land.cells.forEach((cell, c) => {
    const count = counts[c] ?? 0;
    const community = cell.kind === 'community';
    const areaCount = Math.max(2, Math.round(count / (community ? 90 : 65)));
    const sizes = apportion(
      count,
      Array.from({ length: areaCount }, () => 0.6 + 0.8 * rng.next()),
    );
    for (const size of sizes) {
      const index = (areasUsed.get(cell.grid.villageId) ?? 0) + 1;
      areasUsed.set(cell.grid.villageId, index);
      const area = community ? laneName(index - 1) : `第${chineseNumber(index)}组`;
      const centre = uniformIn(inset(cell.rect), rng);
      const spread = community ? 0.3 : 0.2;
      let number = 0;
      for (let k = 0; k < size; k++) {
        number += rng.chance(0.12) ? 2 : 1;
        slots.push({
          gridId: cell.grid.id,
          villageId: cell.grid.villageId,
          address: { village: cell.villageName, area, number },
          addressText: `${cell.villageName}${area}${number}号`,
          location: houseNear(centre, spread, cell, rng),
          community,
        });
      }
    }
  });
  return slots;
}
