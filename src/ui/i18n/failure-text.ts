import { hasJapanese } from '../../domain/japanese-text.ts';
import { defineMessages } from './i18n.ts';

// A write or a request that failed, worded for the coordinator: what happened and what to do, never an error
// class or a browser's English ("QuotaExceededError", "TypeError: Failed to fetch"). Our own code and server
// speak Japanese already; their sentences pass as written.

const tFailure = defineMessages({
  ja: {
    'failure.storageFull': '端末の保存容量が足りないため、保存できませんでした。入力した内容は画面に残っています。不要な写真やアプリを削除して空きを作り、もう一度保存してください。',
    'failure.network': 'サーバーに接続できませんでした。電波の届く所で、もう一度お試しください。',
    'failure.unexpected': '予期しないエラーのため、完了できませんでした（{detail}）。もう一度お試しください。続くときは管理者に伝えてください。',
  },
  en: {
    'failure.storageFull': 'This device is out of storage, so nothing was saved. What you typed is still on screen. Free some space (photos, apps) and save again.',
    'failure.network': 'Could not reach the server. Please try again where there is signal.',
    'failure.unexpected': 'An unexpected error stopped this ({detail}). Please try again; if it persists, tell your administrator.',
  },
});

/** `caught` (anything thrown) as a sentence for the person using the app. */
export function failureText(caught: unknown): string {
  const name = caught instanceof Error || caught instanceof DOMException ? caught.name : '';
  const message = caught instanceof Error || caught instanceof DOMException ? caught.message : String(caught);
  // Dexie wraps the browser's error: its `inner` names the cause.
  const inner = (caught as { inner?: { name?: unknown } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return tFailure('failure.storageFull');
  if (caught instanceof TypeError && /fetch|network|load failed/i.test(message)) return tFailure('failure.network');
  if (hasJapanese(message)) return message;
  return tFailure('failure.unexpected', { detail: name ? `${name}: ${message}` : message });
}
