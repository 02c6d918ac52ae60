import type { MessageKey } from '../i18n/messages.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
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
};

/** The message key naming a record field, or null for a field without a label yet. */
export function fieldLabelKey(field: string): MessageKey | null {
  return FIELD_LABELS[field.split('.')[0] ?? field] ?? null;
}

/** A stored value as readable text: scalars as they are, structures as indented JSON, nothing as —. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}
