/**
 * The map's overlays: grid cells (the officer's own highlighted and named) and ferry crossings
 * (households are dots on one canvas: householdDots.ts; the officer's position: position.ts).
 * Data is WGS-84 `[lng, lat]`; `project` moves it into the map's datum and Leaflet's
 * `[lat, lng]`.
 */
import * as L from 'leaflet';
import type { Crossing, LngLat } from '../../shared/entities.ts';
import { centroid } from '../../shared/geo.ts';
import type { MapData } from './data.ts';

/** A WGS-84 `[lng, lat]` to a Leaflet position on this map. */
export type Project = (position: LngLat) => L.LatLngTuple;

/**
 * A cell's name at its centre. Centred by CSS, not measured: Leaflet's permanent tooltips read
 * their own size to centre themselves, a forced layout each (about 6 ms apiece on a first paint).
 */
function gridLabel(name: string, at: L.LatLngTuple): L.Marker {
  const label = document.createElement('span');
  label.className = 'map-grid-label';
  label.textContent = name;
  return L.marker(at, {
    icon: L.divIcon({ className: 'map-grid-label-anchor', html: label, iconSize: [0, 0] }),
    pane: 'tooltipPane',
    keyboard: false,
    interactive: false,
  });
}

/** The grid cells; own cells get `map-grid own` and a label with the cell's name. */
export function gridLayer(data: MapData, project: Project): L.FeatureGroup {
  const group = L.featureGroup();
  for (const grid of data.grids) {
    if (grid.polygon.length < 3) continue;
    const own = data.ownGridIds.has(grid.id);
    const polygon = L.polygon(grid.polygon.map(project), {
      className: own ? 'map-grid own' : 'map-grid',
      color: own ? '#1f6feb' : '#6b7686',
      weight: own ? 3 : 1,
      fillOpacity: own ? 0.08 : 0.02,
      interactive: false,
    });
    group.addLayer(polygon);
    if (own) group.addLayer(gridLabel(grid.name, project(centroid(grid.polygon))));
  }
  return group;
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
