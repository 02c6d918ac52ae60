import { isSameJson } from '../../src/domain/merge.ts';
import type { StoredRecord } from '../sync/stored-record.ts';

/** Whether a case's area or consents differ, so its access index (and who may pull it) must be rebuilt. */
export function hasScopeChanged(before: StoredRecord, after: StoredRecord): boolean {
  return (
    before.data.municipalityCode !== after.data.municipalityCode || !isSameJson(before.data.consents, after.data.consents)
  );
}
