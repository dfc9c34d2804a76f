/**
 * The part of a PouchDB database that Hearth's sharing uses, typed here
 * rather than through @types/pouchdb (written for PouchDB 7 and global),
 * so the arrows stay visible and a test can hand in any PouchDB adapter.
 */
export interface ReplicaDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  status?: number;
}

export interface ChangesResult {
  results: Array<{ id: string; seq: number | string; changes: Array<{ rev: string }>; doc?: ReplicaDoc; deleted?: boolean }>;
  last_seq: number | string;
}

export interface AllDocsResult {
  total_rows?: number;
  rows: Array<{ id?: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: ReplicaDoc | null; error?: string }>;
}

export interface Replica {
  get(id: string, options?: { conflicts?: boolean }): Promise<ReplicaDoc>;
  /** Every leaf revision of a document: `ok` for those found. */
  get(id: string, options: { open_revs: 'all' | string[] }): Promise<Array<{ ok?: ReplicaDoc; missing?: string }>>;
  allDocs(options?: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<AllDocsResult>;
  bulkDocs(docs: ReadonlyArray<{ _id: string; _rev?: string; _deleted?: boolean }>): Promise<BulkResult[]>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<ChangesResult>;
}
