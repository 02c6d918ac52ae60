/** A municipality with children on the tablet, and how many. */
export type AreaCount = { code: string; cases: number };

/**
 * The municipalities an event can cover: every one with children on the tablet (cases shared by consent from
 * elsewhere too) and the user's own areas even before their first case; own areas first, then by code.
 */
export function orderAreas(local: readonly AreaCount[], ownAreas: readonly string[]): AreaCount[] {
  const known = new Set(local.map((area) => area.code));
  const all = [...local, ...ownAreas.filter((code) => !known.has(code)).map((code) => ({ code, cases: 0 }))];
  const isOwn = (area: AreaCount) => ownAreas.includes(area.code);
  return all.sort((a, b) => Number(isOwn(b)) - Number(isOwn(a)) || a.code.localeCompare(b.code));
}
