import { useEffect, useMemo, useState } from 'preact/hooks';
import { findDuplicateCases } from '../../../db/case-duplicates.ts';
import { createCase, getCase, saveCase } from '../../../db/cases.ts';
import { getDb } from '../../../db/database.ts';
import { listRecordChanges } from '../../../db/outbox.ts';
import { ValidationError } from '../../../db/write-record.ts';
import { todayIso } from '../../../domain/dates.ts';
import type { DuplicateMatch } from '../../../domain/duplicates.ts';
import { findPlausibilityWarnings, type PlausibilityWarning } from '../../../domain/plausibility.ts';
import type { Case } from '../../../schema/case.ts';
import { useLiveQuery } from '../../hooks/use-live-query.ts';
import { useSignedInSession } from '../../session/session-context.ts';
import type { FormField } from './case-form-values.ts';
import { toEditorChanges, toEditorState, toErrorMap, type EditorState, type RecordField, type RecordValues } from './editor-state.ts';
import { discardDraft, restoreDraft, useDraftPersistence } from './use-editor-draft.ts';
import { tRecord } from '../record-messages.ts';

export type CaseForm = {
  record: Case | null | undefined;
  state: EditorState | null;
  errors: Record<string, string>;
  isSaving: boolean;
  restoredAt: string | null;
  duplicates: DuplicateMatch<Case>[];
  warnings: PlausibilityWarning[];
  setValue: (field: FormField, value: string) => void;
  setRecordValue: <F extends RecordField>(field: F, value: RecordValues[F]) => void;
  /** Saves; resolves to the case id, or null when refused (errors set) or a warning or likely duplicate needs a look. */
  save: (confirmed?: Confirmed) => Promise<string | null>;
  cancel: () => void;
  discardRestored: () => void;
  dismissDuplicates: () => void;
  dismissWarnings: () => void;
};

/** What the coordinator already looked at and chose to save anyway. */
export type Confirmed = { isDuplicate?: boolean; isPlausible?: boolean };

const CHECKED_FIELDS = ['birthDate', 'careItems', 'devices'] as const;

/** Warnings for a new case, or for an edit that touched a field they are about (old records are not nagged). */
function checkPlausibility(state: EditorState, isNew: boolean): PlausibilityWarning[] {
  if (!isNew && !CHECKED_FIELDS.some((field) => state.touched.includes(field))) return [];
  return findPlausibilityWarnings({ birthDate: state.basic.birthDate, careItems: state.record.careItems, devices: state.record.devices }, todayIso());
}

/** The editor's state: read once (a sync arriving while typing must not overwrite the form), drafted locally. */
export function useCaseForm(id: string | null): CaseForm {
  const session = useSignedInSession();
  const [record, setRecord] = useState<Case | null | undefined>(undefined);
  const [state, setState] = useState<EditorState | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string> | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateMatch<Case>[]>([]);
  const [warnings, setWarnings] = useState<PlausibilityWarning[]>([]);
  const [isSaving, setSaving] = useState(false);
  const changes = useLiveQuery(async () => (id ? listRecordChanges(getDb(), id) : []), [id]);
  const draft = useDraftPersistence(id, state);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      const found = id ? ((await getCase(getDb(), id)) ?? null) : null;
      const base = toEditorState(found);
      const restored = id && !found ? null : await restoreDraft(id, base);
      if (!isCurrent) return;
      setRecord(found);
      setState(restored?.state ?? base);
      setRestoredAt(restored?.savedAt ?? null);
    })();
    return () => void (isCurrent = false);
  }, [id]);

  // Until the coordinator saves again, show why the server refused the last change.
  const serverErrors = useMemo(() => {
    const refused = (changes ?? []).filter((entry) => entry.state === 'rejected' && entry.error);
    return toErrorMap(refused.map((entry) => ({ field: entry.error!.field ?? '_form', message: entry.error!.message })), tRecord('edit.invalid'));
  }, [changes]);

  const touch = (previous: EditorState, field: EditorState['touched'][number]) =>
    previous.touched.includes(field) ? previous.touched : [...previous.touched, field];

  function setValue(field: FormField, value: string) {
    setState((previous) => previous && { ...previous, basic: { ...previous.basic, [field]: value }, touched: touch(previous, field) });
  }

  function setRecordValue<F extends RecordField>(field: F, value: RecordValues[F]) {
    setState((previous) => previous && { ...previous, record: { ...previous.record, [field]: value }, touched: touch(previous, field) });
  }

  async function save(confirmed: Confirmed = {}): Promise<string | null> {
    if (!state) return null;
    setSaving(true);
    try {
      const db = getDb();
      const fields = toEditorChanges(state, !id);
      if (!confirmed.isPlausible) {
        const found = checkPlausibility(state, !id);
        setWarnings(found);
        if (found.length > 0) return null;
      }
      if (!id && !confirmed.isDuplicate) {
        const found = await findDuplicateCases(db, { name: state.basic.name, nameKana: state.basic.nameKana, birthDate: state.basic.birthDate, address: state.basic.address });
        setDuplicates(found);
        if (found.length > 0) return null;
      }
      const savedId = id ? (await saveCase(db, id, fields, session.user.name), id) : await createCase(db, fields);
      draft.stop();
      await discardDraft(id);
      setLocalErrors({});
      return savedId;
    } catch (caught) {
      if (!(caught instanceof ValidationError)) throw caught;
      setDuplicates([]);
      setWarnings([]);
      setLocalErrors(toErrorMap(caught.errors, tRecord('edit.invalid')));
      return null;
    } finally {
      setSaving(false);
    }
  }

  function cancel() {
    draft.stop();
    void discardDraft(id);
  }

  function discardRestored() {
    draft.stop();
    void discardDraft(id);
    setState(toEditorState(record ?? null));
    setRestoredAt(null);
  }

  return {
    record, state, errors: localErrors ?? serverErrors, isSaving, restoredAt, duplicates, warnings, setValue, setRecordValue,
    save, cancel, discardRestored, dismissDuplicates: () => setDuplicates([]), dismissWarnings: () => setWarnings([]),
  };
}
