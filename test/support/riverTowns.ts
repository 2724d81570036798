/**
 * Synthetic river towns for the planner's tests and benchmark: banks as rectangles side by side
 * west to east, a river between each pair crossed by a few ferries, boats from each end at a
 * steady headway from the first boat to a clear last one. Time is a fixed service day, so
 * nothing depends on the machine's clock or zone.
 */

import type { LngLat } from '../../src/shared/entities.ts';
import { mulberry32 } from '../../src/shared/planner/random.ts';
import type {
  Connection,
  Landing,
  PlanPlace,
  PlanRequest,
  PlanStop,
} from '../../src/shared/planner/types.ts';

/** Midnight at the station (+08:00) on the synthetic service day. */
export const DAY = Date.UTC(2024, 4, 6, -8);

/** `HH:MM` on the synthetic day, as epoch ms. */
export function at(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return DAY + (h ?? 0) * 3_600_000 + (m ?? 0) * 60_000;
}

/** A seeded uniform random source in [0, 1), so every case can be replayed. */
export const seeded = mulberry32;

/** A bank: a rectangle `[west, south, east, north]` in degrees. */
export interface Bank {
  id: string;
  box: [number, number, number, number];
}

/** One ferry of a synthetic town, with the times its boats leave each end. */
export interface SyntheticCrossing {
  id: string;
  bankIds: [string, string];
  ends: [LngLat, LngLat];
  departures: [number[], number[]];
}

/** A synthetic river town. */
export interface RiverTown {
  banks: Bank[];
  crossings: SyntheticCrossing[];
  landings: Landing[];
  connections: Connection[];
  /** The station, in the middle of the first bank. */
  station: PlanPlace;
}

/** How to build a town; every field has a default. */
export interface TownOptions {
  /** Banks west to east (default 3). */
  banks?: number;
  crossingsPerRiver?: number;
  /** Minutes between boats from one end; with `random`, 20–40 in steps of 5 unless given. */
  everyMinutes?: number;
  first?: string;
  last?: string;
  crossingMinutes?: number;
  /** Places crossings along the river at random and draws headways; evenly spaced without. */
  random?: () => number;
}

const BANK_WIDTH = 0.03; // about 3 km east-west
const RIVER_WIDTH = 0.004; // about 400 m
const SOUTH = 22.4;
const NORTH = 22.44; // about 4.4 km north-south

/** Builds a town of banks side by side, joined by ferries across each river. */
export function riverTown(options: TownOptions = {}): RiverTown {
  const { random, crossingMinutes = 6, first = '06:00', last = '19:00' } = options;
  const banks: Bank[] = Array.from({ length: options.banks ?? 3 }, (_, i) => {
    const west = 113.1 + i * (BANK_WIDTH + RIVER_WIDTH);
    return { id: `bank-${i}`, box: [west, SOUTH, west + BANK_WIDTH, NORTH] };
  });
  const crossings: SyntheticCrossing[] = [];
  const perRiver = options.crossingsPerRiver ?? 2;
  for (let r = 0; r + 1 < banks.length; r++) {
    const [west, east] = [banks[r] as Bank, banks[r + 1] as Bank];
    for (let k = 0; k < perRiver; k++) {
      const along = random ? (k + 0.2 + 0.6 * random()) / perRiver : (k + 0.5) / perRiver;
      const lat = SOUTH + along * (NORTH - SOUTH);
      const every = options.everyMinutes ?? (random ? 20 + 5 * Math.floor(random() * 5) : 30);
      const offset = random ? Math.floor(random() * every) : 0;
      const times = (shift: number) => {
        const out: number[] = [];
        for (let t = at(first) + shift * 60_000; t <= at(last); t += every * 60_000) out.push(t);
        // A clear last boat at `last` from both ends.
        if (out.at(-1) !== at(last)) out.push(at(last));
        return out;
      };
      crossings.push({
        id: `x-${r}-${k}`,
        bankIds: [west.id, east.id],
        ends: [
          [west.box[2], lat],
          [east.box[0], lat],
        ],
        departures: [times(offset), times((offset + Math.floor(every / 2)) % every)],
      });
    }
  }
  return { banks, crossings, ...boatsOf(crossings, crossingMinutes), station: middleOf(banks[0]) };
}

/** Landings and connections of some crossings, boats taking `minutes` across. */
export function boatsOf(
  crossings: SyntheticCrossing[],
  minutes: number,
): { landings: Landing[]; connections: Connection[] } {
  const landings: Landing[] = [];
  const connections: Connection[] = [];
  for (const c of crossings) {
    for (const end of [0, 1] as const) {
      landings.push({ crossingId: c.id, end, location: c.ends[end], bankId: c.bankIds[end] });
      for (const departs of c.departures[end]) {
        connections.push({
          crossingId: c.id,
          from: end,
          departs,
          arrives: departs + minutes * 60_000,
        });
      }
    }
  }
  return { landings, connections };
}

/** The middle of a bank, as a place. */
export function middleOf(bank: Bank | undefined): PlanPlace {
  if (!bank) throw new Error('no such bank');
  const [w, s, e, n] = bank.box;
  return { location: [(w + e) / 2, (s + n) / 2], bankId: bank.id };
}

/** A point of a bank at fractions `fx` east and `fy` north of its south-west corner. */
export function pointOn(bank: Bank | undefined, fx: number, fy: number): PlanPlace {
  if (!bank) throw new Error('no such bank');
  const [w, s, e, n] = bank.box;
  return { location: [w + fx * (e - w), s + fy * (n - s)], bankId: bank.id };
}

/** `count` households at random on random banks (or only on `banks`), ids `h1`, `h2`, … */
export function households(
  town: RiverTown,
  count: number,
  random: () => number,
  banks: Bank[] = town.banks,
): PlanStop[] {
  return Array.from({ length: count }, (_, i) => {
    const bank = banks[Math.floor(random() * banks.length)];
    return { id: `h${i + 1}`, ...pointOn(bank, 0.05 + 0.9 * random(), 0.05 + 0.9 * random()) };
  });
}

/** A request over a town: from the station at `now` (default 08:00) back to it. */
export function dayRequest(
  town: RiverTown,
  stops: PlanStop[],
  extra: Partial<PlanRequest> = {},
): PlanRequest {
  return {
    now: at('08:00'),
    start: town.station,
    home: town.station,
    stops,
    landings: town.landings,
    connections: town.connections,
    ...extra,
  };
}

/** A random small day: 3–4 banks, `min`–`max` households, a start between 07:00 and 14:00. */
export function randomDay(seed: number, min: number, max: number): PlanRequest {
  const random = seeded(seed);
  const town = riverTown({ banks: 3 + Math.floor(random() * 2), random });
  const count = min + Math.floor(random() * (max - min + 1));
  const now = at('07:00') + Math.floor(random() * 7 * 60) * 60_000;
  return dayRequest(town, households(town, count, random), { now });
}

/** The households as an officer lists them from the register: bank by bank, banks in any order. */
export function listedBankByBank(stops: PlanStop[], random: () => number): PlanStop[] {
  const rank = new Map<string, number>();
  for (const stop of stops) if (!rank.has(stop.bankId)) rank.set(stop.bankId, random());
  return [...stops].sort((a, b) => (rank.get(a.bankId) ?? 0) - (rank.get(b.bankId) ?? 0));
}

/** How to build a full day; every field has a default. */
export interface FullDayOptions {
  /** Households (default 30). */
  count?: number;
  /** Banks (default 4). */
  banks?: number;
  /** The last boats of the day (default 19:00). */
  last?: string;
}

/** A full day: households over banks, listed bank by bank, 10-minute visits, off at 07:00. */
export function fullDay(seed: number, options: FullDayOptions = {}): PlanRequest {
  const random = seeded(seed);
  const town = riverTown({ banks: options.banks ?? 4, random, last: options.last ?? '19:00' });
  const stops = listedBankByBank(households(town, options.count ?? 30, random), random);
  return dayRequest(town, stops, { now: at('07:00'), visitMinutes: 10 });
}
