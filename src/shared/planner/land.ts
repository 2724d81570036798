/**
 * Travel on land: straight-line distance × a detour factor at a steady speed. Distances use one
 * equirectangular projection per request (the town spans a few km, so the error is a fraction
 * of a percent, as in ../geo.ts), which keeps them a metric: walking A→B→C is never shorter
 * than A→C (but for the rounding to whole seconds), so the ferry search needs only one walk
 * between two boats.
 */
import type { LngLat } from '../entities.ts';
import { KM_PER_DEG_LAT, KM_PER_DEG_LNG_AT_EQUATOR } from '../geo.ts';

/** How the officer moves on land in one request. */
export interface LandModel {
  kmPerDegLng: number;
  detour: number;
  msPerKm: number;
}

/** A land model projected around `refLat`. */
export function landModel(refLat: number, speedKmh: number, detour: number): LandModel {
  return {
    kmPerDegLng: KM_PER_DEG_LNG_AT_EQUATOR * Math.cos((refLat * Math.PI) / 180),
    detour,
    msPerKm: 3_600_000 / speedKmh,
  };
}

/** Estimated road km between two points: straight line × detour. */
export function roadKm(model: LandModel, a: LngLat, b: LngLat): number {
  const dx = (a[0] - b[0]) * model.kmPerDegLng;
  const dy = (a[1] - b[1]) * KM_PER_DEG_LAT;
  return Math.hypot(dx, dy) * model.detour;
}

/** Ms on land for `km` road km, rounded up to the second so every time in a plan is whole. */
export function landMs(model: LandModel, km: number): number {
  return Math.ceil((km * model.msPerKm) / 1000) * 1000;
}
