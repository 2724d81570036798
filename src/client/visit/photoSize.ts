/**
 * How far a photo is shrunk on the phone before it is stored and sent: the long side to about
 * 1,600 px, JPEG at 0.8, and the quality then the size stepped down while the file is still
 * over ~400 KB. A phone camera's 4–12 MB picture becomes a few hundred KB, which the ferry's
 * weak signal can carry. Pure arithmetic, so it is tested without a browser.
 */

/** Longest side of a stored photo, in pixels. */
export const PHOTO_LONG_SIDE = 1600;
/** Size a stored photo should come under. */
export const PHOTO_TARGET_BYTES = 400 * 1024;
/** The JPEG quality tried first, and the lowest before the picture is made smaller instead. */
export const PHOTO_QUALITY = 0.8;
export const PHOTO_MIN_QUALITY = 0.5;
/** Below this long side a photo is kept as it comes out, whatever its size. */
export const PHOTO_MIN_LONG_SIDE = 800;

/** One encoding to try: the long side to draw at and the JPEG quality. */
export interface ShrinkAttempt {
  longSide: number;
  quality: number;
}

/** The size to draw a `width`×`height` picture at so its long side is at most `longSide`. */
export function fitLongSide(
  width: number,
  height: number,
  longSide: number = PHOTO_LONG_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The first encoding of a `width`×`height` picture: never larger than the original. */
export function firstAttempt(width: number, height: number): ShrinkAttempt {
  return { longSide: Math.min(PHOTO_LONG_SIDE, Math.max(width, height)), quality: PHOTO_QUALITY };
}

/**
 * What to try after an encoding came out at `bytes`, or null to keep it: small enough, or as
 * small as we go. Quality drops by 0.1 down to 0.5; then the long side shrinks by the square
 * root of the size ratio (bytes grow with the area), at least 10% per step.
 */
export function nextAttempt(previous: ShrinkAttempt, bytes: number): ShrinkAttempt | null {
  if (bytes <= PHOTO_TARGET_BYTES) return null;
  if (previous.quality > PHOTO_MIN_QUALITY + 0.001) {
    const quality = Math.max(PHOTO_MIN_QUALITY, Math.round((previous.quality - 0.1) * 10) / 10);
    return { ...previous, quality };
  }
  if (previous.longSide <= PHOTO_MIN_LONG_SIDE) return null;
  const factor = Math.min(0.9, Math.sqrt(PHOTO_TARGET_BYTES / bytes));
  const longSide = Math.max(PHOTO_MIN_LONG_SIDE, Math.floor(previous.longSide * factor));
  return { longSide, quality: previous.quality };
}
