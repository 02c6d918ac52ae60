/** Folds a string for search: NFKC (full/half width), katakana → hiragana, lower case, no spaces. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Every whitespace-separated term of the query appears in the haystack (already normalised). */
export function matchesQuery(haystack: string, query: string): boolean {
  const terms = query.split(/[\s\u3000]+/).map(normalizeForSearch).filter(Boolean);
  return terms.every((term) => haystack.includes(term));
}
