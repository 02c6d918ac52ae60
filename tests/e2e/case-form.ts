import type { Page } from 'playwright-core';

// Steps of the case editor that several journeys take.

/** Opens a folded section of the case editor (a <details>) unless it is open already. */
export async function openSection(page: Page, testId: string): Promise<void> {
  const section = page.getByTestId(testId);
  if (!(await section.evaluate((el) => (el as HTMLDetailsElement).open))) await section.locator('summary').click();
}

/** Types a new case's 氏名, ふりがな and 生年月日, and picks 横須賀市 (the demo coordinator's area). */
export async function fillCaseBasics(page: Page, child: { name: string; kana: string; birthDate: string }): Promise<void> {
  await page.getByLabel('氏名').fill(child.name);
  await page.getByLabel('ふりがな').fill(child.kana);
  await page.getByLabel('生年月日').fill(child.birthDate);
  await page.locator('#municipalityCode').selectOption('142018');
}
