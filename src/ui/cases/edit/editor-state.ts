import * as z from 'zod';
import type { FieldError } from '../../../domain/field-errors.ts';
import type { Case, CaseFields, Device } from '../../../schema/case.ts';
import { EMPTY_FORM, FORM_FIELDS, toChanges, toFormValues, type FormField, type FormValues } from './case-form-values.ts';

/** The structured parts of the record the editor holds in record shape (the basic fields are strings). */
export const RECORD_FIELDS = [
  'guardians', 'siblings', 'emergencyContacts', 'careItems', 'diagnoses', 'medications', 'allergies', 'devices',
  'powerPlan', 'hasResuscitationBag', 'careTeam', 'evacuationPlan', 'consents',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];
/** A device in the editor: a new one has no type until the coordinator picks one (the schema refuses ''). */
export type EditorDevice = Omit<Device, 'type'> & { type: Device['type'] | '' };
export type RecordValues = Omit<Pick<CaseFields, RecordField>, 'devices'> & { devices: EditorDevice[] };
export type EditorField = FormField | RecordField;

/** Everything the editor holds; `touched` names the fields the coordinator changed (only those are saved). */
export type EditorState = { basic: FormValues; record: RecordValues; touched: EditorField[] };

export const EMPTY_RECORD: RecordValues = {
  guardians: [], siblings: [], emergencyContacts: [], careItems: [], diagnoses: [], medications: [], allergies: [],
  devices: [], powerPlan: [], hasResuscitationBag: false, careTeam: [], evacuationPlan: null, consents: [],
};

export function toEditorState(record: Case | null): EditorState {
  if (!record) return { basic: EMPTY_FORM, record: EMPTY_RECORD, touched: [] };
  const values = { ...EMPTY_RECORD };
  for (const field of RECORD_FIELDS) (values as Record<string, unknown>)[field] = record[field] ?? EMPTY_RECORD[field];
  return { basic: toFormValues(record), record: values, touched: [] };
}

const LINE_FIELDS = ['diagnoses', 'medications', 'allergies'] as const;

/**
 * The changes to save: every field for a new case, only the touched ones for an existing case — a sync that
 * arrived while the form was open must not be overwritten by fields nobody touched. Blank lines are dropped.
 */
export function toEditorChanges(state: EditorState, isNew: boolean): Partial<CaseFields> {
  const all: Record<string, unknown> = { ...toChanges(state.basic), ...state.record };
  for (const field of LINE_FIELDS) all[field] = state.record[field].map((line) => line.trim()).filter(Boolean);
  if (isNew) return all as Partial<CaseFields>;
  return Object.fromEntries(state.touched.map((field) => [field, all[field]])) as Partial<CaseFields>;
}

/** Errors by full path (`devices.0.internalBatteryHours`); library default (English) text becomes `fallback`. */
export function toErrorMap(errors: readonly FieldError[], fallback: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) {
    const path = error.field || '_form';
    const message = /[\u3040-\u30ff\u4e00-\u9fff]/.test(error.message) ? error.message : fallback;
    map[path] = map[path] ? `${map[path]} ${message}` : message;
  }
  return map;
}

/** The element id of a field path: `devices.0.model` → `devices-0-model`. */
export const fieldId = (path: string) => path.replaceAll('.', '-');

// Drafts are written by this same form; the shape is checked, and each record field must have its JSON type.
const RECORD_FIELD_KINDS: Record<RecordField, 'array' | 'boolean' | 'object'> = {
  guardians: 'array', siblings: 'array', emergencyContacts: 'array', careItems: 'array', diagnoses: 'array',
  medications: 'array', allergies: 'array', devices: 'array', powerPlan: 'array', hasResuscitationBag: 'boolean',
  careTeam: 'array', evacuationPlan: 'object', consents: 'array',
};

export const DraftSchema = z.object({
  basic: z.record(z.string(), z.string()),
  record: z.record(z.string(), z.json()),
  touched: z.array(z.string()),
});
export type EditorDraft = z.infer<typeof DraftSchema>;

const hasKind = (value: unknown, kind: 'array' | 'boolean' | 'object') =>
  kind === 'array' ? Array.isArray(value) : kind === 'boolean' ? typeof value === 'boolean' : value === null || typeof value === 'object';

/** A stored draft laid over the record's state, field by field; anything of the wrong type is ignored. */
export function fromDraft(draft: EditorDraft, base: EditorState): EditorState {
  const basic = { ...base.basic };
  for (const field of FORM_FIELDS) if (typeof draft.basic[field] === 'string') basic[field] = draft.basic[field];
  const record = { ...base.record } as Record<string, unknown>;
  for (const field of RECORD_FIELDS) {
    if (field in draft.record && hasKind(draft.record[field], RECORD_FIELD_KINDS[field])) record[field] = draft.record[field];
  }
  const known = new Set<string>([...FORM_FIELDS, ...RECORD_FIELDS]);
  return { basic, record: record as RecordValues, touched: draft.touched.filter((f): f is EditorField => known.has(f)) };
}
