/**
 * Photo upload and download. A device uploads a photo after the visit that names it has been
 * pushed; the upload is idempotent by content hash, so a retry after a lost answer is harmless.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError } from '../../src/shared/errors.ts';
import { PHOTO_MAX_BYTES, type PhotoUploadResponse, photoHash } from '../../src/shared/protocol.ts';
import { isOneOf, PHOTO_TYPES } from '../../src/shared/vocabulary.ts';
import type { ServerContext } from '../context.ts';
import { authenticate } from '../http/authenticate.ts';
import { parseOr400 } from '../http/errors.ts';
import { claimsOfPhoto, readPhoto, storePhoto, uploaderOfPhoto } from '../store/photos.ts';
import type { ActiveSession } from '../store/sessions.ts';
import { scopeCovers, scopeOf } from '../sync/scope.ts';

const params = z.strictObject({ hash: photoHash });

/**
 * The claim through which this session may upload or see the photo; E_NOT_FOUND when none.
 * Uploading needs a visit of the caller's own or in the caller's cells that names the photo.
 * Seeing it needs such a visit by the photo's uploader: otherwise naming a known hash in a new
 * visit of one's own would open a photo from another cell.
 */
async function claimFor(
  ctx: ServerContext,
  session: ActiveSession,
  hash: string,
  purpose: 'upload' | 'download',
) {
  const scope = await scopeOf(ctx.db, session.user);
  const uploader = purpose === 'download' ? await uploaderOfPhoto(ctx.db, hash) : undefined;
  const claim = (await claimsOfPhoto(ctx.db, hash)).find(
    (c) =>
      (purpose === 'upload' || c.userId === uploader) &&
      (c.userId === session.user.id || scopeCovers(scope, c.gridId)),
  );
  if (!claim) {
    throw new ApiError(
      'E_NOT_FOUND',
      'no visit of yours names this photo; push the visit first',
      404,
      'hash',
    );
  }
  return claim;
}

/** Registers `PUT /api/photos/:hash` and `GET /api/photos/:hash`. */
export function photoRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.addContentTypeParser(
    [...PHOTO_TYPES],
    { parseAs: 'buffer', bodyLimit: PHOTO_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.put('/api/photos/:hash', async (request): Promise<PhotoUploadResponse> => {
    const session = await authenticate(ctx, request);
    const { hash } = parseOr400(params, request.params);
    const type = request.headers['content-type'] ?? '';
    if (!isOneOf(PHOTO_TYPES, type) || !Buffer.isBuffer(request.body)) {
      throw new ApiError(
        'E_INVALID',
        `send the photo bytes as ${PHOTO_TYPES.join(' or ')}`,
        400,
        'content-type',
      );
    }
    if (createHash('sha256').update(request.body).digest('hex') !== hash) {
      throw new ApiError(
        'E_INVALID',
        'the bytes do not match the hash; upload the photo again',
        400,
        'body',
      );
    }
    await claimFor(ctx, session, hash, 'upload');
    if ((await uploaderOfPhoto(ctx.db, hash)) !== undefined) return { status: 'duplicate' };
    await storePhoto(ctx.db, ctx.photoDir, {
      hash,
      type,
      bytes: request.body,
      userId: session.user.id,
      receivedAt: ctx.now().toISOString(),
    });
    return { status: 'stored' };
  });

  app.get('/api/photos/:hash', async (request, reply) => {
    const session = await authenticate(ctx, request);
    const { hash } = parseOr400(params, request.params);
    const claim = await claimFor(ctx, session, hash, 'download');
    const file = await readPhoto(ctx.photoDir, hash);
    if (!file)
      throw new ApiError('E_NOT_FOUND', 'the photo has not been uploaded yet', 404, 'hash');
    return reply
      .type(claim.type)
      .header('content-length', file.size)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(file.stream);
  });
}
