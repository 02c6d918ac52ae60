import { tRecord, type RecordMessageKey } from '../cases/record-messages.ts';
import { formatDate, formatDateTime } from './format-date.ts';

const FIELD_LABELS: Record<string, RecordMessageKey> = {
  name: 'edit.name',
  nameKana: 'edit.kana',
  birthDate: 'edit.birthDate',
  sex: 'edit.sex',
  municipalityCode: 'edit.municipality',
  postcode: 'edit.postcode',
  address: 'edit.address',
  phone: 'edit.phone',
  livingSituation: 'edit.living',
  school: 'edit.school',
  notes: 'edit.notes',
  careItems: 'care.title',
  devices: 'devices.title',
  evacuationPlan: 'evac.title',
  consents: 'consents.title',
  note: 'visits.note',
  deleted: 'conflict.deleted',
  endedAt: 'field.endedAt',
};

/** The label of a record field (a nested path by its top-level field), or the path itself for a field without one yet. */
export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field.split('.')[0] ?? field];
  return key ? tRecord(key) : field;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A stored value of `field` as readable text: dates as the record page writes them (2026年11月29日（令和8年）, not
 * 2026-11-29), moments with their time, other scalars as they are, yes/no in words, a deletion as what it does,
 * structures as indented JSON, nothing as —.
 */
export function formatValue(value: unknown, field = ''): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'deleted') return tRecord(value === true ? 'conflict.deletedTrue' : 'conflict.deletedFalse');
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    if (DATE.test(value)) return formatDate(value);
    if (MOMENT.test(value)) return formatDateTime(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return tRecord(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 2);
}
