/**
 * The map screen (`#/map`, `#/map?household=<id>`): the Leaflet map of the officer's cells and
 * households, and the offline-map panel below it. Loaded on demand with Leaflet (see
 * app/screens.ts). Reads only IndexedDB, plus the tile manifest and tiles when online.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FerryBeatDB, SessionRecord } from '../../device/db/schema.ts';
import { fetchManifest, type MapManifest } from '../../device/map/manifest.ts';
import { batchedTileReader, storedTiles } from '../../device/map/store.ts';
import { BackButton } from '../app/BackButton.tsx';
import { takeEarly, takeSettled } from '../app/early.ts';
import { markOnce } from '../app/marks.ts';
import { householdHref } from '../app/router.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { t } from '../i18n/index.ts';
import { loadMapData, type MapData } from './data.ts';
import { OfflineAreas } from './OfflineAreas.tsx';
import { StationMap, type TileSetup } from './stationMap.ts';
import { readSavedView, saveView, type ViewTiles, viewTilesOf } from './view.ts';

/** Props of the map screen. */
export interface MapScreenProps {
  householdId: string | null;
  session: SessionRecord;
}

/** The tiles to draw and the live manifest (null until fetched, or offline). */
interface TileState {
  setup: TileSetup | null;
  live: MapManifest | null;
}

/**
 * The tiles to draw. What the offline areas kept is used at once, so the map paints from
 * IndexedDB without waiting on the network (on a ferry a request can hang long before it
 * fails); the live manifest replaces it when it arrives, lifting the limit to stored areas.
 */
function useTileSetup(db: FerryBeatDB): TileState | undefined {
  const [read] = useState(() => takeSettled('tileReader') ?? batchedTileReader(db));
  const [initial] = useState(() => takeSettled('mapTiles'));
  const [state, setState] = useState<TileState | undefined>(() =>
    initial ? { setup: { ...initial, read }, live: null } : undefined,
  );
  useEffect(() => {
    let current = true;
    void (async () => {
      // `null` (no offline area) is an answer too: only an unfinished start-up read is awaited.
      const stored =
        initial !== undefined
          ? initial
          : await (takeEarly('mapTiles') ?? storedTiles(db)).catch(() => storedTiles(db));
      if (stored && current) setState((s) => s ?? { setup: { ...stored, read }, live: null });
      try {
        const manifest = await fetchManifest();
        if (current) setState({ setup: { manifest, coverage: null, read }, live: manifest });
      } catch {
        if (current) setState((s) => s ?? { setup: null, live: null });
      }
    })();
    return () => {
      current = false;
    };
  }, [db, read]);
  return state;
}

/**
 * The overlays, kept current by a live query. Until its first answer the read started at
 * start-up (preload.ts) is drawn, so a cold start paints without waiting for the screen to mount
 * before reading. With that read on screen the live query waits for the first paint (`painted`):
 * its first answer reads everything again and redraws, which must not compete with the tiles.
 */
function useMapData(
  db: FerryBeatDB,
  gridIds: readonly string[],
  painted: boolean,
): MapData | undefined {
  const [settled] = useState(() => takeSettled('mapData'));
  const [early] = useState(() => (settled ? null : takeEarly('mapData')));
  const [earlyData, setEarlyData] = useState<MapData | undefined>(settled);
  const [earlyFailed, setEarlyFailed] = useState(false);
  useEffect(() => {
    let current = true;
    early?.then(
      (data) => current && setEarlyData(data),
      () => current && setEarlyFailed(true),
    );
    return () => {
      current = false;
    };
  }, [early]);
  const subscribe = (!early && !settled) || earlyFailed || painted;
  const live = useLiveQuery(subscribe ? () => loadMapData(db, gridIds, new Date()) : null, [
    db,
    gridIds,
    subscribe,
  ]);
  return useMemo(() => {
    if (live) return live;
    return earlyData && { ...earlyData, ownGridIds: new Set(gridIds) };
  }, [live, earlyData, gridIds]);
}

/** How long the rest of the screen waits for the map's first paint at most (no tiles in view). */
const PAINT_WAIT_MS = 2_000;

/**
 * True once the map's first paint is complete: the tiles in view loaded and the overlays drawn,
 * and the frame showing them painted (or after PAINT_WAIT_MS). The offline-map panel and the
 * live overlay query wait for it: both cost the main thread tens of milliseconds that the first
 * paint needs. The moment is marked `map-painted` for the first-paint benchmark.
 */
function usePainted(): { painted: boolean; tilesShown(): void; overlaysDrawn(): void } {
  const [painted, setPainted] = useState(false);
  const shown = useRef({ tiles: false, overlays: false });
  const frame = useRef(0);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(true), PAINT_WAIT_MS);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame.current);
    };
  }, []);
  const show = (part: 'tiles' | 'overlays') => {
    if (shown.current[part]) return;
    shown.current[part] = true;
    if (!shown.current.tiles || !shown.current.overlays) return;
    // The next frame paints the map; the one after begins once it has been painted. Set
    // straight from here, not from a render's effect, which would wait a frame more.
    frame.current = requestAnimationFrame(() => {
      frame.current = requestAnimationFrame(() => {
        markOnce('map-painted');
        setPainted(true);
      });
    });
  };
  return { painted, tilesShown: () => show('tiles'), overlaysDrawn: () => show('overlays') };
}

/** The map and the offline-map panel. */
export function MapScreen({ householdId, session }: MapScreenProps) {
  const { db } = useServices();
  const gridIds = session.user.gridIds;
  const tiles = useTileSetup(db);
  const { painted, tilesShown, overlaysDrawn } = usePainted();
  const data = useMapData(db, gridIds, painted);
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<StationMap | null>(null);
  const placed = useRef(false);
  const following = useRef(false);
  const drawn = useRef(false);
  const shown = useRef<ViewTiles | null>(null);

  useEffect(() => {
    if (!element.current) return;
    // Marks for the first-paint benchmark (bench/firstPaint.ts) and for DevTools.
    markOnce('map-screen-mounted');
    const created = new StationMap(element.current, tilesShown);
    map.current = created;
    // Reopen where the officer left the map (unless a household is asked for): the tiles can
    // load at once, before the overlays are read.
    const saved = readSavedView();
    if (!householdId && saved?.userId === session.user.id) {
      created.showView(saved.center, saved.zoom);
      placed.current = true;
    }
    created.onViewChange((view) =>
      saveView({
        ...view,
        userId: session.user.id,
        ...(shown.current ? { tiles: shown.current } : {}),
      }),
    );
    return () => created.destroy();
  }, []);
  useEffect(() => {
    if (!tiles) return;
    markOnce('map-tiles-ready');
    map.current?.setTiles(tiles.setup);
    shown.current = tiles.setup && viewTilesOf(tiles.setup);
  }, [tiles]);
  useEffect(() => {
    const current = map.current;
    if (!current || !tiles || !data) return;
    const draw = () => {
      markOnce('map-data-loaded');
      current.setData(data);
      markOnce('households-drawn');
      overlaysDrawn();
      if (following.current) return;
      following.current = true;
      if (!placed.current && (!householdId || !current.focusHousehold(data, householdId))) {
        current.fitCells(data, tiles.setup?.manifest.bounds ?? null);
      }
      placed.current = true;
      current.followPosition();
    };
    if (drawn.current) return draw();
    drawn.current = true;
    // The first drawing takes tens of milliseconds: one task later, so tiles set in this same
    // render (their images read at start-up, see preload.ts) start loading before it.
    const timer = setTimeout(draw, 0);
    return () => clearTimeout(timer);
  }, [tiles, data]);
  useEffect(() => {
    if (placed.current && data && householdId) map.current?.focusHousehold(data, householdId);
  }, [householdId]);

  const own = data ? data.grids.filter((g) => data.ownGridIds.has(g.id)) : [];
  return (
    <main class="screen map-screen">
      {/* Centred on a household ("show on map"), the map leads back to it; as a tab it needs no way back. */}
      {householdId && <BackButton fallback={householdHref(householdId)} label={t('detail.back')} />}
      <section class="map-view" ref={element} aria-label={t('map.title')} />
      <p class="map-legend">
        <span class="legend-dot to-visit" /> {t('map.legendToVisit')}
        <span class="legend-dot visited" /> {t('map.legendVisited')}
      </p>
      {tiles && !tiles.setup && <p class="notice">{t('map.noTiles')}</p>}
      {/* After the first paint: the panel is below the map, and mounting it costs the map time. */}
      {tiles && painted && (
        <OfflineAreas manifest={tiles.live} polygons={own.map((g) => g.polygon)} />
      )}
    </main>
  );
}
