import { getCase } from '../../db/cases.ts';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { getDb } from '../../db/database.ts';
import { listRecordChanges } from '../../db/outbox.ts';
import { ConflictCard } from '../conflicts/conflict-card.tsx';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { caseEditHref, matchHref } from '../router.ts';
import { BasicInfo } from './view/basic-info.tsx';
import { CareSection } from './view/care-section.tsx';
import { ConsentsSection } from './view/consents-section.tsx';
import { DevicesSection } from './view/devices-section.tsx';
import { EvacuationSection } from './view/evacuation-section.tsx';
import { RejectedChanges } from './view/record-changes.tsx';
import { VisitsSection } from './view/visits-section.tsx';

export function CaseView({ id }: { id: string }) {
  const db = getDb();
  const record = useLiveQuery(async () => (await getCase(db, id)) ?? null, [id]);
  const conflicts = useLiveQuery(() => listOpenConflicts(db, id), [id]) ?? [];
  const changes = useLiveQuery(() => listRecordChanges(db, id), [id]) ?? [];
  const nameOf = useMunicipalityNames();

  if (record === undefined) return <p role="status">{t('common.loading')}</p>;
  if (record === null || record.deleted) {
    return <p>{t('case.notFound')} <a href="#/">{t('case.back')}</a></p>;
  }
  const isPending = changes.some((entry) => entry.state === 'pending');

  return (
    <article class="case-view" aria-labelledby="case-title">
      <div class="toolbar">
        <div>
          <h1 id="case-title">{record.name}</h1>
          <p class="case-view__kana">{record.nameKana}</p>
        </div>
        {isPending && <span class="badge badge--warn" data-testid="pending-marker">{t('case.pending')}</span>}
        <a class="button button--primary" href={caseEditHref(id)}>{t('case.edit')}</a>
        <a class="button" href={matchHref(id)}>{t('case.findResources')}</a>
      </div>
      {conflicts.length > 0 && (
        <section aria-labelledby="case-conflicts-title">
          <h2 id="case-conflicts-title">{t('conflict.title')}</h2>
          {conflicts.map((conflict) => <ConflictCard key={conflict.id} conflict={conflict} />)}
        </section>
      )}
      <RejectedChanges changes={changes} caseId={id} />
      <div class="case-view__grid">
        <BasicInfo record={record} municipality={nameOf(record.municipalityCode)} />
        <CareSection careItems={record.careItems} />
        <DevicesSection devices={record.devices} />
        <EvacuationSection plan={record.evacuationPlan} />
        <ConsentsSection consents={record.consents} nameOf={nameOf} />
      </div>
      <VisitsSection caseId={id} />
    </article>
  );
}
