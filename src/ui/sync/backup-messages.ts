import { defineMessages } from '../i18n/i18n.ts';

/** The device backup on the sync screen (its own chunk, with the screen). */
export const tBackup = defineMessages({
  ja: {
    'backup.title': '未送信の変更のバックアップ',
    'backup.lead': 'まだサーバーに届いていない変更（要確認を含む）と、その変更に関わる記録をファイルに保存します。端末が壊れたり、データが消えたりしたときは、別の端末でログインして「バックアップから戻す」で送信待ちに戻せます。すでにサーバーに届いている変更は二重に登録されません。',
    'backup.personalData': 'このファイルには個人情報が暗号化されずに含まれます（暗号化はアプリのロック機能で対応予定です）。共有フォルダやメールに置かず、戻し終えたら削除してください。',
    'backup.export': '未送信の変更をバックアップ',
    'backup.nothing': '未送信の変更はありません。',
    'backup.restoreLabel': 'バックアップから戻す（ファイルを選ぶ）',
    'backup.saved': '{n}件の変更をファイルに保存しました。',
    'backup.restored': '{added}件の変更を送信待ちに戻しました（この端末にすでにあった変更: {already}件）。',
    'backup.error.not-json': 'バックアップファイルを読み取れません（JSON ではありません）。何も変更していません。',
    'backup.error.not-backup': 'つなぐのバックアップファイルではありません。何も変更していません。',
    'backup.error.newer-version': 'このファイルは新しい版のつなぐで作られています。アプリを更新してから戻してください。何も変更していません。',
    'backup.error.invalid': 'バックアップファイルの内容が正しくありません（壊れているか、書き換えられています）。何も変更していません。',
    'backup.error.other': 'バックアップを処理できませんでした: {message}',
  },
  en: {
    'backup.title': 'Backup of unsent changes',
    'backup.lead': 'Saves the changes the server has not received yet (including those needing review) and the records they touch to a file. If the device breaks or its data is lost, sign in on another device and use “Restore from backup” to queue them again. Changes the server already has are not recorded twice.',
    'backup.personalData': 'This file contains personal data, not encrypted (encryption comes with the app lock). Do not keep it in shared folders or e-mail; delete it once restored.',
    'backup.export': 'Back up unsent changes',
    'backup.nothing': 'There are no unsent changes.',
    'backup.restoreLabel': 'Restore from backup (choose a file)',
    'backup.saved': 'Saved {n} changes to a file.',
    'backup.restored': 'Queued {added} changes again ({already} were already on this device).',
    'backup.error.not-json': 'The backup file cannot be read (it is not JSON). Nothing was changed.',
    'backup.error.not-backup': 'This is not a Tsunagu backup file. Nothing was changed.',
    'backup.error.newer-version': 'This file was made by a newer version of Tsunagu. Update the app, then restore. Nothing was changed.',
    'backup.error.invalid': 'The backup file is not valid (damaged or edited). Nothing was changed.',
    'backup.error.other': 'The backup could not be processed: {message}',
  },
});
