/**
 * The demo station: a made-up 睦洲派出所 with the real town's figures (DOMAIN.md), grown
 * afresh from a seed at every fresh server start. Same seed and same `today`, same station.
 */
import type { StationData } from '../store/station.ts';
import { planAddresses } from './addresses.ts';
import { shanghaiDay } from './calendar.ts';
import { type CrossingSite, generateCrossings } from './crossings.ts';
import { type Bank, buildLand } from './geography.ts';
import { populate } from './people.ts';
import { createRng } from './prng.ts';
import { generateStaff, type StationUser } from './staff.ts';
import { generateVisits } from './visits.ts';

/** Re-exported so callers need only this module: banks are what crossings join. */
export type { Bank } from './geography.ts';
/** Re-exported so the server's account store can take the demo users as they are. */
export type { StationUser } from './staff.ts';

/**
 * Everything the server seeds its store with, plus the seed and the banks it grew from. Its
 * crossings come through the timetable importer (load.ts), so `crossings` is empty and
 * `ferryCrossings` holds what the GTFS feed is written from.
 */
export interface DemoStation extends StationData {
  seed: number;
  banks: Bank[];
  users: StationUser[];
  crossings: [];
  ferryCrossings: CrossingSite[];
}

/** The seed used when none is given: the date of the article the station is modelled on. */
export const DEFAULT_SEED = 20230801;

// The real town has about 14,000 households for its 53,000 residents.
const HOUSEHOLDS = 14_000;

/** Grows the demo station; `today` anchors ages and the two months of past visits. */
export function generateStation(options: { seed?: number; today: Date }): DemoStation {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = shanghaiDay(options.today);
  const land = buildLand();
  const slots = planAddresses(land, createRng(seed, 'addresses'), HOUSEHOLDS);
  const { households, residents } = populate(slots, createRng(seed, 'people'), today);
  const ferryCrossings = generateCrossings(land, createRng(seed, 'crossings'));
  const { users, assignments } = generateStaff(land, households, createRng(seed, 'staff'));
  const visits = generateVisits(households, assignments, today, createRng(seed, 'visits'));
  const { banks, villages, grids } = land;
  return {
    seed,
    banks,
    villages,
    grids,
    households,
    residents,
    crossings: [],
    ferryCrossings,
    users,
    assignments,
    visits,
  };
}
