/**
 * The map's tile layer: each tile from the offline areas in IndexedDB first, else from the
 * station's `/tiles/` route. A tile's `data-from` says which (`idb` or `network`), so a test
 * (and a curious officer with devtools) can tell the map drew without signal.
 */
import * as L from 'leaflet';
import type { TileCoord } from '../../shared/tiles.ts';

/** Where tiles come from: a stored-tile lookup and the network URL. */
export interface TileSource {
  read(coord: TileCoord): Promise<Blob | null>;
  url(coord: TileCoord): string;
  /** An object URL an image was already loaded from for this blob (see batchedTileReader). */
  preparedUrl?(blob: Blob): string | null;
}

/** A `GridLayer` of `<img>` tiles, stored first, then the network. */
export class StoredFirstTileLayer extends L.GridLayer {
  constructor(
    private readonly source: TileSource,
    options: L.GridLayerOptions,
  ) {
    super(options);
  }

  override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const img = document.createElement('img');
    img.alt = '';
    img.setAttribute('role', 'presentation');
    img.decoding = 'async';
    const coord = { z: coords.z, x: coords.x, y: coords.y };
    let objectUrl: string | null = null;
    const release = () => {
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      objectUrl = null;
    };
    img.onload = () => {
      release();
      done(undefined, img);
    };
    img.onerror = () => {
      release();
      done(new Error(`tile ${coord.z}/${coord.x}/${coord.y} failed`), img);
    };
    this.source.read(coord).then(
      (blob) => {
        if (blob) {
          objectUrl = this.source.preparedUrl?.(blob) ?? URL.createObjectURL(blob);
          img.dataset.from = 'idb';
          img.src = objectUrl;
        } else {
          img.dataset.from = 'network';
          img.src = this.source.url(coord);
        }
      },
      () => {
        img.dataset.from = 'network';
        img.src = this.source.url(coord);
      },
    );
    return img;
  }
}
