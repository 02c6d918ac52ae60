import { useEffect, useMemo, useState } from 'preact/hooks';
import { createCase, getCase, saveCase } from '../../../db/cases.ts';
import { getDb } from '../../../db/database.ts';
import { listRecordChanges } from '../../../db/outbox.ts';
import { ValidationError } from '../../../db/write-record.ts';
import type { Case } from '../../../schema/case.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import { t } from '../../i18n/i18n.ts';
import { EMPTY_FORM, groupFieldErrors, toChanges, toFormValues, type FormField, type FormValues } from './case-form-values.ts';

export type CaseForm = {
  record: Case | null | undefined;
  values: FormValues;
  errors: Partial<Record<string, string>>;
  isSaving: boolean;
  setValue: (field: FormField, value: string) => void;
  /** Saves; resolves to the case id, or null when the input was refused (errors are then set). */
  save: () => Promise<string | null>;
};

export function useCaseForm(id: string | null): CaseForm {
  const [record, setRecord] = useState<Case | null | undefined>(id ? undefined : null);
  const [values, setValues] = useState<FormValues>(EMPTY_FORM);
  const [localErrors, setLocalErrors] = useState<Partial<Record<string, string>> | null>(null);
  const [isSaving, setSaving] = useState(false);
  const changes = useLiveQuery(async () => (id ? listRecordChanges(getDb(), id) : []), [id]);

  // Read once, not live: a sync arriving while the coordinator types must not overwrite the form.
  useEffect(() => {
    if (!id) return;
    void getCase(getDb(), id).then((found) => {
      setRecord(found ?? null);
      if (found) setValues(toFormValues(found));
    });
  }, [id]);

  // Until the coordinator saves again, show why the server refused the last change.
  const serverErrors = useMemo(() => {
    const refused = (changes ?? []).filter((entry) => entry.state === 'rejected' && entry.error);
    return groupFieldErrors(refused.map((entry) => ({ field: entry.error!.field ?? '_form', message: entry.error!.message })), t('edit.invalid'));
  }, [changes]);

  function setValue(field: FormField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  async function save(): Promise<string | null> {
    setSaving(true);
    try {
      const db = getDb();
      const savedId = id ? (await saveCase(db, id, toChanges(values)), id) : await createCase(db, toChanges(values));
      setLocalErrors({});
      return savedId;
    } catch (caught) {
      if (!(caught instanceof ValidationError)) throw caught;
      setLocalErrors(groupFieldErrors(caught.errors, t('edit.invalid')));
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { record, values, errors: localErrors ?? serverErrors, isSaving, setValue, save };
}
