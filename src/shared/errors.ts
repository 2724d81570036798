/**
 * Error codes shared by server and device. Every API error travels as
 * `{"error":{"code","message","field"?}}`; the device shows a message keyed by the code.
 */
import type { z } from 'zod';
import type { apiErrorBody } from './protocol.ts';

export const ERROR_CODES = [
  'E_AUTH',
  'E_SCOPE',
  'E_INVALID',
  'E_TOO_LARGE',
  'E_THROTTLED',
  'E_NOT_FOUND',
  'E_PRODUCTION',
  'E_INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A code read off the wire as one of ours; an unknown one becomes `fallback`. */
export function toErrorCode(code: string, fallback: ErrorCode): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : fallback;
}

/**
 * The body of every error answer, and the `error` of a rejected mutation: `apiErrorBody` in
 * protocol.ts with the code narrowed to ours (the wire takes any code, so a newer server's new
 * one is read as `E_INTERNAL`, not refused). `field` is the offending field as a path, e.g.
 * `payload.outcome` or `mutations.3.id`.
 */
export type ApiErrorBody = Omit<z.infer<typeof apiErrorBody>, 'code'> & { code: ErrorCode };

/** An error the device or server can act on: a code, a message, the field at fault. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
