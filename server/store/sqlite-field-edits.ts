import type Database from 'better-sqlite3';
import type { Collection } from '../../src/schema/collections.ts';
import type { Mutation } from '../../src/schema/sync-protocol.ts';
import type { StoredRecord } from '../sync/stored-record.ts';
import { isCheckedWhole, listFieldNames, type Fields } from '../sync/validate.ts';
import { decodeStamps, encodeStamps } from './field-stamps.ts';
import { isRefused } from './refused-mutation.ts';
import type { RefusedMutation } from './store.ts';

// An edit of a few fields of a case or a resource is the commonest update, and reading the whole record (~2 KB
// of JSON parsed) and writing it whole again (serialised) was most of its cost. Its plan (planUpdate, the same
// as for any update) reads only the edited fields' values and stamps, and — for a case — the area and consents
// that decide access; nothing across fields is checked (isCheckedWhole). So the record is read holding just
// those (SQLite extracts them from the stored JSON), and written back by setting the changed fields, rev and
// updatedAt inside the stored JSON (json_set): the same stored record as writing it whole, with the fields in
// place (a field the record lacked goes last). Anything else — a delete, a tombstone, a case's area or consents
// edited (its access index changes), another collection — reads and writes the whole record.

/** Collections whose field edits take this path. */
const EDITABLE: ReadonlySet<Collection> = new Set(['cases', 'resources']);
/** What planning an edit reads besides the edited fields: a case's scope (editing it takes the whole path). */
const SCOPE_FIELDS: Partial<Record<Collection, readonly string[]>> = { cases: ['municipalityCode', 'consents'] };

type PartialRow = { seq: number; deleted: number; updated_at: string; scope_case: string | null; field_revs: string } & Record<string, unknown>;

const toPath = (field: string) => `$."${field}"`;

/** Reads and writes the fields of a record an edit touches, inside the stored JSON. */
export class SqliteFieldEdits {
  private readonly reads = new Map<number, Database.Statement<unknown[], PartialRow>>();
  private readonly writes = new Map<number, Database.Statement<unknown[]>>();
  private readonly fieldNames = new Map<Collection, ReadonlySet<string>>();

  constructor(private readonly db: Database.Database) {}

  /**
   * The record `mutation` edits, holding in `data` only the fields its plan reads (stamps whole); null when it is
   * not such an edit or the record is missing or deleted, and the whole record must be read.
   */
  read(mutation: Mutation | RefusedMutation): StoredRecord | null {
    if (isRefused(mutation) || mutation.op !== 'upsert' || !this.isEditable(mutation.collection)) return null;
    const scope = SCOPE_FIELDS[mutation.collection] ?? [];
    const known = this.listKnown(mutation.collection);
    const edited = Object.keys(mutation.fields);
    // Unknown fields are rejected by the plan; a value JSON cannot hold (in-process callers) is left to it too.
    if (edited.some((field) => !known.has(field) || scope.includes(field) || mutation.fields[field] === undefined)) return null;
    const names = [...scope, ...edited];
    const row = this.readStatement(names.length).get(...names.map(toPath), mutation.collection, mutation.recordId);
    if (!row || row.deleted === 1) return null;
    const data: Fields = {};
    names.forEach((name, i) => {
      // `->` answers SQL NULL for a field the record lacks and the text `null` for a stored null.
      const text = row[`f${i}`];
      if (typeof text === 'string') data[name] = JSON.parse(text);
    });
    return {
      collection: mutation.collection, id: mutation.recordId, rev: row.seq, deleted: false, updatedAt: row.updated_at,
      scopeCase: row.scope_case, data, stamps: decodeStamps(row.field_revs),
    };
  }

  /** Writes `record` as planned from `partial` (read above): the fields whose stamps changed, rev, updatedAt. */
  write(record: StoredRecord, partial: StoredRecord): void {
    if (record.deleted !== partial.deleted || record.scopeCase !== partial.scopeCase) {
      throw new Error('a field edit changed what only a whole write may change');
    }
    const changed = Object.keys(record.data).filter((field) => record.stamps[field] !== partial.stamps[field]);
    const sets = changed.flatMap((field) => {
      const json = JSON.stringify(record.data[field]);
      if (json === undefined) throw new Error(`${field} has no JSON value`);
      return [toPath(field), json];
    });
    this.writeStatement(changed.length).run(
      record.rev, record.updatedAt, encodeStamps(record.stamps), ...sets, record.rev, record.updatedAt, record.collection, record.id,
    );
  }

  private isEditable(collection: Collection): boolean {
    return EDITABLE.has(collection) && !isCheckedWhole(collection);
  }

  private listKnown(collection: Collection): ReadonlySet<string> {
    let known = this.fieldNames.get(collection);
    if (!known) this.fieldNames.set(collection, (known = new Set(listFieldNames(collection))));
    return known;
  }

  private readStatement(fields: number) {
    let statement = this.reads.get(fields);
    if (!statement) {
      const picks = Array.from({ length: fields }, (_, i) => `data -> ? AS f${i}`).join(', ');
      statement = this.db.prepare<unknown[], PartialRow>(
        `SELECT seq, deleted, updated_at, scope_case, field_revs${picks ? `, ${picks}` : ''} FROM records WHERE collection = ? AND id = ?`,
      );
      this.reads.set(fields, statement);
    }
    return statement;
  }

  private writeStatement(fields: number) {
    let statement = this.writes.get(fields);
    if (!statement) {
      // CAST: a JavaScript number is bound as a real, which JSON would show as 12.0.
      const sets = Array.from({ length: fields }, () => ', ?, json(?)').join('');
      statement = this.db.prepare(
        `UPDATE records SET seq = ?, updated_at = ?, field_revs = ?,
           data = json_set(data${sets}, '$.rev', CAST(? AS INTEGER), '$.updatedAt', ?)
         WHERE collection = ? AND id = ?`,
      );
      this.writes.set(fields, statement);
    }
    return statement;
  }
}
