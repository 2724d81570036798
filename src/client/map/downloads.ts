/**
 * The page's one offline-map download at a time, kept outside the screen so leaving the map
 * does not stop it. Subscribers (the offline-map panel) get each progress step.
 */
import { startArea } from '../../device/db/mapAreas.ts';
import type { FerryBeatDB, MapAreaRecord } from '../../device/db/schema.ts';
import type { AreaPlan } from '../../device/map/areaPlan.ts';
import { downloadArea } from '../../device/map/download.ts';
import type { MapManifest } from '../../device/map/manifest.ts';

type Listener = (area: MapAreaRecord | null) => void;

let running: { id: string; controller: AbortController } | null = null;
let latest: MapAreaRecord | null = null;
const listeners = new Set<Listener>();

const tell = (area: MapAreaRecord | null) => {
  latest = area;
  for (const listener of listeners) listener(area);
};

/** The area being downloaded in this page, or null. */
export function activeDownload(): MapAreaRecord | null {
  return running ? latest : null;
}

/** Calls `listener` with each progress step (null when a run ends); returns the unsubscribe. */
export function onDownload(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Downloads (or resumes) area `id` unless a download is running; resolves when it stops. */
async function runDownload(db: FerryBeatDB, id: string): Promise<MapAreaRecord | null> {
  if (running) return null;
  const controller = new AbortController();
  running = { id, controller };
  try {
    return await downloadArea(db, id, { signal: controller.signal, onProgress: tell });
  } finally {
    running = null;
    tell(null);
  }
}

/**
 * Records the planned area (keeping what an earlier run stored, unless `refresh`) and downloads
 * it, unless a download is running; resolves when it stops.
 */
export async function downloadPlanned(
  db: FerryBeatDB,
  plan: AreaPlan,
  manifest: MapManifest,
  options?: { refresh?: boolean },
): Promise<MapAreaRecord | null> {
  await startArea(db, plan, manifest, new Date(), options);
  return runDownload(db, plan.id);
}

/** Pauses the running download of area `id` (or any, without an id). */
export function pauseDownload(id?: string): void {
  if (running && (id === undefined || running.id === id)) running.controller.abort();
}
