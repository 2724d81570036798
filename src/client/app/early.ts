/**
 * The one door for start-up tricks: values read before the first render, for speed, and handed
 * over once to the screen that wants them. Without signal a cold start waits on IndexedDB for
 * every read, and a read a component starts after rendering costs a render and a round trip
 * more; so main.tsx starts the first screen's reads at once and the screens take them here.
 *
 * Each value is taken once: later renders follow their live queries, and a screen mounted
 * again (after the officer left it) reads afresh rather than showing a stale start-up value.
 */
import type { StartState } from '../../device/db/session.ts';
import type { storedTiles, TileReader } from '../../device/map/store.ts';
import type { MapData } from '../map/data.ts';

/** What the offline areas stored: the manifest to draw with and the area it covers, or null. */
export type StoredTiles = Awaited<ReturnType<typeof storedTiles>>;

/** Everything read early, by name. */
export interface EarlyReads {
  /**
   * Who is signed in and whether the first pull completed (App); null when the database is not
   * there yet or not at this build's version (the screens then read through Dexie).
   */
  start: StartState | null;
  /** The map's stored tile manifest and coverage (MapScreen). */
  mapTiles: StoredTiles;
  /** The map's overlays: cells, households, visited this month, crossings (MapScreen). */
  mapData: MapData;
  /** The tile reader, already fetching the tiles of the last view (MapScreen). */
  tileReader: TileReader;
}

type Key = keyof EarlyReads;

interface Entry<K extends Key> {
  promise: Promise<EarlyReads[K]>;
  settled?: { value: EarlyReads[K] };
}

const entries: { [K in Key]?: Entry<K> } = {};

/** Offers `value` under `key`; a promise is offered as soon as it resolves. */
export function handOver<K extends Key>(
  key: K,
  value: EarlyReads[K] | Promise<EarlyReads[K]>,
): void {
  if (!(value instanceof Promise)) {
    entries[key] = { promise: Promise.resolve(value), settled: { value } } as (typeof entries)[K];
    return;
  }
  const entry: Entry<K> = { promise: value };
  entries[key] = entry as (typeof entries)[K];
  value.then(
    (resolved) => {
      entry.settled = { value: resolved };
    },
    // The screen that takes it sees the failure and reads for itself; logged there, not twice.
    () => undefined,
  );
}

/** The value of `key` if it is in and not taken yet (taking it), else undefined. */
export function takeSettled<K extends Key>(key: K): EarlyReads[K] | undefined {
  const entry = entries[key] as Entry<K> | undefined;
  if (!entry?.settled) return undefined;
  delete entries[key];
  return entry.settled.value;
}

/** The read of `key` still on its way (or in), once; null when none was started or it was taken. */
export function takeEarly<K extends Key>(key: K): Promise<EarlyReads[K]> | null {
  const entry = entries[key] as Entry<K> | undefined;
  if (!entry) return null;
  delete entries[key];
  return entry.promise;
}
