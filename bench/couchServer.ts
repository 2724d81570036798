/**
 * A CouchDB-protocol server for the PouchDB comparison: express-pouchdb over PouchDB's
 * in-memory adapter, mounted under the station server's origin at /couch/ so PouchDB in the
 * page makes same-origin requests (no CORS preflights) over the same emulated link.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import expressPouchDB from 'express-pouchdb';
import type { FastifyInstance } from 'fastify';
import PouchDB from 'pouchdb';
import memory from 'pouchdb-adapter-memory';

/** The CouchDB-protocol server and its databases. */
export interface CouchServer {
  /** Routes /couch/* of a Fastify app to the server; call before it listens. */
  mount(app: FastifyInstance): void;
  /** Creates database `name` holding `docs`. */
  seed(name: string, docs: { _id: string }[]): Promise<void>;
  docCount(name: string): Promise<number>;
  destroy(name: string): Promise<void>;
  close(): void;
}

/** Starts an in-memory CouchDB-protocol server (no port of its own). */
export function startCouchServer(): CouchServer {
  const MemoryPouch = PouchDB.plugin(memory).defaults({ adapter: 'memory' });
  const dir = mkdtempSync(join(tmpdir(), 'ferrybeat-couch-'));
  const couch = expressPouchDB(MemoryPouch, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
  });
  return {
    mount(app) {
      // Handed over before Fastify reads the body: express-pouchdb parses its own requests.
      app.all('/couch/*', {
        onRequest(request, reply) {
          request.raw.url = request.raw.url?.slice('/couch'.length) ?? '/';
          reply.hijack();
          couch(request.raw, reply.raw);
        },
        handler: async () => undefined,
      });
    },
    async seed(name, docs) {
      await new MemoryPouch(name).bulkDocs(docs);
    },
    async docCount(name) {
      return (await new MemoryPouch(name).info()).doc_count;
    },
    async destroy(name) {
      await new MemoryPouch(name).destroy();
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
