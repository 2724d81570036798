/**
 * The Leaflet map of the map screen: tiles (stored first), cells, households, crossings and the
 * officer's position, all in the tile source's datum. The container reports what it drew in
 * `data-*` attributes (households, visited, cells, tile source) for tests.
 */
import 'leaflet/dist/leaflet.css';
import * as L from 'leaflet';
import { type MapManifest, tileUrl } from '../../device/map/manifest.ts';
import type { TileReader } from '../../device/map/store.ts';
import type { Datum } from '../../shared/datum.ts';
import { toMapDatum } from '../../shared/datum.ts';
import type { LngLat } from '../../shared/entities.ts';
import type { BBox } from '../../shared/tiles.ts';
import { markOnce } from '../app/marks.ts';
import type { MapData } from './data.ts';
import { HouseholdDots } from './householdDots.ts';
import { crossingLayer, gridLayer, type Project } from './overlays.ts';
import { followPosition } from './position.ts';
import { StoredFirstTileLayer } from './tileLayer.ts';
import { viewTilesOf } from './view.ts';

/** The tiles to draw: the source, and when offline the zooms and box the stored areas hold. */
export interface TileSetup {
  manifest: MapManifest;
  /** Offline: only what is stored, scaled beyond its zooms (no requests that cannot succeed). */
  coverage: { minZoom: number; maxZoom: number; bbox: BBox } | null;
  /** Stored tiles, with the object URLs of those read at start-up (see batchedTileReader). */
  read: TileReader;
}

/** Zooming in one step past the source's deepest tiles still helps to tell houses apart. */
const EXTRA_ZOOM = 1;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const leafletBounds = ([west, south, east, north]: BBox): L.LatLngBoundsExpression => [
  [south, west],
  [north, east],
];

/** One Leaflet map in `element`, until `destroy()`. */
export class StationMap {
  private readonly map: L.Map;
  private datum: Datum = 'WGS84';
  private tiles: L.GridLayer | null = null;
  private overlays: L.Layer[] = [];
  private readonly households = new HouseholdDots();
  private stopFollowing: () => void = () => {};

  /** `onTilesShown` runs once, when the tiles in view first finish loading (or there are none). */
  constructor(
    private readonly element: HTMLElement,
    private readonly onTilesShown: () => void = () => undefined,
  ) {
    this.map = L.map(element, { zoomControl: true, attributionControl: true, maxZoom: 18 });
    this.map.attributionControl.setPrefix(false);
  }

  /** A WGS-84 `[lng, lat]` as a Leaflet position in the tiles' datum. */
  readonly project: Project = ([lng, lat]: LngLat) => {
    const [x, y] = toMapDatum(this.datum, lng, lat);
    return [y, x];
  };

  /** Sets (or clears) the tile layer; overlays must be set again after a datum change. */
  setTiles(setup: TileSetup | null): void {
    this.tiles?.remove();
    this.tiles = null;
    this.datum = setup?.manifest.datum ?? 'WGS84';
    if (!setup) {
      this.onTilesShown();
      return;
    }
    const { manifest, coverage, read } = setup;
    const zooms = viewTilesOf(setup);
    this.map.setMinZoom(manifest.minzoom);
    this.map.setMaxZoom(manifest.maxzoom + EXTRA_ZOOM);
    this.tiles = new StoredFirstTileLayer(
      {
        read: (coord) => read(manifest.name, coord),
        url: tileUrl,
        preparedUrl: read.preparedUrl,
      },
      {
        tileSize: manifest.tileSize,
        bounds: leafletBounds(coverage?.bbox ?? manifest.bounds),
        minNativeZoom: zooms.minZoom,
        maxNativeZoom: zooms.maxZoom,
        attribution: escapeHtml(manifest.attribution),
        className: 'map-tiles',
      },
    ).addTo(this.map);
    // Leaflet's `load`: every tile in view has loaded. The first-paint benchmark reads the mark.
    this.tiles.once('load', () => {
      markOnce('map-tiles-shown');
      this.onTilesShown();
    });
    this.element.dataset.tileSource = manifest.name;
    this.element.dataset.tilesOffline = String(coverage !== null);
  }

  /** Draws the overlays, replacing any drawn before. */
  setData(data: MapData): void {
    for (const layer of this.overlays) layer.remove();
    this.overlays = [gridLayer(data, this.project), crossingLayer(data.crossings, this.project)];
    for (const layer of this.overlays) layer.addTo(this.map);
    if (!this.map.hasLayer(this.households)) this.households.addTo(this.map);
    this.households.show(data, this.project);
    this.element.dataset.householdCount = String(data.households.length);
    this.element.dataset.visitedCount = String(
      data.households.filter((h) => data.visited.has(h.id)).length,
    );
    this.element.dataset.gridCount = String(data.grids.length);
  }

  /** Shows `center` (`[lat, lng]` in the tiles' coordinates) at `zoom`. */
  showView(center: [number, number], zoom: number): void {
    this.map.setView(center, zoom);
    this.prepareRenderers();
  }

  /**
   * Makes the SVG (cells, crossings) and canvas (households) renderers now, while the overlays
   * are still being read: their first set-up is most of the first drawing's cost. Needs a view.
   */
  private prepareRenderers(): void {
    this.map.getRenderer(L.polyline([]));
    if (!this.map.hasLayer(this.households)) this.households.addTo(this.map);
  }

  /** Calls `listener` with the view after every pan or zoom, and the map's size. */
  onViewChange(
    listener: (view: {
      center: [number, number];
      zoom: number;
      width: number;
      height: number;
    }) => void,
  ): void {
    this.map.on('moveend', () => {
      const { lat, lng } = this.map.getCenter();
      const { x, y } = this.map.getSize();
      listener({ center: [lat, lng], zoom: this.map.getZoom(), width: x, height: y });
    });
  }

  /** Centres on a household and opens its popup; false when it is not on the device. */
  focusHousehold(data: MapData, id: string): boolean {
    const household = data.households.find((h) => h.id === id);
    if (!household) return false;
    this.map.setView(this.project(household.location), 17);
    this.households.open(id);
    return true;
  }

  /** Shows the officer's own cells (every cell for the leader), else the tile source's area. */
  fitCells(data: MapData, fallback: BBox | null): void {
    const own = data.grids.filter((g) => data.ownGridIds.has(g.id));
    const points = (own.length > 0 ? own : data.grids).flatMap((g) => g.polygon.map(this.project));
    if (points.length > 0) this.map.fitBounds(L.latLngBounds(points), { padding: [12, 12] });
    else if (fallback) this.map.fitBounds(leafletBounds(fallback));
    else this.map.setView([22.4, 113.1], 12);
  }

  /** Starts showing the phone's position (quietly nothing when refused). */
  followPosition(): void {
    this.stopFollowing();
    this.stopFollowing = followPosition(this.map, this.project);
  }

  destroy(): void {
    this.stopFollowing();
    this.map.remove();
  }
}
