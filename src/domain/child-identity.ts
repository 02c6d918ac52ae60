import type { CareOptionCode } from '../schema/care-options.ts';
import type { DisasterCase } from '../schema/disaster-event.ts';

/** Who the child is and the care they need, as every derived row (the case list's, the disaster list's) shows it. */
export type ChildIdentity = Pick<DisasterCase, 'id' | 'name' | 'nameKana' | 'birthDate' | 'municipalityCode' | 'address'> & {
  careOptions: CareOptionCode[];
};

export function toChildIdentity(record: Pick<DisasterCase, keyof Omit<ChildIdentity, 'careOptions'> | 'careItems'>): ChildIdentity {
  const { id, name, nameKana, birthDate, municipalityCode, address } = record;
  return { id, name, nameKana, birthDate, municipalityCode, address, careOptions: record.careItems.map((item) => item.option) };
}
