import './case-record.css';
import { useState } from 'preact/hooks';
import { formatStamp } from '../format/format-time.ts';
import { failureText } from '../i18n/failure-text.ts';
import { t } from '../i18n/i18n.ts';
import { caseHref, navigate } from '../router.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { ConfirmDialog } from './edit/confirm-dialog.tsx';
import { DuplicateWarning } from './edit/duplicate-warning.tsx';
import { ErrorSummary } from './edit/error-summary.tsx';
import { FieldErrorsContext } from './edit/field-errors-context.ts';
import { m } from './edit/messages.ts';
import { BasicSection } from './edit/sections/basic-section.tsx';
import { CareItemsSection } from './edit/sections/care-items-section.tsx';
import { ConsentsEditSection } from './edit/sections/consents-section.tsx';
import { DevicesSection } from './edit/sections/devices-section.tsx';
import { EvacuationEditSection } from './edit/sections/evacuation-section.tsx';
import { FamilySection } from './edit/sections/family-section.tsx';
import { HealthSection } from './edit/sections/health-section.tsx';
import { TeamSection } from './edit/sections/team-section.tsx';
import { PlausibilityWarnings } from './edit/plausibility-warning.tsx';
import { useCaseForm, type Confirmed } from './edit/use-case-form.ts';
import { tRecord } from './record-messages.ts';

/** The whole case record in sections. Nothing typed is lost: refused input stays, and a draft survives a reload. */
export function CaseEdit({ id }: { id: string | null }) {
  const form = useCaseForm(id);
  const { state, errors } = form;

  // A save that failed (storage full, the database closed under it): said at the buttons; the input stays.
  const [saveFailure, setSaveFailure] = useState<string | null>(null);

  async function submit(confirmed: Confirmed = {}) {
    setSaveFailure(null);
    const savedId = await form.save(confirmed).catch((caught: unknown) => {
      setSaveFailure(failureText(caught));
      return null;
    });
    if (!savedId) return;
    triggerSync();
    navigate(caseHref(savedId));
  }

  const [isAskingToDiscard, setAskingToDiscard] = useState(false);

  function leave() {
    form.cancel();
    navigate(id ? caseHref(id) : '#/');
  }

  // Unsaved input (typed here, or a restored draft) is only thrown away when the coordinator says so.
  const handleCancel = () => (state && state.touched.length > 0 ? setAskingToDiscard(true) : leave());

  if (form.record === undefined || !state) return <p role="status">{t('common.loading')}</p>;
  if (id && form.record === null) return <p>{t('case.notFound')} <a href="#/">{tRecord('case.back')}</a></p>;
  const sectionProps = { record: state.record, onField: form.setRecordValue };

  return (
    <form class="case-edit form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate aria-labelledby="edit-title">
      <h1 id="edit-title">{form.record ? tRecord('edit.titleEdit', { name: form.record.name }) : tRecord('edit.titleNew')}</h1>
      {form.restoredAt && (
        <p class="notice" role="status" data-testid="draft-restored">
          {m('draft.restored', { time: formatStamp(form.restoredAt) })}{' '}
          <button type="button" class="button button--small" onClick={form.discardRestored}>{m('draft.discard')}</button>
        </p>
      )}
      <ErrorSummary errors={errors} />
      <FieldErrorsContext.Provider value={errors}>
        <BasicSection values={state.basic} errors={errors} onValue={form.setValue} />
        <CareItemsSection {...sectionProps} />
        <DevicesSection {...sectionProps} />
        <FamilySection {...sectionProps} />
        <EvacuationEditSection {...sectionProps} />
        <HealthSection {...sectionProps} />
        <TeamSection {...sectionProps} />
        <ConsentsEditSection {...sectionProps} />
      </FieldErrorsContext.Provider>
      {form.warnings.length > 0 && (
        <PlausibilityWarnings warnings={form.warnings} isSaving={form.isSaving} onConfirm={() => void submit({ isPlausible: true })} onBack={form.dismissWarnings} />
      )}
      {form.duplicates.length > 0 && (
        <DuplicateWarning matches={form.duplicates} isSaving={form.isSaving}
          onConfirm={() => void submit({ isPlausible: true, isDuplicate: true })} onBack={form.dismissDuplicates} />
      )}
      {saveFailure && <p class="error" role="alert" data-testid="save-failure">{saveFailure}</p>}
      <div class="actions actions--sticky">
        <button type="submit" class="button button--primary" disabled={form.isSaving}>
          {form.isSaving ? tRecord('edit.saving') : tRecord('edit.save')}
        </button>
        <button type="button" class="button" onClick={handleCancel}>{tRecord('edit.cancel')}</button>
      </div>
      {isAskingToDiscard && (
        <ConfirmDialog title={m('cancel.title')} message={m('cancel.message')} confirmLabel={m('cancel.confirm')} cancelLabel={m('cancel.keep')}
          onConfirm={leave} onCancel={() => setAskingToDiscard(false)} />
      )}
    </form>
  );
}
