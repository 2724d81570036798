/**
 * Datums. FerryBeat's data and the phone's GPS are WGS-84 (CGCS2000, used by Tianditu, agrees
 * with it to well under a metre). Maps from Amap/Gaode or Tencent are drawn in GCJ-02, which
 * shifts positions by a few hundred metres inside China; overlays on such a map must be
 * shifted the same way to line up. The forward transform is the published one; the reverse
 * is found by iterating the forward one, accurate to a few millimetres.
 */

/** The datums a tile source may declare (its MBTiles metadata, its manifest). */
export const DATUMS = ['WGS84', 'CGCS2000', 'GCJ02'] as const;
/** One of `DATUMS`. */
export type Datum = (typeof DATUMS)[number];

const A = 6_378_245.0; // Krasovsky 1940 semi-major axis, as GCJ-02 uses it
const EE = 0.006_693_421_622_965_943; // its eccentricity squared

/** GCJ-02 is only applied inside China's rough bounding box; outside, points are unchanged. */
export function outOfChina(lng: number, lat: number): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 [lng, lat] to GCJ-02 [lng, lat]. */
export function wgs84ToGcj02(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat];
  let dLat = transformLat(lng - 105, lat - 35);
  let dLng = transformLng(lng - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLng = (dLng * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + dLng, lat + dLat];
}

/** GCJ-02 [lng, lat] back to WGS-84, by fixed-point iteration of the forward transform. */
export function gcj02ToWgs84(lng: number, lat: number): [number, number] {
  if (outOfChina(lng, lat)) return [lng, lat];
  let wLng = lng;
  let wLat = lat;
  for (let i = 0; i < 10; i++) {
    const [gLng, gLat] = wgs84ToGcj02(wLng, wLat);
    const eLng = gLng - lng;
    const eLat = gLat - lat;
    wLng -= eLng;
    wLat -= eLat;
    if (Math.abs(eLng) < 1e-9 && Math.abs(eLat) < 1e-9) break;
  }
  return [wLng, wLat];
}

/** Moves a WGS-84 position onto a map drawn in `datum`. */
export function toMapDatum(datum: Datum, lng: number, lat: number): [number, number] {
  return datum === 'GCJ02' ? wgs84ToGcj02(lng, lat) : [lng, lat];
}
