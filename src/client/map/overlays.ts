/**
 * The map's overlays: grid cells (the officer's own highlighted and named), households on one
 * canvas (14,000 points stay smooth; SVG would make 14,000 DOM nodes), ferry crossings, and the
 * officer's position. Data is WGS-84 `[lng, lat]`; `project` moves it into the map's datum and
 * Leaflet's `[lat, lng]`.
 */
import * as L from 'leaflet';
import type { Crossing, Household, LngLat } from '../../shared/entities.ts';
import { householdHref, visitHref } from '../app/router.ts';
import { t } from '../i18n/index.ts';
import type { MapData } from './data.ts';

/** A WGS-84 `[lng, lat]` to a Leaflet position on this map. */
export type Project = (position: LngLat) => L.LatLngTuple;

/** The grid cells; own cells get `map-grid own` and a permanent label with the cell's name. */
export function gridLayer(
  data: MapData,
  project: Project,
): { layer: L.FeatureGroup; label(): void } {
  const group = L.featureGroup();
  const own: [L.Polygon, string][] = [];
  for (const grid of data.grids) {
    if (grid.polygon.length < 3) continue;
    const isOwn = data.ownGridIds.has(grid.id);
    const polygon = L.polygon(grid.polygon.map(project), {
      className: isOwn ? 'map-grid own' : 'map-grid',
      color: isOwn ? '#1f6feb' : '#6b7686',
      weight: isOwn ? 3 : 1,
      fillOpacity: isOwn ? 0.08 : 0.02,
      interactive: false,
    });
    if (isOwn) own.push([polygon, grid.name]);
    group.addLayer(polygon);
  }
  return {
    layer: group,
    // Labels measure themselves to centre (a layout each): added once the map is on screen.
    label() {
      for (const [polygon, name] of own) {
        polygon.bindTooltip(name, {
          permanent: true,
          direction: 'center',
          className: 'map-grid-label',
        });
      }
    },
  };
}

/** The popup of a household: address, head, and the ways to open it or record a visit. */
function householdPopup(household: Household): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-popup';
  box.dataset.householdId = household.id;
  const address = document.createElement('strong');
  address.textContent = household.addressText;
  const head = document.createElement('p');
  head.textContent = `${t('detail.head')} ${household.headName}`;
  const actions = document.createElement('p');
  actions.className = 'map-popup-actions';
  const open = document.createElement('a');
  open.className = 'button';
  open.href = householdHref(household.id);
  open.textContent = t('map.openHousehold');
  const visit = document.createElement('a');
  visit.className = 'button primary';
  visit.href = visitHref(household.id);
  visit.textContent = t('visit.record');
  actions.append(open, visit);
  box.append(address, head, actions);
  return box;
}

/** The canvas households are drawn on; one per map, made ready before the first drawing. */
export function householdCanvas(): L.Canvas {
  return L.canvas({ padding: 0.5 });
}

/** Households as circles on one canvas: visited this month filled grey, to visit in orange. */
export function householdLayer(
  map: L.Map,
  data: MapData,
  project: Project,
  renderer: L.Canvas = householdCanvas(),
): { layer: L.FeatureGroup; open(id: string): boolean } {
  const layer = L.featureGroup();
  const markers = new Map<string, L.CircleMarker>();
  const households = new WeakMap<L.Layer, Household>();
  for (const household of data.households) {
    const visited = data.visited.has(household.id);
    const marker = L.circleMarker(project(household.location), {
      renderer,
      radius: visited ? 5 : 6,
      color: visited ? '#3d7a4a' : '#c2410c',
      weight: 2,
      fillColor: visited ? '#7bbf8a' : '#fb923c',
      fillOpacity: visited ? 0.6 : 0.9,
    });
    households.set(marker, household);
    markers.set(household.id, marker);
    layer.addLayer(marker);
  }
  const popupOf = (marker: L.CircleMarker, household: Household) => {
    L.popup({ offset: [0, -4] })
      .setLatLng(marker.getLatLng())
      .setContent(householdPopup(household))
      .openOn(map);
  };
  layer.on('click', (event: L.LeafletEvent) => {
    const marker = (event as L.LeafletMouseEvent).propagatedFrom as L.CircleMarker | undefined;
    const household = marker && households.get(marker);
    if (marker && household) popupOf(marker, household);
  });
  return {
    layer,
    open(id) {
      const marker = markers.get(id);
      const household = marker && households.get(marker);
      if (!marker || !household) return false;
      popupOf(marker, household);
      return true;
    },
  };
}

/** A ferry crossing: the line between its landings and its name at the middle. */
function crossingLayers(crossing: Crossing, project: Project): L.Layer[] {
  const [a, b] = crossing.ends.map(project) as [L.LatLngTuple, L.LatLngTuple];
  const label = document.createElement('span');
  label.textContent = `⛴ ${crossing.name}`;
  const middle: L.LatLngTuple = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  return [
    L.polyline([a, b], { className: 'map-crossing-line', color: '#0e7490', dashArray: '6 6' }),
    L.marker(middle, {
      icon: L.divIcon({ className: 'map-crossing', html: label, iconSize: undefined }),
      keyboard: false,
      interactive: false,
    }),
  ];
}

/** Every ferry crossing. */
export function crossingLayer(crossings: readonly Crossing[], project: Project): L.LayerGroup {
  return L.layerGroup(crossings.flatMap((crossing) => crossingLayers(crossing, project)));
}
