import { normalizeForSearch } from './search-text.ts';

// Offline duplicates are a known plague of field apps: two coordinators register the same child on two tablets.

/** What duplicate detection compares of a case. */
export type DuplicateProbe = { id?: string; name: string; nameKana: string; birthDate: string; address: string };
export type DuplicateReason = 'kana-and-birth-date' | 'name-and-address';
export type DuplicateMatch<T extends DuplicateProbe> = { record: T; reasons: DuplicateReason[] };

/** Kana or name folded for comparison: width, katakana/hiragana, spaces and case do not matter. */
export const normalizeName = (text: string) => normalizeForSearch(text);

/**
 * An address folded for comparison: width and spaces ignored, 丁目/番地/番/号 and every dash written as one
 * hyphen, so 「1丁目2番3号」 and 「1-2-3」 compare equal.
 */
export function normalizeAddress(address: string): string {
  return address
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\d)(丁目|番地|番|号)/g, '$1-')
    .replace(/[-‐‑‒–—―−ー－]+/g, '-')
    .replace(/-$/, '');
}

function reasonsFor(candidate: DuplicateProbe, other: DuplicateProbe): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  const kana = normalizeName(candidate.nameKana);
  if (kana && kana === normalizeName(other.nameKana) && candidate.birthDate === other.birthDate) {
    reasons.push('kana-and-birth-date');
  }
  const name = normalizeName(candidate.name);
  const address = normalizeAddress(candidate.address);
  if (name && address && name === normalizeName(other.name) && address === normalizeAddress(other.address)) {
    reasons.push('name-and-address');
  }
  return reasons;
}

/** Existing cases that are likely the same child: same kana and birth date, or same name and address. */
export function findLikelyDuplicates<T extends DuplicateProbe>(candidate: DuplicateProbe, existing: readonly T[]): DuplicateMatch<T>[] {
  const matches: DuplicateMatch<T>[] = [];
  for (const record of existing) {
    if (candidate.id && record.id === candidate.id) continue;
    const reasons = reasonsFor(candidate, record);
    if (reasons.length > 0) matches.push({ record, reasons });
  }
  return matches;
}
