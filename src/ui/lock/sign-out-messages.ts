import { defineMessages } from '../i18n/i18n.ts';

/** ログアウト from the lock screen (its own chunk, loaded when a forgotten PIN is admitted). */
export const tSignOut = defineMessages({
  ja: {
    'signout.title': 'ログアウトして、この端末の記録を消去します',
    'signout.noUnsent': '次にログインすると、記録をサーバーからダウンロードし直し、新しいPINを設定します。',
    'signout.unsentOnline': '未送信の変更が {n}件あります。先にサーバーに送信してから消去します。',
    'signout.unsentLeft': '未送信の変更 {n}件を送信できませんでした。',
    'signout.unsentOffline': 'いまはオフラインのため、未送信の変更 {n}件を送信できません。',
    'signout.keepHint': '「変更を残してログアウト」を選ぶと、変更は暗号化したまま端末に残り、次にこの端末でログインしたときに送信されます。消去すると、変更は失われます。',
    'signout.confirm': 'ログアウトして消去する',
    'signout.send': '送信してからログアウト',
    'signout.keep': '変更を残してログアウト',
    'signout.discard': '変更 {n}件を破棄して消去する',
    'signout.back': 'ロック画面に戻る',
  },
  en: {
    'signout.title': 'Sign out and erase the records on this device',
    'signout.noUnsent': 'When you sign in again, the records are downloaded from the server and you choose a new PIN.',
    'signout.unsentOnline': 'There are {n} unsent changes. They are sent to the server first, then the device is erased.',
    'signout.unsentLeft': '{n} unsent changes could not be sent.',
    'signout.unsentOffline': 'The device is offline: the {n} unsent changes cannot be sent now.',
    'signout.keepHint': 'With “Keep the changes and sign out”, they stay on this device, encrypted, and are sent the next time you sign in on it. Erasing loses them.',
    'signout.confirm': 'Sign out and erase',
    'signout.send': 'Send, then sign out',
    'signout.keep': 'Keep the changes and sign out',
    'signout.discard': 'Discard {n} changes and erase',
    'signout.back': 'Back to the lock screen',
  },
});
