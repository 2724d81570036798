/**
 * Shrinking a camera photo on the phone (sizes from photoSize.ts). `createImageBitmap` decodes
 * off the main thread and applies the EXIF rotation; `OffscreenCanvas` encodes, with a
 * `<canvas>` where it is missing (Safari before 16.4).
 * https://developer.mozilla.org/docs/Web/API/Window/createImageBitmap
 */
import type { PhotoInput } from '../../device/outbox/record.ts';
import { firstAttempt, fitLongSide, nextAttempt } from './photoSize.ts';

/** The picture could not be read as an image (not a photo, or a format the phone can't decode). */
export class PhotoReadError extends Error {
  constructor(cause: unknown) {
    super('the photo could not be read', { cause });
    this.name = 'PhotoReadError';
  }
}

/** A picked or taken photo as a JPEG of at most ~1,600 px and a few hundred KB. */
export async function shrinkPhoto(file: Blob): Promise<PhotoInput> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoReadError(error);
  }
  try {
    let attempt = firstAttempt(bitmap.width, bitmap.height);
    for (;;) {
      const size = fitLongSide(bitmap.width, bitmap.height, attempt.longSide);
      const blob = await encodeJpeg(bitmap, size.width, size.height, attempt.quality);
      const next = nextAttempt(attempt, blob.size);
      if (next === null) return { blob, type: 'image/jpeg', ...size };
      attempt = next;
    }
  } finally {
    bitmap.close();
  }
}

async function encodeJpeg(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Blob> {
  const offscreen =
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : null;
  const context = offscreen?.getContext('2d');
  let blob: Blob | null;
  if (offscreen && context) {
    draw(context, bitmap, width, height);
    blob = await offscreen.convertToBlob({ type: 'image/jpeg', quality });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context2d = canvas.getContext('2d');
    if (!context2d) throw new Error('no 2d canvas to shrink photos with');
    draw(context2d, bitmap, width, height);
    blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', quality),
    );
  }
  // A browser without a JPEG encoder answers with PNG, which the server does not take.
  if (blob?.type !== 'image/jpeg') throw new Error('this browser cannot encode JPEG');
  return blob;
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  bitmap: ImageBitmap,
  width: number,
  height: number,
): void {
  // JPEG has no transparency: a transparent PNG would turn black without a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
}
