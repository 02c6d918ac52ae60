import { getDb } from '../../db/database.ts';
import { listRecordChanges } from '../../db/outbox.ts';
import { deleteResource, getResource } from '../../db/resources.ts';
import type { Resource } from '../../schema/resource.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { useMunicipalityNames, type NameOf } from '../municipalities/use-municipalities.ts';
import { navigate, resourceEditHref } from '../router.ts';
import { canEdit, useSignedInSession } from '../session/session-context.ts';
import { triggerSync } from '../sync/sync-controller.ts';
import { careShort, typeLabel } from './resource-labels.ts';
import { rt } from './resource-messages.ts';
import { vacancyText } from './resource-row.tsx';
import './resources.css';

export const dayNames = (days: Resource['days']) => days.map((day) => rt(`day.${day}`)).join(rt('view.daySep'));

function Facts({ resource, nameOf }: { resource: Resource; nameOf: NameOf }) {
  const none = rt('view.none');
  const rows: [string, string][] = [
    [rt('view.type'), typeLabel(resource.type)],
    [rt('view.model'), rt(`model.${resource.model}`)],
    [rt('view.municipality'), nameOf(resource.municipalityCode)],
    [rt('view.address'), resource.address || none],
    [rt('view.phone'), resource.phone || none],
    [rt('view.contact'), resource.contactName || none],
    [rt('view.ages'), rt('row.ages', { min: resource.ageMin, max: resource.ageMax })],
    [rt('view.capacity'), `${resource.capacity} / ${vacancyText(resource)}`],
    [rt('view.days'), dayNames(resource.days) || none],
    [rt('view.hours'), resource.hours || none],
    [rt('view.area'), resource.serviceArea.map(nameOf).join('、') || none],
    [rt('view.pickUp'), resource.pickUp ? rt('yes') : rt('no')],
  ];
  return (
    <dl class="facts">
      {rows.map(([label, value]) => [<dt key={`${label}-t`}>{label}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </dl>
  );
}

export function ResourceView({ id }: { id: string }) {
  const isEditor = canEdit(useSignedInSession());
  const db = getDb();
  const resource = useLiveQuery(async () => (await getResource(db, id)) ?? null, [id]);
  const changes = useLiveQuery(() => listRecordChanges(db, id), [id]) ?? [];
  const nameOf = useMunicipalityNames();

  if (resource === undefined) return <p role="status">{rt('list.loading')}</p>;
  if (resource === null || resource.deleted) return <p>{rt('view.notFound')} <a href="#/resources">{rt('view.back')}</a></p>;

  async function handleDelete() {
    if (!window.confirm(rt('view.deleteConfirm'))) return;
    await deleteResource(db, id);
    triggerSync();
    navigate('#/resources');
  }

  return (
    <article class="resource-view" aria-labelledby="resource-title">
      <p><a class="button button--small" href="#/resources">{rt('view.back')}</a></p>
      <div class="toolbar">
        <h1 id="resource-title">{resource.name}</h1>
        {changes.some((c) => c.state === 'pending') && <span class="badge badge--warn">{rt('view.pending')}</span>}
        {isEditor && (
          <div class="actions">
            <a class="button button--primary" href={resourceEditHref(id)}>{rt('view.edit')}</a>
            <button type="button" class="button" onClick={() => void handleDelete()}>{rt('view.delete')}</button>
          </div>
        )}
      </div>
      <section class="card"><Facts resource={resource} nameOf={nameOf} /></section>
      <section class="card" aria-labelledby="resource-care-title">
        <h2 id="resource-care-title">{rt('view.accepts')}</h2>
        {resource.acceptsCareItems.length === 0 ? <p>{rt('view.none')}</p> : (
          <ul class="resource-care">
            {resource.acceptsCareItems.map((code) => (
              <li key={code} class="tag">{careShort(code)}{resource.nurseOnlyItems.includes(code) ? ` ${rt('view.nurseOnly')}` : ''}</li>
            ))}
          </ul>
        )}
      </section>
      {resource.notes && <section class="card"><h2>{rt('view.notes')}</h2><p class="pre-wrap">{resource.notes}</p></section>}
    </article>
  );
}
