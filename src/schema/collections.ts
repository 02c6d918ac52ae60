import * as z from 'zod';
import { CaseFieldsSchema, CaseSchema } from './case.ts';
import { ConflictFieldsSchema, ConflictSchema } from './conflict.ts';
import { DisasterEventFieldsSchema, DisasterEventSchema } from './disaster-event.ts';
import { ResourceFieldsSchema, ResourceSchema } from './resource.ts';
import { SafetyCheckFieldsSchema, SafetyCheckSchema } from './safety-check.ts';
import { VisitFieldsSchema, VisitSchema } from './visit.ts';

export const COLLECTIONS = ['cases', 'visits', 'resources', 'safetyChecks', 'conflicts', 'disasterEvents'] as const;
export const CollectionSchema = z.enum(COLLECTIONS);
export type Collection = z.infer<typeof CollectionSchema>;

/** Append-only collections: a record is created once; a second create of the same id is a duplicate. */
export const APPEND_ONLY: ReadonlySet<Collection> = new Set(['visits', 'safetyChecks']);

export const FIELDS_SCHEMAS = {
  cases: CaseFieldsSchema,
  visits: VisitFieldsSchema,
  resources: ResourceFieldsSchema,
  safetyChecks: SafetyCheckFieldsSchema,
  conflicts: ConflictFieldsSchema,
  disasterEvents: DisasterEventFieldsSchema,
} as const;

export const RECORD_SCHEMAS = {
  cases: CaseSchema,
  visits: VisitSchema,
  resources: ResourceSchema,
  safetyChecks: SafetyCheckSchema,
  conflicts: ConflictSchema,
  disasterEvents: DisasterEventSchema,
} as const;

export type RecordOf<C extends Collection> = z.infer<(typeof RECORD_SCHEMAS)[C]>;
export type AnyRecord = RecordOf<Collection>;
