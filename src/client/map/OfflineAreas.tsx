/**
 * The offline-map panel: plan the area around the officer's cells (zoom range, tile count and
 * size shown before anything is fetched), download it with a progress bar, and list the stored
 * areas with their storage, to resume, refresh or remove.
 */
import { useEffect, useState } from 'preact/hooks';
import { areasBytes, listAreas, removeArea } from '../../device/db/mapAreas.ts';
import type { DownloadErrorCode, MapAreaRecord } from '../../device/db/schema.ts';
import {
  type AreaPlan,
  clampZooms,
  DEFAULT_ZOOMS,
  planArea,
  planOfArea,
  TILE_CAP,
} from '../../device/map/areaPlan.ts';
import type { MapManifest } from '../../device/map/manifest.ts';
import type { LngLat } from '../../shared/entities.ts';
import { useServices } from '../app/services.ts';
import { useLiveQuery } from '../app/useLiveQuery.ts';
import { formatNumber, type MessageKey, t } from '../i18n/index.ts';
import { activeDownload, downloadPlanned, onDownload, pauseDownload } from './downloads.ts';

/** The message for each reason a download stopped. */
const ERROR_KEYS = {
  E_OFFLINE: 'map.offline.error.E_OFFLINE',
  E_SERVER: 'map.offline.error.E_SERVER',
  E_STORAGE: 'map.offline.error.E_STORAGE',
} as const satisfies Record<DownloadErrorCode, MessageKey>;

/** Bytes as megabytes with one decimal (tiles are small; areas are tens of MB). */
export function formatMegabytes(bytes: number): string {
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}

/** The id of the area this page is downloading, following the download runner. */
function useRunningId(): string | null {
  const [id, setId] = useState(() => activeDownload()?.id ?? null);
  useEffect(() => onDownload((area) => setId(area?.id ?? null)), []);
  return id;
}

/** The panel; `manifest` is null without signal (areas stay listed, no new download). */
export function OfflineAreas({
  manifest,
  polygons,
}: {
  manifest: MapManifest | null;
  polygons: readonly (readonly LngLat[])[];
}) {
  const { db } = useServices();
  const areas = useLiveQuery(
    async () => ({ list: await listAreas(db), bytes: await areasBytes(db) }),
    [db],
  );
  const runningId = useRunningId();
  const [zooms, setZooms] = useState(() =>
    manifest ? clampZooms(manifest, DEFAULT_ZOOMS.minZoom, DEFAULT_ZOOMS.maxZoom) : DEFAULT_ZOOMS,
  );
  const plan = manifest ? planArea(manifest, polygons, zooms) : null;

  const download = async (target: AreaPlan, options?: { refresh?: boolean }) => {
    const source = manifest ?? areas?.list.find((a) => a.id === target.id)?.manifest;
    if (!source) return;
    await downloadPlanned(db, target, source, options);
  };
  const remove = async (area: MapAreaRecord) => {
    if (!window.confirm(t('map.offline.removeConfirm'))) return;
    pauseDownload(area.id);
    await removeArea(db, area.id);
  };

  return (
    <section class="offline-maps" aria-labelledby="offline-maps-title">
      <h2 id="offline-maps-title">{t('map.offline.title')}</h2>
      <p class="hint">{t('map.offline.intro')}</p>
      {!manifest ? (
        <p class="notice">{t('map.offline.needNetwork')}</p>
      ) : (
        <ZoomChooser manifest={manifest} zooms={zooms} onChange={setZooms} />
      )}
      {manifest && !plan && <p class="notice">{t('map.offline.noCells')}</p>}
      {plan && (
        <>
          <p class="area-plan" data-tile-count={plan.tileCount} role="status">
            {t('map.offline.plan', {
              count: plan.tileCount,
              size: formatMegabytes(plan.estimatedBytes),
            })}
          </p>
          {plan.overCap && (
            <p class="notice error" role="alert">
              {t('map.offline.overCap', { cap: TILE_CAP })}
            </p>
          )}
          <button
            type="button"
            class="button primary download-area"
            disabled={plan.overCap || runningId !== null}
            onClick={() => void download(plan)}
          >
            {t('map.offline.download')}
          </button>
        </>
      )}
      {areas && areas.list.length > 0 && (
        <>
          <p class="offline-used">
            {t('map.offline.used', { size: formatMegabytes(areas.bytes) })}
          </p>
          <ul class="map-areas">
            {areas.list.map((area) => (
              <AreaItem
                key={area.id}
                area={area}
                running={runningId === area.id}
                busy={runningId !== null}
                canRefresh={manifest !== null}
                onResume={() => void download(planOfArea(area))}
                onRefresh={() => void download(planOfArea(area), { refresh: true })}
                onPause={() => pauseDownload(area.id)}
                onRemove={() => void remove(area)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ZoomChooser({
  manifest,
  zooms,
  onChange,
}: {
  manifest: MapManifest;
  zooms: { minZoom: number; maxZoom: number };
  onChange: (zooms: { minZoom: number; maxZoom: number }) => void;
}) {
  const levels: number[] = [];
  for (let z = manifest.minzoom; z <= manifest.maxzoom; z++) levels.push(z);
  const select = (name: 'minZoom' | 'maxZoom', label: string) => (
    <label>
      {label}
      <select
        name={name}
        value={zooms[name]}
        onChange={(e) => {
          const next = { ...zooms, [name]: Number(e.currentTarget.value) };
          onChange(clampZooms(manifest, next.minZoom, next.maxZoom));
        }}
      >
        {levels.map((z) => (
          <option key={z} value={z}>
            {z}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="zoom-range">
      <legend>{t('map.offline.zooms')}</legend>
      {select('minZoom', t('map.offline.minZoom'))}
      {select('maxZoom', t('map.offline.maxZoom'))}
    </fieldset>
  );
}

function AreaItem(props: {
  area: MapAreaRecord;
  running: boolean;
  busy: boolean;
  canRefresh: boolean;
  onResume: () => void;
  onRefresh: () => void;
  onPause: () => void;
  onRemove: () => void;
}) {
  const { area, running } = props;
  // A `downloading` area no page is downloading was cut off (reload, closed app): paused.
  const state = area.state === 'downloading' && !running ? 'paused' : area.state;
  const done = area.stored + area.missing;
  return (
    <li class="map-area" data-area-id={area.id} data-state={state} data-stored={area.stored}>
      <p>
        <strong>{t('map.offline.area', { min: area.minZoom, max: area.maxZoom })}</strong>{' '}
        {t(`map.offline.state.${state}`)} · {formatMegabytes(area.bytes)}
      </p>
      {state !== 'complete' && (
        <div
          class="progress-track"
          role="progressbar"
          aria-label={t('map.offline.title')}
          aria-valuemin={0}
          aria-valuemax={area.total}
          aria-valuenow={done}
        >
          <div
            class="progress-fill"
            style={{ width: `${(100 * done) / Math.max(1, area.total)}%` }}
          />
        </div>
      )}
      <p class="progress-text">{t('map.offline.progress', { stored: done, total: area.total })}</p>
      {area.missing > 0 && <p class="hint">{t('map.offline.missing', { count: area.missing })}</p>}
      {state === 'paused' && area.error && (
        <p class="notice" role="alert">
          {t(ERROR_KEYS[area.error])}
        </p>
      )}
      <p class="area-actions">
        {running ? (
          <button type="button" class="pause-area" onClick={props.onPause}>
            {t('map.offline.pause')}
          </button>
        ) : state === 'paused' ? (
          <button type="button" class="resume-area" disabled={props.busy} onClick={props.onResume}>
            {t('map.offline.resume')}
          </button>
        ) : (
          <button
            type="button"
            class="refresh-area"
            disabled={props.busy || !props.canRefresh}
            onClick={props.onRefresh}
          >
            {t('map.offline.refresh')}
          </button>
        )}
        <button type="button" class="remove-area" onClick={props.onRemove}>
          {t('map.offline.remove')}
        </button>
      </p>
    </li>
  );
}
