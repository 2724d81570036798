/**
 * The request turned into arrays once, before any search: landings and the places of the day
 * (households, start, home) numbered, banks numbered, boats sorted by departure, and every land
 * time the searches need precomputed. Built once per request; everything after reads it only.
 */
import { type LandModel, landModel, landMs, roadKm } from './land.ts';
import {
  type Connection,
  type Landing,
  PLAN_DEFAULTS,
  PlanInputError,
  type PlanRequest,
} from './types.ts';

/** A place of the day: index `i < n` is household `stops[i]`, then the start, then home. */
export interface Place {
  location: [number, number];
  bank: number;
}

/** The request as the searches read it. */
export interface Network {
  landings: Landing[];
  landingBank: Int32Array;
  landingsOfBank: number[][];
  places: Place[];
  /** Number of households; the start is place `n`, home is place `n + 1`. */
  n: number;
  start: number;
  home: number;
  /** Boats sorted by departure: the source connection and its landings. */
  conns: Connection[];
  departs: Float64Array;
  arrives: Float64Array;
  fromLanding: Int32Array;
  toLanding: Int32Array;
  /** Land ms landing→landing (L×L) and place→landing (P×L); Infinity across banks. */
  landingWalk: Float64Array;
  placeWalk: Float64Array;
  /** Land ms place→place (P×P); Infinity across banks. */
  placeToPlace: Float64Array;
  land: LandModel;
  boardMs: number;
  visitMs: number;
  /** The last departure of the day per `crossingId:from`. */
  lastDeparture: Map<string, number>;
}

const endKey = (crossingId: string, end: number) => `${crossingId}:${end}`;

function walks(
  land: LandModel,
  rows: { location: [number, number]; bank: number }[],
  cols: { location: [number, number]; bank: number }[],
): Float64Array {
  const out = new Float64Array(rows.length * cols.length).fill(Infinity);
  rows.forEach((r, i) => {
    cols.forEach((c, j) => {
      if (r.bank === c.bank)
        out[i * cols.length + j] = landMs(land, roadKm(land, r.location, c.location));
    });
  });
  return out;
}

/** Numbers, sorts and precomputes a request; throws `PlanInputError` on a boat with no landing. */
export function buildNetwork(request: PlanRequest): Network {
  const banks = new Map<string, number>();
  const bankOf = (id: string) => banks.get(id) ?? banks.set(id, banks.size).get(id) ?? 0;
  const seen = new Set<string>();
  const places: Place[] = request.stops.map((stop, i) => {
    if (seen.has(stop.id))
      throw new PlanInputError(
        `stops.${i}.id`,
        `household ${stop.id} is listed twice: list it once`,
      );
    seen.add(stop.id);
    return { location: stop.location, bank: bankOf(stop.bankId) };
  });
  places.push({ location: request.start.location, bank: bankOf(request.start.bankId) });
  places.push({ location: request.home.location, bank: bankOf(request.home.bankId) });

  const landings = request.landings;
  const landingIndex = new Map(landings.map((l, i) => [endKey(l.crossingId, l.end), i]));
  const landingBank = Int32Array.from(landings, (l) => bankOf(l.bankId));
  const landingsOfBank: number[][] = Array.from({ length: banks.size }, () => []);
  landingBank.forEach((bank, i) => {
    landingsOfBank[bank]?.push(i);
  });

  const order = request.connections.map((_, i) => i);
  const conns = request.connections;
  order.sort((a, b) => (conns[a]?.departs ?? 0) - (conns[b]?.departs ?? 0) || a - b);
  const sorted = order.map((i) => conns[i] as Connection);
  const fromLanding = new Int32Array(sorted.length);
  const toLanding = new Int32Array(sorted.length);
  const lastDeparture = new Map<string, number>();
  sorted.forEach((c, k) => {
    const from = landingIndex.get(endKey(c.crossingId, c.from));
    const to = landingIndex.get(endKey(c.crossingId, 1 - c.from));
    const field = `connections.${order[k]}`;
    if (from === undefined || to === undefined) {
      throw new PlanInputError(
        `${field}.crossingId`,
        `no landings for crossing ${c.crossingId}: pass both of its ends in landings`,
      );
    }
    if (!(c.arrives >= c.departs))
      throw new PlanInputError(
        `${field}.arrives`,
        `boat on ${c.crossingId} lands before it leaves: check the timetable`,
      );
    fromLanding[k] = from;
    toLanding[k] = to;
    const key = endKey(c.crossingId, c.from);
    lastDeparture.set(key, Math.max(lastDeparture.get(key) ?? -Infinity, c.departs));
  });

  const land = landModel(
    request.start.location[1],
    request.speedKmh ?? PLAN_DEFAULTS.speedKmh,
    request.detour ?? PLAN_DEFAULTS.detour,
  );
  const landingPlaces = landings.map((l, i) => ({
    location: l.location,
    bank: landingBank[i] ?? -1,
  }));
  return {
    landings,
    landingBank,
    landingsOfBank,
    places,
    n: request.stops.length,
    start: request.stops.length,
    home: request.stops.length + 1,
    conns: sorted,
    departs: Float64Array.from(sorted, (c) => c.departs),
    arrives: Float64Array.from(sorted, (c) => c.arrives),
    fromLanding,
    toLanding,
    landingWalk: walks(land, landingPlaces, landingPlaces),
    placeWalk: walks(land, places, landingPlaces),
    placeToPlace: walks(land, places, places),
    land,
    boardMs: (request.boardMinutes ?? PLAN_DEFAULTS.boardMinutes) * 60_000,
    visitMs: (request.visitMinutes ?? PLAN_DEFAULTS.visitMinutes) * 60_000,
    lastDeparture,
  };
}

/** Whether no later boat leaves that end of that crossing today: missing this one strands you. */
export function isLastOfDay(
  net: Network,
  crossingId: string,
  from: 0 | 1,
  departs: number,
): boolean {
  return (net.lastDeparture.get(endKey(crossingId, from)) ?? -Infinity) <= departs;
}
