/**
 * One GPS fix for a visit. Location is a help, never a condition: a refusal, a timeout on the
 * river or a phone without GPS all resolve (never reject), and the visit saves without it.
 * https://developer.mozilla.org/docs/Web/API/Geolocation/getCurrentPosition
 */
import type { GeoFix } from '../../shared/entities.ts';

/** Why there is no fix. */
export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** A fix, or the reason there is none. */
export type LocateResult = { ok: true; fix: GeoFix } | { ok: false; reason: LocateFailure };

/** How long to wait for a fix; a cold GPS under cloud can take this long. */
export const LOCATE_TIMEOUT_MS = 20_000;

/** Asks the phone for its position, with high accuracy and a fix at most a minute old. */
export function locate(timeoutMs: number = LOCATE_TIMEOUT_MS): Promise<LocateResult> {
  const geolocation = globalThis.navigator?.geolocation;
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      ({ coords }) =>
        resolve({
          ok: true,
          fix: { lat: coords.latitude, lng: coords.longitude, accuracy: coords.accuracy },
        }),
      (error) =>
        resolve({
          ok: false,
          reason:
            error.code === error.PERMISSION_DENIED
              ? 'denied'
              : error.code === error.TIMEOUT
                ? 'timeout'
                : 'unavailable',
        }),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
