import { afterAll, describe, expect, it } from 'vitest';
import { failureText } from '../../../../src/ui/i18n/failure-text.ts';
import { setLanguage } from '../../../../src/ui/i18n/i18n.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('failureText', () => {
  afterAll(async () => {
    await setLanguage('ja');
    delete (globalThis as { document?: unknown }).document;
  });

  it('says the storage is full, whether the browser or Dexie threw it, and that the input is still there', () => {
    const fromBrowser = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const fromDexie = Object.assign(new Error('QuotaExceededError: Transaction aborted'), { name: 'AbortError', inner: fromBrowser });
    for (const caught of [fromBrowser, fromDexie]) {
      expect(failureText(caught)).toContain('保存容量が足りない');
      expect(failureText(caught)).toContain('入力した内容は画面に残っています');
    }
  });

  it('says the server could not be reached for a fetch that failed (Chromium, Firefox and Safari words)', () => {
    for (const message of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
      expect(failureText(new TypeError(message))).toContain('サーバーに接続できませんでした');
    }
  });

  it('passes our own Japanese sentences on as written, and never shows an unknown error bare', () => {
    expect(failureText(new Error('このケースを編集する権限がありません'))).toBe('このケースを編集する権限がありません');
    const unknown = failureText(new RangeError('Invalid time value'));
    expect(unknown).toMatch(JAPANESE);
    expect(unknown).toContain('予期しないエラー');
    expect(unknown).toContain('RangeError: Invalid time value');
    expect(failureText('boom')).toContain('予期しないエラー');
  });

  it('speaks English in English', async () => {
    (globalThis as { document?: unknown }).document = { documentElement: {} };
    await setLanguage('en');
    expect(failureText(new DOMException('', 'QuotaExceededError'))).toMatch(/^This device is out of storage/);
    expect(failureText(new TypeError('Failed to fetch'))).toBe('Could not reach the server. Please try again where there is signal.');
  });
});
