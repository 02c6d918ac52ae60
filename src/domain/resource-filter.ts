import type { CareOptionCode } from '../schema/care-options.ts';
import type { Resource, ResourceType } from '../schema/resource.ts';
import { toCityCode } from './adjacency.ts';

export type ResourceFilter = {
  type: ResourceType | '';
  /** A municipality the resource is in or serves. */
  area: string;
  careItem: CareOptionCode | '';
  hasVacancy: boolean;
  query: string;
};

export const EMPTY_FILTER: ResourceFilter = { type: '', area: '', careItem: '', hasVacancy: false, query: '' };

/** The directory list's filters (type, area, care item accepted, vacancy, words in name or address). */
export function filterResources(resources: readonly Resource[], filter: ResourceFilter): Resource[] {
  const area = filter.area ? toCityCode(filter.area) : '';
  const words = filter.query.normalize('NFKC').trim().toLowerCase().split(/\s+/).filter(Boolean);
  return resources.filter((r) => {
    if (filter.type && r.type !== filter.type) return false;
    if (area && toCityCode(r.municipalityCode) !== area && !r.serviceArea.some((code) => toCityCode(code) === area)) return false;
    if (filter.careItem && !r.acceptsCareItems.includes(filter.careItem)) return false;
    // As matching reads it: no set capacity (訪問看護, 相談支援 …) is never full.
    if (filter.hasVacancy && r.capacity > 0 && r.vacancy === 0) return false;
    if (words.length === 0) return true;
    const text = `${r.name} ${r.address}`.normalize('NFKC').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
