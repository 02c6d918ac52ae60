import type { Case } from '../schema/case.ts';
import { ageOn } from './dates.ts';
import type { MatchChild } from './match-types.ts';
import type { UnmetChild } from './unmet-needs.ts';

type CaseLike = Pick<Case, 'careItems' | 'birthDate' | 'municipalityCode' | 'consents'> & { lat?: number | null; lng?: number | null };

/** A case as matching sees it: care options, age today, municipality, home coordinates if any, consents. */
export function toMatchChild(record: CaseLike, today: string): MatchChild {
  const hasPoint = typeof record.lat === 'number' && typeof record.lng === 'number';
  return {
    careItems: record.careItems.map((selection) => selection.option),
    age: Math.max(0, ageOn(record.birthDate, today)),
    municipalityCode: record.municipalityCode,
    location: hasPoint ? { lat: record.lat!, lng: record.lng! } : null,
    consents: record.consents,
  };
}

export function toUnmetChild(record: CaseLike & Pick<Case, 'id' | 'name'>, today: string): UnmetChild {
  const { careItems, age, municipalityCode } = toMatchChild(record, today);
  return { id: record.id, name: record.name, municipalityCode, age, careItems };
}
