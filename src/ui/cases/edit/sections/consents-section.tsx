import type { Consent } from '../../../../schema/case.ts';
import { todayIso } from '../../../../domain/dates.ts';
import { useMunicipalityNames } from '../../../municipalities/use-municipalities.ts';
import { EditSection } from '../edit-section.tsx';
import { PathLines, PathSelect, PathText } from '../inputs.tsx';
import { ListEditor } from '../list-editor.tsx';
import { m } from '../messages.ts';
import { AreaPicker } from './area-picker.tsx';
import type { RecordProps } from './record-props.ts';

const newConsent = (): Consent => ({
  id: crypto.randomUUID(), kind: 'use', areas: [], organisations: [], date: todayIso(), explainedBy: '', expiresAt: null,
  withdrawnAt: null, documentRef: '',
});

function ConsentFields({ path, consent, onChange }: { path: string; consent: Consent; onChange: (c: Consent) => void }) {
  const set = <K extends keyof Consent>(key: K, value: Consent[K]) => onChange({ ...consent, [key]: value });
  const nameOf = useMunicipalityNames();
  return (
    <>
      <PathSelect path={`${path}.kind`} label={m('consent.kind')} value={consent.kind}
        options={[{ value: 'use', label: m('consent.use') }, { value: 'provide', label: m('consent.provide') }]}
        onValue={(v) => set('kind', v as Consent['kind'])} />
      <PathText path={`${path}.date`} label={m('consent.date')} type="date" value={consent.date} onValue={(v) => set('date', v)} />
      <PathText path={`${path}.explainedBy`} label={m('consent.explainedBy')} value={consent.explainedBy} onValue={(v) => set('explainedBy', v)} />
      <PathText path={`${path}.expiresAt`} label={m('consent.expiresAt')} type="date" value={consent.expiresAt ?? ''}
        onValue={(v) => set('expiresAt', v || null)} />
      <PathText path={`${path}.withdrawnAt`} label={m('consent.withdrawnAt')} type="date" value={consent.withdrawnAt ?? ''}
        onValue={(v) => set('withdrawnAt', v || null)} />
      <PathText path={`${path}.documentRef`} label={m('consent.documentRef')} value={consent.documentRef} onValue={(v) => set('documentRef', v)} />
      <AreaPicker path={`${path}.areas`} areas={consent.areas} nameOf={nameOf} onChange={(areas) => set('areas', areas)} />
      <PathLines path={`${path}.organisations`} label={m('consent.organisations')} hint={m('lines.hint')} value={consent.organisations}
        onValue={(v) => set('organisations', v)} />
    </>
  );
}

/** Consents: scope (areas and organisations), date, who explained, expiry, document, withdrawal. */
export function ConsentsEditSection({ record, onField }: RecordProps) {
  return (
    <EditSection title={m('section.consents')} fields={['consents']} testId="section-consents">
      <ListEditor legend={m('section.consents')} itemLabel={m('consent')} addLabel={m('consents.add')} items={record.consents}
        makeItem={newConsent} onChange={(list) => onField('consents', list)}>
        {(consent, i, update) => <ConsentFields path={`consents.${i}`} consent={consent} onChange={update} />}
      </ListEditor>
    </EditSection>
  );
}
