/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Made on the device as the
 * mutation id, so ids sort by creation time and never collide across devices.
 * Clock and randomness are injected so tests can pin them.
 */

const UUIDV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** True for a lower-case UUID of version 7 and RFC 9562 variant. */
export function isUuidV7(value: string): boolean {
  return UUIDV7.test(value);
}

// Web Crypto exists in browsers, workers and Node 20; the shared folder has neither lib's types.
const webCryptoRandom = (bytes: Uint8Array): Uint8Array =>
  (
    globalThis as unknown as { crypto: { getRandomValues(b: Uint8Array): Uint8Array } }
  ).crypto.getRandomValues(bytes);

/** Makes a UUIDv7 from a millisecond time and 10 random bytes. */
export function uuidv7(
  nowMs: number = Date.now(),
  random: (bytes: Uint8Array) => Uint8Array = webCryptoRandom,
): string {
  const bytes = new Uint8Array(16);
  let ms = Math.floor(nowMs);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes.set(random(new Uint8Array(10)), 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
