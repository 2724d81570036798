/**
 * Session tokens: 32 random bytes shown to the device once; the server keeps only their
 * SHA-256, so a copy of the database cannot be replayed as logins.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A new random bearer token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
