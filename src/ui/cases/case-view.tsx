import './case-record.css';
import { getCase } from '../../db/cases.ts';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { getDb } from '../../db/database.ts';
import { listCaseChanges } from '../../db/case-changes.ts';
import { ageOn, todayIso } from '../../domain/dates.ts';
import { ConflictCard } from '../conflicts/conflict-card.tsx';
import { tConflict } from '../conflicts/conflict-messages.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { caseEditHref, matchHref } from '../router.ts';
import { m } from './edit/messages.ts';
import { tRecord } from './record-messages.ts';
import { BasicInfo } from './view/basic-info.tsx';
import { CareSection } from './view/care-section.tsx';
import { ConsentsSection } from './view/consents-section.tsx';
import { ContactsSection } from './view/contacts-section.tsx';
import { DevicesSection } from './view/devices-section.tsx';
import { EvacuationSection } from './view/evacuation-section.tsx';
import { Fold } from './view/fold.tsx';
import { v } from './view/messages.ts';
import { FamilyBody, HealthBody, TeamBody } from './view/more-sections.tsx';
import { RejectedChanges } from './view/record-changes.tsx';
import { VisitsSection } from './view/visits-section.tsx';

/** The case on a tablet: the essentials first (care, devices and battery, contacts, evacuation), the rest folded. */
export function CaseView({ id }: { id: string }) {
  const db = getDb();
  const record = useLiveQuery(async () => (await getCase(db, id)) ?? null, [id]);
  const conflicts = useLiveQuery(() => listOpenConflicts(db, id), [id]) ?? [];
  // The case's own changes, and those of its visits and safety checks (a refused visit shows here too).
  const changes = useLiveQuery(() => listCaseChanges(db, id), [id]) ?? [];
  const nameOf = useMunicipalityNames();

  if (record === undefined) return <p role="status">{t('common.loading')}</p>;
  if (record === null || record.deleted) {
    return <p>{t('case.notFound')} <a href="#/">{tRecord('case.back')}</a></p>;
  }
  const isPending = changes.some((entry) => entry.recordId === id && entry.state === 'pending');
  const town = nameOf(record.municipalityCode);

  return (
    <article class="case-view" aria-labelledby="case-title">
      <div class="toolbar">
        <div>
          <h1 id="case-title">{record.name}</h1>
          <p class="case-view__kana">
            {record.nameKana}　{t('case.age', { n: ageOn(record.birthDate, todayIso()) })}　{town}　{t(`living.${record.livingSituation}`)}
          </p>
        </div>
        {isPending && <span class="badge badge--warn" data-testid="pending-marker">{tRecord('case.pending')}</span>}
        <a class="button button--primary" href={caseEditHref(id)}>{tRecord('case.edit')}</a>
        <a class="button" href={matchHref(id)}>{tRecord('case.findResources')}</a>
      </div>
      {conflicts.length > 0 && (
        <section aria-labelledby="case-conflicts-title">
          <h2 id="case-conflicts-title">{tConflict('conflict.title')}</h2>
          {conflicts.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} />)}
        </section>
      )}
      <RejectedChanges changes={changes} caseId={id} />
      <div class="case-view__essentials">
        <CareSection careItems={record.careItems} />
        <DevicesSection record={record} />
        <ContactsSection record={record} />
        <section class="card" aria-labelledby="health-title" data-testid="health">
          <h2 id="health-title">{v('health.title')}</h2>
          <HealthBody record={record} />
        </section>
        <EvacuationSection plan={record.evacuationPlan} />
      </div>
      <div class="case-view__more">
        <Fold id="basic" title={tRecord('case.basic')} isOpen><BasicInfo record={record} municipality={town} /></Fold>
        <Fold id="family" title={v('family.title')}><FamilyBody record={record} /></Fold>
        <Fold id="team" title={v('team.title')}><TeamBody record={record} roleLabel={(role) => m(`role.${role}` as 'role.doctor')} /></Fold>
        <Fold id="consents" title={tRecord('consents.title')}><ConsentsSection consents={record.consents} nameOf={nameOf} /></Fold>
      </div>
      <VisitsSection caseId={id} />
    </article>
  );
}
