/**
 * The households on the map: one dot each on one canvas, visited this month in green, still to
 * visit in orange. Drawn straight from the household list, each dot a copy of a pre-drawn
 * sprite, not as one Leaflet `CircleMarker` per household: building 712 markers took 35–55 ms
 * of a cold start's first paint, and 14,000 (the leader's whole station) ten times that.
 *
 * It is Leaflet's own `Canvas` renderer with its drawing extended, so the canvas keeps Leaflet's
 * sizing, padding, retina scaling and zoom animation. Leaflet 1.9's renderer API is private by
 * name: `_draw` (called after every move, zoom or resize, on a cleared canvas), `_redraw`,
 * `_ctx` and `_bounds`; they are used here and nowhere else (Leaflet is pinned).
 */
import * as L from 'leaflet';
import type { Household } from '../../shared/entities.ts';
import { householdHref, visitHref } from '../app/router.ts';
import { t } from '../i18n/index.ts';
import type { MapData } from './data.ts';
import type { Project } from './overlays.ts';

/** How a dot looks: as Leaflet's circle markers did, so the legend stays true. */
const LOOKS = {
  toVisit: { radius: 6, stroke: '#c2410c', fill: '#fb923c', fillOpacity: 0.9 },
  visited: { radius: 5, stroke: '#3d7a4a', fill: '#7bbf8a', fillOpacity: 0.6 },
} as const;
const STROKE_WIDTH = 2;

/** How far from a dot's centre a tap still opens it, in CSS pixels: a fingertip, not a pixel. */
const TAP_RADIUS = 14;

type Look = (typeof LOOKS)[keyof typeof LOOKS];

/**
 * One dot drawn once into a small canvas, at the canvas's pixel ratio (Leaflet's canvas doubles
 * on retina screens). Copying it for each household is several times cheaper to rasterise than
 * an antialiased arc filled and stroked 14,000 times, which without a GPU took about 180 ms.
 */
function sprite(look: Look, ratio: number): { image: HTMLCanvasElement; size: number } {
  // Even, so a dot centred on a whole pixel starts on a whole pixel.
  const size = 2 * Math.ceil(look.radius + STROKE_WIDTH);
  const image = document.createElement('canvas');
  image.width = image.height = size * ratio;
  const ctx = image.getContext('2d');
  if (ctx) {
    ctx.scale(ratio, ratio);
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, look.radius, 0, Math.PI * 2);
    ctx.globalAlpha = look.fillOpacity;
    ctx.fillStyle = look.fill;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = STROKE_WIDTH;
    ctx.strokeStyle = look.stroke;
    ctx.stroke();
  }
  return { image, size };
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

/** Leaflet's renderer internals this layer draws with (see the file's comment). */
interface CanvasInternals {
  _map: L.Map | undefined;
  _ctx: CanvasRenderingContext2D | undefined;
  _bounds: L.Bounds | undefined;
  _redraw(): void;
}

/** The households of one map, drawn on one canvas; tapping a dot opens its popup. */
export class HouseholdDots extends L.Canvas {
  private households: readonly Household[] = [];
  private visited: ReadonlySet<string> = new Set();
  private positions: L.LatLng[] = [];
  /** Each household's pixel position (x, y) at `zoom`, projected once per zoom. */
  private pixels: { zoom: number; xy: Float64Array } | null = null;
  private sprites: Record<keyof typeof LOOKS, ReturnType<typeof sprite>> | null = null;

  /** This renderer's Leaflet internals (see the file's comment). */
  private get leaflet(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  constructor() {
    // A quarter view beyond each side: a short pan shows dots already drawn. Wider costs the
    // first paint: the canvas is allocated and cleared at its full size (half a view took
    // 16 ms on the benchmark's phone page).
    super({ padding: 0.25 });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    map.on('click', this.onTap, this);
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('click', this.onTap, this);
    return super.onRemove(map);
  }

  /** Draws these households (in the map's datum through `project`), replacing those drawn. */
  show(data: Pick<MapData, 'households' | 'visited'>, project: Project): void {
    this.households = data.households;
    this.visited = data.visited;
    this.positions = data.households.map((h) => L.latLng(project(h.location)));
    this.pixels = null;
    if (this.leaflet._map && this.leaflet._ctx) this.leaflet._redraw();
  }

  /** Opens the popup of household `id`; false when it is not drawn. */
  open(id: string): boolean {
    const index = this.households.findIndex((h) => h.id === id);
    if (index < 0) return false;
    this.popup(index);
    return true;
  }

  private popup(index: number): void {
    const map = this.leaflet._map;
    const household = this.households[index];
    const at = this.positions[index];
    if (!map || !household || !at) return;
    L.popup({ offset: [0, -4] })
      .setLatLng(at)
      .setContent(householdPopup(household))
      .openOn(map);
  }

  /** Pixel positions at the map's zoom, absolute (add the pixel origin for layer points). */
  private pixelsAt(map: L.Map): Float64Array {
    const zoom = map.getZoom();
    if (this.pixels?.zoom === zoom) return this.pixels.xy;
    const xy = new Float64Array(this.positions.length * 2);
    for (const [i, position] of this.positions.entries()) {
      const { x, y } = map.project(position, zoom);
      xy[2 * i] = Math.round(x);
      xy[2 * i + 1] = Math.round(y);
    }
    this.pixels = { zoom, xy };
    return xy;
  }

  /** Leaflet's drawing (no paths of its own here), then the dots: all visited, then the rest. */
  protected _draw(): void {
    (L.Canvas.prototype as unknown as { _draw(this: unknown): void })._draw.call(this);
    const { _map: map, _ctx: ctx, _bounds: bounds } = this.leaflet;
    if (!map || !ctx || !bounds || this.households.length === 0) return;
    const xy = this.pixelsAt(map);
    const origin = map.getPixelOrigin();
    // Leaflet's canvas is twice the size on any retina screen, whatever the exact ratio.
    const ratio = L.Browser.retina ? 2 : 1;
    this.sprites ??= {
      visited: sprite(LOOKS.visited, ratio),
      toVisit: sprite(LOOKS.toVisit, ratio),
    };
    const [minX, minY] = [bounds.min?.x ?? 0, bounds.min?.y ?? 0];
    const [maxX, maxY] = [bounds.max?.x ?? 0, bounds.max?.y ?? 0];
    for (const visited of [true, false]) {
      const { image, size } = visited ? this.sprites.visited : this.sprites.toVisit;
      const half = size / 2;
      for (const [i, household] of this.households.entries()) {
        if (this.visited.has(household.id) !== visited) continue;
        const x = (xy[2 * i] as number) - origin.x;
        const y = (xy[2 * i + 1] as number) - origin.y;
        if (x < minX - half || x > maxX + half || y < minY - half || y > maxY + half) continue;
        ctx.drawImage(image, x - half, y - half, size, size);
      }
    }
  }

  /** A tap (or click) on the map: the nearest dot within a fingertip opens its popup. */
  private onTap(event: L.LeafletMouseEvent): void {
    const map = this.leaflet._map;
    if (!map || this.households.length === 0) return;
    const xy = this.pixelsAt(map);
    const origin = map.getPixelOrigin();
    const { x, y } = event.layerPoint;
    let nearest = -1;
    let best = TAP_RADIUS * TAP_RADIUS;
    for (let i = 0; i < this.households.length; i++) {
      const dx = (xy[2 * i] as number) - origin.x - x;
      const dy = (xy[2 * i + 1] as number) - origin.y - y;
      const distance = dx * dx + dy * dy;
      if (distance <= best) {
        best = distance;
        nearest = i;
      }
    }
    if (nearest >= 0) this.popup(nearest);
  }
}
