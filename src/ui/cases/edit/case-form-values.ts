import type { FieldError } from '../../../domain/field-errors.ts';
import type { Case, CaseFields } from '../../../schema/case.ts';

/** The editor's fields, as the inputs hold them (always strings; zod in src/db decides what is valid). */
export const FORM_FIELDS = [
  'name', 'nameKana', 'birthDate', 'sex', 'municipalityCode', 'postcode', 'address', 'phone', 'livingSituation',
  'school', 'meisId', 'notes',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;

export const EMPTY_FORM: FormValues = {
  name: '', nameKana: '', birthDate: '', sex: 'unknown', municipalityCode: '', postcode: '', address: '', phone: '',
  livingSituation: 'home', school: '', meisId: '', notes: '',
};

export function toFormValues(record: Case): FormValues {
  const values = { ...EMPTY_FORM };
  for (const field of FORM_FIELDS) values[field] = String(record[field] ?? '');
  return values;
}

/** The typed values as record changes; the enum fields are checked by the schema when saved. */
export function toChanges(values: FormValues): Partial<CaseFields> {
  return {
    ...values,
    sex: values.sex as CaseFields['sex'],
    livingSituation: values.livingSituation as CaseFields['livingSituation'],
  };
}

const hasJapanese = (text: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);

/**
 * Errors by top-level field. Schema messages are Japanese where they are written for people; a generic
 * message stands in for any library default (English) text.
 */
export function groupFieldErrors(errors: readonly FieldError[], fallback: string): Partial<Record<string, string>> {
  const byField: Partial<Record<string, string>> = {};
  for (const error of errors) {
    const field = error.field.split('.')[0] || '_form';
    const message = hasJapanese(error.message) ? error.message : fallback;
    byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
  }
  return byField;
}
