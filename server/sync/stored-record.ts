import type { FieldStamp } from '../../src/domain/merge.ts';
import type { Collection } from '../../src/schema/collections.ts';
import type { User } from '../../src/schema/session.ts';
import type { PushResult } from '../../src/schema/sync-protocol.ts';
import type { Fields } from './validate.ts';

/** A record as the server keeps it: the editable fields apart from the server-owned metadata. */
export type StoredRecord = {
  collection: Collection;
  id: string;
  /** The change sequence of the record's last change. */
  rev: number;
  deleted: boolean;
  updatedAt: string;
  /** The case whose scope the record takes; null means every signed-in user. */
  scopeCase: string | null;
  data: Fields;
  /** Per top-level field (and `deleted`): who wrote it last, when, at which sequence. */
  stamps: Record<string, FieldStamp>;
};

export type PlanContext = {
  user: User;
  /** The pushing device (PushRequest.clientId). */
  clientId: string;
  now: Date;
  /** Calendar date in Japan, for consent dates. */
  today: string;
  /** Allocates the next global change sequence. */
  nextSeq: () => number;
  newId: () => string;
};

/** What one mutation does; the store writes `writes` and remembers the result in one transaction. */
export type Plan = {
  result: PushResult;
  writes: StoredRecord[];
  /** Remember the result under the mutation id, so a replay is a duplicate (never for rejections). */
  remember: boolean;
  /** The record was reached through a consent rather than the user's own area: audit the write. */
  viaConsent: boolean;
  /** The record was reached as a named responder of a declared disaster event: audit the write. */
  viaDisaster?: boolean;
};

/** The record as pulled by clients: the fields plus id, rev, deleted and updatedAt. */
export function toWireRecord(record: StoredRecord): { id: string } & Fields {
  return { ...record.data, id: record.id, rev: record.rev, deleted: record.deleted, updatedAt: record.updatedAt };
}

const META_FIELDS = ['id', 'rev', 'deleted', 'updatedAt'] as const;

/**
 * `toWireRecord` as JSON text, the same text as `JSON.stringify(toWireRecord(record))`: the fields serialised
 * as they are and the metadata appended, skipping the copy of every field into a new object.
 */
export function toWireJson(record: StoredRecord): string {
  if (META_FIELDS.some((name) => Object.hasOwn(record.data, name))) return JSON.stringify(toWireRecord(record));
  const fields = JSON.stringify(record.data);
  const meta = `"id":${JSON.stringify(record.id)},"rev":${record.rev},"deleted":${record.deleted},"updatedAt":${JSON.stringify(record.updatedAt)}}`;
  return fields === '{}' ? `{${meta}` : `${fields.slice(0, -1)},${meta}`;
}

export function rejectPlan(id: string, code: string, message: string, field?: string): Plan {
  const error = field === undefined ? { code, message } : { code, message, field };
  return { result: { id, status: 'rejected', error }, writes: [], remember: false, viaConsent: false };
}
