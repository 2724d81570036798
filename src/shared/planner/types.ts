/**
 * The day planner's inputs and answer. Everything is data: the caller (the worker, a test, the
 * benchmark) passes the clock as `now` and the boats as `connections`, so one request always
 * gives the same plan. Times are epoch ms, positions WGS-84 `[lng, lat]`.
 */
import type { LngLat } from '../entities.ts';

/** One end of a ferry crossing: where the boat leaves from and lands, on which bank. */
export interface Landing {
  crossingId: string;
  /** As in `Crossing.ends`: end 0 is on `bankIds[0]`, end 1 on `bankIds[1]`. */
  end: 0 | 1;
  location: LngLat;
  bankId: string;
}

/** One boat: leaves end `from` of a crossing at `departs`, lands at the other end at `arrives`. */
export interface Connection {
  crossingId: string;
  from: 0 | 1;
  departs: number;
  arrives: number;
}

/** A household the officer means to visit today. */
export interface PlanStop {
  id: string;
  location: LngLat;
  bankId: string;
}

/** A place on a bank: where the officer sets off, or the station where the day ends. */
export interface PlanPlace {
  location: LngLat;
  bankId: string;
}

/** What the planner needs; see `planDay`. */
export interface PlanRequest {
  /** When the officer sets off. */
  now: number;
  start: PlanPlace;
  /** The station: the day ends there. */
  home: PlanPlace;
  /** Households in the order the officer listed them (that order breaks ties). */
  stops: PlanStop[];
  /** Both ends of every crossing. */
  landings: Landing[];
  /** Every boat in the planning window, suspended ones already left out, in any order. */
  connections: Connection[];
  /** Land speed; default 15 km/h (an e-bike on village lanes). */
  speedKmh?: number;
  /** Road length over straight-line length; default 1.3. */
  detour?: number;
  /** Time at each household; default 20 min. */
  visitMinutes?: number;
  /** Be at the landing this long before the boat leaves; default 2 min. */
  boardMinutes?: number;
}

/** One piece of the day's timeline; each starts when or after the one before ends. */
export type PlanStep =
  | {
      kind: 'land';
      to: 'stop' | 'landing' | 'home';
      /** The household's id, the crossing's id for a landing, null for home. */
      toId: string | null;
      departs: number;
      arrives: number;
      /** Estimated road km (straight line × detour). */
      km: number;
    }
  | { kind: 'wait'; crossingId: string; end: 0 | 1; from: number; until: number }
  | { kind: 'ferry'; crossingId: string; from: 0 | 1; departs: number; arrives: number }
  | { kind: 'visit'; stopId: string; arrives: number; leaves: number };

/** Something the officer should know about the plan. */
export type PlanWarning =
  /** Home cannot be reached today from the start: the last boat back has gone. */
  | { kind: 'cannot-return' }
  /** These households did not fit in a day that still ends at home (or could not be reached). */
  | { kind: 'left-out'; stopIds: string[] }
  /** The plan's last boat is the last of the day on that crossing and direction: no slack. */
  | { kind: 'last-ferry'; crossingId: string; end: 0 | 1; departs: number };

/** The planned day. */
export interface PlanResult {
  /** Stop ids in visiting order (only those planned). */
  order: string[];
  steps: PlanStep[];
  /** Stops that could not fit with a return home (empty when all fit). */
  leftOut: string[];
  /** Arrival home; null when home cannot be reached at all today. */
  endsAt: number | null;
  /** From `now` to `endsAt`, in minutes; null with `endsAt`. */
  dayMinutes: number | null;
  warnings: PlanWarning[];
}

/** The defaults of the optional request fields. */
export const PLAN_DEFAULTS = {
  speedKmh: 15,
  detour: 1.3,
  visitMinutes: 20,
  boardMinutes: 2,
} as const;

/** A request the planner cannot read; `field` names the culprit, e.g. `connections.3.crossingId`. */
export class PlanInputError extends Error {
  readonly code = 'E_INVALID';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlanInputError';
  }
}
