import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, outOfChina, toMapDatum, wgs84ToGcj02 } from '../../src/shared/datum.ts';

describe('datum conversion', () => {
  it('WGS-84 to GCJ-02 matches the published vector for Tiananmen', () => {
    const [lng, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lng).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  it('GCJ-02 back to WGS-84 returns the original point within a millimetre', () => {
    for (const [lng, lat] of [
      [116.404, 39.915],
      [113.14, 22.43],
      [121.47, 31.23],
    ] as const) {
      const [backLng, backLat] = gcj02ToWgs84(...wgs84ToGcj02(lng, lat));
      expect(Math.abs(backLng - lng)).toBeLessThan(1e-8);
      expect(Math.abs(backLat - lat)).toBeLessThan(1e-8);
    }
  });

  it('shifts the station by a few hundred metres, as GCJ-02 does in Guangdong', () => {
    const [lng, lat] = wgs84ToGcj02(113.14, 22.43);
    const metres = Math.hypot((lng - 113.14) * 102_900, (lat - 22.43) * 110_570);
    expect(metres).toBeGreaterThan(200);
    expect(metres).toBeLessThan(800);
  });

  it('leaves points outside China unchanged, both ways', () => {
    expect(outOfChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74.006, 40.7128)).toEqual([-74.006, 40.7128]);
  });

  it('moves overlays only onto a GCJ-02 map', () => {
    expect(toMapDatum('WGS84', 113.14, 22.43)).toEqual([113.14, 22.43]);
    expect(toMapDatum('CGCS2000', 113.14, 22.43)).toEqual([113.14, 22.43]);
    expect(toMapDatum('GCJ02', 113.14, 22.43)).toEqual(wgs84ToGcj02(113.14, 22.43));
  });
});
