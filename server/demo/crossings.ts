/**
 * Ferry crossings (渡口): two across each river that separates neighbouring banks, landing
 * 60 m inland on each shore. Most ferries run every so many minutes through the day; a few
 * quiet ones keep fixed departures only. The station gets them as a GTFS feed written from
 * these (ferries.ts) and loaded through the timetable importer, like a real station's.
 */
import type { DemoCrossing, DemoTimetable } from './ferries.ts';
import { bankRect, type Land } from './geography.ts';
import { BANK_PLANS, type BankPlan } from './layout.ts';
import { type PlanePoint, type PlaneRect, toLngLat } from './plane.ts';
import type { Rng } from './prng.ts';

const LANDING_INLAND_KM = 0.06;
const MAX_RIVER_KM = 0.5;
const SITES = [0.27, 0.72];

interface River {
  banks: [BankPlan, BankPlan];
  /** Landing points on the drawing board, one per bank, for each crossing site. */
  landings: [PlanePoint, PlanePoint][];
  widthKm: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): [number, number] | null {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return hi - lo >= 1 ? [lo, hi] : null;
}

function gapOf(a: PlaneRect, b: PlaneRect): number {
  return Math.max(b.y0 - a.y1, a.y0 - b.y1, b.x0 - a.x1, a.x0 - b.x1);
}

// A river runs between two banks that face each other across a narrow gap.
function riverBetween(a: BankPlan, b: BankPlan): River | null {
  const ra = bankRect(a);
  const rb = bankRect(b);
  const widthKm = gapOf(ra, rb);
  if (widthKm <= 0 || widthKm > MAX_RIVER_KM) return null;
  const along = ([lo, hi]: [number, number]) => SITES.map((f) => lo + f * (hi - lo));
  const xSpan = overlap(ra.x0, ra.x1, rb.x0, rb.x1);
  if (xSpan) {
    const aNorth = ra.y0 > rb.y1;
    const ya = aNorth ? ra.y0 + LANDING_INLAND_KM : ra.y1 - LANDING_INLAND_KM;
    const yb = aNorth ? rb.y1 - LANDING_INLAND_KM : rb.y0 + LANDING_INLAND_KM;
    return {
      banks: [a, b],
      widthKm,
      landings: along(xSpan).map((x) => [
        [x, ya],
        [x, yb],
      ]),
    };
  }
  const ySpan = overlap(ra.y0, ra.y1, rb.y0, rb.y1);
  if (ySpan) {
    const aEast = ra.x0 > rb.x1;
    const xa = aEast ? ra.x0 + LANDING_INLAND_KM : ra.x1 - LANDING_INLAND_KM;
    const xb = aEast ? rb.x1 - LANDING_INLAND_KM : rb.x0 + LANDING_INLAND_KM;
    return {
      banks: [a, b],
      widthKm,
      landings: along(ySpan).map((y) => [
        [xa, y],
        [xb, y],
      ]),
    };
  }
  return null;
}

function villageAt(land: Land, bankId: string, [x, y]: PlanePoint): string {
  const cell = land.cells.find(
    (c) =>
      c.grid.bankId === bankId && x > c.rect.x0 && x < c.rect.x1 && y > c.rect.y0 && y < c.rect.y1,
  );
  if (!cell) throw new Error(`landing (${x}, ${y}) is not on bank ${bankId}`);
  return cell.villageName.replace(/(村|社区)$/, '');
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A crossing as the generator draws it, with the banks it joins. */
export interface CrossingSite extends DemoCrossing {
  /** `ends[0]` is on `bankIds[0]`, `ends[1]` on `bankIds[1]`. */
  bankIds: [string, string];
}

function timetable(rng: Rng, fixed: boolean): DemoTimetable {
  if (!fixed) {
    return {
      kind: 'interval',
      first: rng.pick(['06:00', '06:00', '06:30']),
      last: rng.pick(['20:30', '21:30', '21:30', '22:00']),
      everyMinutes: rng.pick([15, 20, 20, 25, 30, 30, 40]),
    };
  }
  // Half-hour slots from 06:30 to 19:00, the first always early so people can get to work.
  const slots = new Set<number>([rng.int(0, 1)]);
  const count = rng.int(6, 10);
  while (slots.size < count) slots.add(rng.int(2, 25));
  const times = [...slots].map((slot) => 6 * 60 + 30 + 30 * slot + rng.pick([0, 5, 10, 15]));
  return { kind: 'fixed', departures: times.sort((a, b) => a - b).map(clock) };
}

/** The twelve crossings, `c01`…, two per river between neighbouring banks. */
export function generateCrossings(land: Land, rng: Rng): CrossingSite[] {
  const rivers: River[] = [];
  BANK_PLANS.forEach((a, i) => {
    for (const b of BANK_PLANS.slice(i + 1)) {
      const river = riverBetween(a, b);
      if (river) rivers.push(river);
    }
  });
  const sites = rivers.flatMap((river) => river.landings.map((landing) => ({ river, landing })));
  const fixed = new Set<number>();
  while (fixed.size < 4) fixed.add(rng.int(0, sites.length - 1));
  const names = new Set<string>();
  return sites.map(({ river, landing }, k): CrossingSite => {
    const [a, b] = river.banks;
    const near = villageAt(land, a.id, landing[0]);
    const far = villageAt(land, b.id, landing[1]);
    const name =
      [`${near}渡口`, `${far}渡口`, `${near}新渡口`].find((n) => !names.has(n)) ??
      `${near}${k}渡口`;
    names.add(name);
    return {
      id: `c${String(k + 1).padStart(2, '0')}`,
      name,
      bankIds: [a.id, b.id],
      ends: [toLngLat(landing[0]), toLngLat(landing[1])],
      crossingMinutes: Math.min(12, Math.round(3 + 10 * river.widthKm) + rng.int(0, 4)),
      timetable: timetable(rng, fixed.has(k)),
    };
  });
}
