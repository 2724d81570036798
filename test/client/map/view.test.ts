import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSavedView, saveView, tilesInView } from '../../../src/client/map/view.ts';
import { tileToLngLat } from '../../../src/shared/tiles.ts';

/** A view centred on the north-west corner of tile 14/13337/7111 (near the demo station). */
const [lng, lat] = tileToLngLat({ z: 14, x: 13337, y: 7111 });
const view = {
  userId: 'u1',
  center: [lat, lng] as [number, number],
  zoom: 14,
  width: 500,
  height: 500,
};

describe('the tiles of a remembered map view', () => {
  it('are the tiles under the map at its zoom', () => {
    const tiles = tilesInView(view, 14);
    expect(tiles).toHaveLength(4);
    expect(tiles).toEqual(
      expect.arrayContaining([
        { z: 14, x: 13336, y: 7110 },
        { z: 14, x: 13337, y: 7110 },
        { z: 14, x: 13336, y: 7111 },
        { z: 14, x: 13337, y: 7111 },
      ]),
    );
  });

  it('are the stored zoom’s when the view is zoomed past the stored tiles (scaled up)', () => {
    const tiles = tilesInView({ ...view, zoom: 15, width: 300, height: 300 }, 14);
    expect(tiles.every((t) => t.z === 14)).toBe(true);
    expect(tiles).toHaveLength(4);
  });
});

describe('the remembered map view', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubStorage(): Map<string, string> {
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    });
    return items;
  }

  it('comes back as saved, with the tile source it showed', () => {
    stubStorage();
    const saved = { ...view, tiles: { source: 'station', minZoom: 12, maxZoom: 17 } };
    saveView(saved);
    expect(readSavedView()).toEqual(saved);
  });

  it('drops a malformed tile source, and ignores a malformed view', () => {
    const items = stubStorage();
    items.set('ferrybeat.mapView', JSON.stringify({ ...view, tiles: { source: 3 } }));
    expect(readSavedView()).toEqual(view);
    items.set('ferrybeat.mapView', JSON.stringify({ ...view, zoom: 'x' }));
    expect(readSavedView()).toBeNull();
    items.set('ferrybeat.mapView', '{not json');
    expect(readSavedView()).toBeNull();
  });
});
