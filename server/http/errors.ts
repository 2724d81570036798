/**
 * One error shape everywhere: `{"error":{"code","message","field"?}}`. Fastify's own errors
 * (malformed JSON, oversized bodies, unknown routes) are translated into it here.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ApiError } from '../../src/shared/errors.ts';
import { firstIssue } from '../../src/shared/protocol.ts';

/** A 400 E_INVALID naming the first field at fault, prefixed by where it was (body, query). */
export function invalid(error: z.ZodError, prefix = ''): ApiError {
  const { field, message } = firstIssue(error);
  const path = [prefix, field].filter(Boolean).join('.');
  return new ApiError('E_INVALID', `${path || 'request'}: ${message}`, 400, path || undefined);
}

/** Parses `value` with a schema or throws the matching E_INVALID. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(result.error, prefix);
  return result.data;
}

function translate(error: FastifyError): ApiError {
  if (error instanceof ApiError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('E_TOO_LARGE', 'request body is too large', 413);
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('E_INVALID', 'request body is not valid JSON', 400, 'body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('E_INVALID', 'send the body as application/json', 400, 'content-type');
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new ApiError('E_INVALID', 'request body is not valid JSON', 400, 'body');
  }
  if (error.statusCode && error.statusCode < 500) {
    return new ApiError('E_INVALID', error.message, error.statusCode);
  }
  return new ApiError('E_INTERNAL', 'internal error; the request can be retried', 500);
}

/** Installs the error and not-found handlers that speak the one error shape. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = translate(error);
    if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: apiError.code, field: apiError.field }, 'request refused');
    return reply.status(apiError.status).send({ error: apiError.toBody() });
  });
}
