import type * as z from 'zod';
import { FIELDS_SCHEMAS, type Collection } from '../../src/schema/collections.ts';
import type { MutationError } from '../../src/schema/sync-protocol.ts';

export type Fields = Record<string, unknown>;
export type Validated = { ok: true; data: Fields } | { ok: false; error: MutationError };

type ObjectSchema = z.ZodObject<Record<string, z.ZodType>>;

function getSchema(collection: Collection): ObjectSchema {
  return FIELDS_SCHEMAS[collection] as unknown as ObjectSchema;
}

/** The top-level fields a client may write in `collection` (never id, rev, deleted or updatedAt). */
export function listFieldNames(collection: Collection): readonly string[] {
  return Object.keys(getSchema(collection).shape);
}

function invalid(issue: z.core.$ZodIssue | undefined, prefix?: string): Validated {
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter((part) => part !== undefined && part !== '');
  return {
    ok: false,
    error: { code: 'invalid', field: path.join('.'), message: issue?.message ?? '値が正しくありません' },
  };
}

function findUnknownField(collection: Collection, fields: Fields): string | undefined {
  const shape = getSchema(collection).shape;
  return Object.keys(fields).find((key) => !Object.hasOwn(shape, key));
}

function unknownField(field: string): Validated {
  return { ok: false, error: { code: 'unknown_field', field, message: `${field} はこの記録にない項目です` } };
}

/** A new record: every field, defaults filled in, must parse with the collection's full schema. */
export function validateNewRecord(collection: Collection, fields: Fields): Validated {
  const unknown = findUnknownField(collection, fields);
  if (unknown !== undefined) return unknownField(unknown);
  const parsed = getSchema(collection).safeParse(fields);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error.issues[0]);
}

/** Changed fields of an existing record, each parsed by its own schema; names the first bad one. */
export function validateChangedFields(collection: Collection, fields: Fields): Validated {
  const unknown = findUnknownField(collection, fields);
  if (unknown !== undefined) return unknownField(unknown);
  const shape = getSchema(collection).shape;
  const data: Fields = {};
  for (const [key, value] of Object.entries(fields)) {
    const parsed = shape[key]!.safeParse(value);
    if (!parsed.success) return invalid(parsed.error.issues[0], key);
    data[key] = parsed.data;
  }
  return { ok: true, data };
}

/** Whether the collection's schema checks anything across fields: only then is a merged record parsed whole. */
export function isCheckedWhole(collection: Collection): boolean {
  return (getSchema(collection)._zod.def.checks?.length ?? 0) > 0;
}

/**
 * The record after merging must still be whole. When the schema checks nothing across fields, every field
 * having parsed on its own already proves it, and the costly re-parse of the whole record is skipped (so an
 * edit can be planned from the edited fields alone: server/store/sqlite-field-edits.ts).
 */
export function validateWholeRecord(collection: Collection, data: Fields): Validated {
  if (!isCheckedWhole(collection)) return { ok: true, data };
  const parsed = getSchema(collection).safeParse(data);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error.issues[0]);
}
