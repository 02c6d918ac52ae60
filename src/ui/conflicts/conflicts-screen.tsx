import { getCase } from '../../db/cases.ts';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { getDb } from '../../db/database.ts';
import { getResource } from '../../db/resources.ts';
import type { Conflict } from '../../schema/conflict.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { caseHref, resourceHref } from '../router.ts';
import { ConflictCard } from './conflict-card.tsx';
import { tConflict } from './conflict-messages.ts';

/** The name of the case or resource a conflict is on, and where it opens (none for other collections). */
async function describeRecord(conflict: Conflict) {
  const db = getDb();
  if (conflict.collection === 'cases') {
    const name = (await getCase(db, conflict.recordId))?.name ?? null;
    return { recordName: name, link: { href: caseHref(conflict.recordId), label: tConflict('conflict.open') } };
  }
  if (conflict.collection === 'resources') {
    const name = (await getResource(db, conflict.recordId))?.name ?? null;
    return { recordName: name, link: { href: resourceHref(conflict.recordId), label: tConflict('conflict.openResource') } };
  }
  return { recordName: null, link: null };
}

async function listConflictsWithNames() {
  const conflicts = await listOpenConflicts(getDb());
  return Promise.all(conflicts.map(async (conflict) => ({ conflict, ...(await describeRecord(conflict)) })));
}

export function ConflictsScreen() {
  const items = useLiveQuery(listConflictsWithNames, []);
  return (
    <section aria-labelledby="conflicts-title">
      <h1 id="conflicts-title">{tConflict('conflict.title')}</h1>
      {items === undefined && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && <p>{tConflict('conflict.none')}</p>}
      {items?.map(({ conflict, recordName, link }) => (
        <ConflictCard key={conflict.id} conflict={conflict} recordName={recordName} link={link} />
      ))}
    </section>
  );
}
