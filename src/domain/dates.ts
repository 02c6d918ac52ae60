/** Age in whole years on `onDate` (both ISO dates); a birthday counts from the day itself. */
export function ageOn(birthDate: string, onDate: string): number {
  // Month and day compared as MM-DD text (both dates are YYYY-MM-DD): no splitting, it runs for every child.
  const hadBirthday = onDate.slice(5) >= birthDate.slice(5);
  return Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (hadBirthday ? 0 : 1);
}

export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** 和暦: 2019-05-01 → 令和元年5月1日. */
export function formatWareki(isoDate: string): string {
  const text = warekiFormat.format(new Date(`${isoDate}T00:00:00Z`));
  return text.replace(/(\D)1年/, '$1元年');
}

/** 西暦 with 和暦 in brackets, as coordinators write it: 2019年5月1日（令和元年）. */
export function formatDateJa(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const era = formatWareki(isoDate).replace(/\d+月\d+日$/, '');
  return `${y}年${m}月${d}日（${era}）`;
}
