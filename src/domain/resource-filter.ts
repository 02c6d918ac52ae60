import type { CareOptionCode } from '../schema/care-options.ts';
import { RESOURCE_TYPES, type Resource, type ResourceType } from '../schema/resource.ts';
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

/** Words coordinators use for a type that its official name does not contain. */
const TYPE_WORDS: Partial<Record<ResourceType, string>> = {
  'short-stay-medical': 'レスパイト ショートステイ', 'short-stay-welfare': 'レスパイト ショートステイ',
  'after-school': '放課後デイ 放デイ', 'home-nursing': '訪看', 'child-development': '児発', 'medical-child-development': '児発',
  consultation: '相談支援専門員',
};

/** NFKC, lower case, katakana as hiragana: アオゾラ finds あおぞら, ﾚｽﾊﾟｲﾄ finds レスパイト. */
const fold = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[\u30a1-\u30f6]/g, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));

const searchTexts = new WeakMap<Resource, string>();
function searchTextOf(r: Resource): string {
  let text = searchTexts.get(r);
  if (text === undefined) {
    text = fold(`${r.name} ${r.address} ${RESOURCE_TYPES[r.type]} ${TYPE_WORDS[r.type] ?? ''}`);
    searchTexts.set(r, text);
  }
  return text;
}

/** The directory list's filters (type, area, care item accepted, vacancy, words in name, address or type). */
export function filterResources(resources: readonly Resource[], filter: ResourceFilter): Resource[] {
  const area = filter.area ? toCityCode(filter.area) : '';
  const words = fold(filter.query).trim().split(/\s+/).filter(Boolean);
  return resources.filter((r) => {
    if (filter.type && r.type !== filter.type) return false;
    if (area && toCityCode(r.municipalityCode) !== area && !r.serviceArea.some((code) => toCityCode(code) === area)) return false;
    if (filter.careItem && !r.acceptsCareItems.includes(filter.careItem)) return false;
    // As matching reads it: no set capacity (訪問看護, 相談支援 …) is never full.
    if (filter.hasVacancy && r.capacity > 0 && r.vacancy === 0) return false;
    if (words.length === 0) return true;
    const text = searchTextOf(r);
    return words.every((word) => text.includes(word));
  });
}
