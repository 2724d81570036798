/**
 * The officer's GPS position on the map: a dot and its accuracy circle, following the phone.
 * A refused permission or no fix just leaves them off: the map is as useful without them.
 */
import * as L from 'leaflet';
import type { Project } from './overlays.ts';

/** Follows the phone's position on `map`; returns the function that stops following. */
export function followPosition(map: L.Map, project: Project): () => void {
  const geolocation = globalThis.navigator?.geolocation;
  if (!geolocation) return () => {};
  const accuracy = L.circle([0, 0], {
    radius: 1,
    className: 'map-accuracy',
    color: '#1f6feb',
    weight: 1,
    fillOpacity: 0.12,
    interactive: false,
  });
  const dot = L.circleMarker([0, 0], {
    radius: 7,
    className: 'map-position',
    color: '#fff',
    weight: 3,
    fillColor: '#1f6feb',
    fillOpacity: 1,
    interactive: false,
  });
  const watch = geolocation.watchPosition(
    ({ coords }) => {
      const at = project([coords.longitude, coords.latitude]);
      accuracy.setLatLng(at).setRadius(coords.accuracy);
      dot.setLatLng(at);
      if (!map.hasLayer(dot)) {
        accuracy.addTo(map);
        dot.addTo(map);
      }
    },
    (error) => {
      // Denied: stop asking. Unavailable or timed out: keep watching, the fix may come.
      if (error.code === error.PERMISSION_DENIED) geolocation.clearWatch(watch);
    },
    { enableHighAccuracy: true, maximumAge: 30_000 },
  );
  return () => {
    geolocation.clearWatch(watch);
    accuracy.remove();
    dot.remove();
  };
}
