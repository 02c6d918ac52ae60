import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullAll, signInApi } from './api.ts';
import { signIn, waitForServiceWorker, type Tablet } from './browser.ts';
import { openDemoApp, type DemoServer } from './demo-app.ts';

// A coordinator signs out with a change still unsent (no signal): she is warned, the change stays on the
// tablet, the sign-in screen says it is waiting, and it goes out when she signs in again.

let server: DemoServer;
let tablet: Tablet;
let closeApp = async () => {};

beforeAll(async () => {
  ({ server, tablet, close: closeApp } = await openDemoApp('sign-out-unsent'));
});

afterAll(() => closeApp());

describe('signing out with an unsent change', () => {
  it('warns, keeps the change, says so at sign-in, and sends it at the next sign-in', async () => {
    const { page, context } = tablet;
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await signIn(page, 'yokosuka');
    const row = page.getByTestId('case-row').first();
    await row.waitFor({ timeout: 30_000 });
    const href = (await row.getAttribute('href'))!;
    const caseId = href.split('/').at(-1)!;

    await context.setOffline(true);
    await page.goto(`${server.url}/${href}`);
    await page.getByRole('link', { name: '編集' }).click();
    await page.getByLabel('メモ').fill('ログアウト前のメモ（未送信）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '編集' }).waitFor();

    const warnings: string[] = [];
    page.once('dialog', (dialog) => {
      warnings.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(warnings[0]).toContain('未送信の変更が 1件あります');
    await expect.poll(() => page.getByTestId('waiting-changes').textContent()).toContain('まだ送信していない変更が1件あります');

    await context.setOffline(false);
    await signIn(page, 'yokosuka');
    const token = await signInApi(server.url, 'yokosuka');
    const notesOnServer = async () => {
      const versions = (await pullAll(server.url, token)).filter((change) => change.record.id === caseId);
      return versions.at(-1)?.record['notes'];
    };
    await expect.poll(notesOnServer, { timeout: 30_000, interval: 500 }).toBe('ログアウト前のメモ（未送信）');
  });
});
