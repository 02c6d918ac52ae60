import { getCase } from '../../db/cases.ts';
import { listOpenConflicts } from '../../db/conflicts.ts';
import { getDb } from '../../db/database.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';
import { t } from '../i18n/i18n.ts';
import { ConflictCard } from './conflict-card.tsx';

async function listConflictsWithNames() {
  const db = getDb();
  const conflicts = await listOpenConflicts(db);
  return Promise.all(
    conflicts.map(async (conflict) => ({
      conflict,
      recordName: conflict.collection === 'cases' ? ((await getCase(db, conflict.recordId))?.name ?? null) : null,
    })),
  );
}

export function ConflictsScreen() {
  const items = useLiveQuery(listConflictsWithNames, []);
  return (
    <section aria-labelledby="conflicts-title">
      <h1 id="conflicts-title">{t('conflict.title')}</h1>
      {items === undefined && <p role="status">{t('common.loading')}</p>}
      {items?.length === 0 && <p>{t('conflict.none')}</p>}
      {items?.map(({ conflict, recordName }) => (
        <ConflictCard key={conflict.id} conflict={conflict} recordName={recordName} showLink={conflict.collection === 'cases'} />
      ))}
    </section>
  );
}
