// The few PouchDB calls the benchmark makes. PouchDB 9 ships no types, and @types/pouchdb
// describes PouchDB 6; these cover only what bench/ uses.

declare module 'pouchdb-browser' {
  /** A PouchDB database in the page (IndexedDB) or over HTTP (a URL). */
  export default class PouchDB {
    constructor(name: string);
    info(): Promise<{ doc_count: number }>;
    bulkDocs(docs: { _id: string }[]): Promise<unknown[]>;
    destroy(): Promise<void>;
    /** Resolves when a one-off replication has finished. */
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options: { batch_size: number },
    ): Promise<{ ok: boolean; docs_written: number; docs_read: number }>;
  }
}

declare module 'pouchdb' {
  /** PouchDB in Node; `defaults` and `plugin` give the in-memory flavour the server uses. */
  export default class PouchDB {
    constructor(name: string);
    info(): Promise<{ doc_count: number }>;
    bulkDocs(docs: { _id: string }[]): Promise<unknown[]>;
    destroy(): Promise<void>;
    static plugin(plugin: unknown): typeof PouchDB;
    static defaults(options: { adapter: string }): typeof PouchDB;
  }
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** An Express app speaking CouchDB's HTTP API over the given PouchDB constructor. */
  export default function expressPouchDB(
    PouchDB: unknown,
    options: {
      mode: 'minimumForPouchDB' | 'fullCouchDB';
      inMemoryConfig: boolean;
      logPath: string;
    },
  ): (req: IncomingMessage, res: ServerResponse) => void;
}
