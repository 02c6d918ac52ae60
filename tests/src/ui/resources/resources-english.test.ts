import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../src/ui/i18n/i18n.ts';
import { vacancyText } from '../../../../src/ui/resources/resource-row.tsx';
import { dayNames } from '../../../../src/ui/resources/resource-view.tsx';

describe('the directory in English', () => {
  // setLanguage marks <html lang>: a stand-in document is enough here.
  beforeAll(async () => {
    (globalThis as { document?: unknown }).document = { documentElement: {} };
    await setLanguage('en');
  });
  afterAll(async () => {
    await setLanguage('ja');
    delete (globalThis as { document?: unknown }).document;
  });

  it('writes days and the vacancy check with English punctuation, not ・ and full-width brackets', () => {
    expect(dayNames(['mon', 'tue', 'sat'])).toBe('Mon, Tue, Sat');
    expect(vacancyText({ capacity: 4, vacancy: 1, vacancyConfirmedAt: '2026-09-12' })).toBe('1 free (checked 12 Sep 2026)');
    expect(vacancyText({ capacity: 0, vacancy: 0, vacancyConfirmedAt: null })).toBe('No set capacity');
  });
});
