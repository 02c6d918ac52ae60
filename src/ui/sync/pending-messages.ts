import { defineMessages } from '../i18n/i18n.ts';

/** The unsent changes on the sync screen (its own chunk, with the screen). */
export const tPending = defineMessages({
  ja: {
    'pending.title': '送信待ちの変更',
    'pending.none': '送信待ちの変更はありません。',
    'pending.lead': '次の同期で自動的に送信します。',
    'pending.lead.offline': 'この端末はオフラインです。電波が戻ると自動で送信します。変更はこの端末に残っています。',
    'pending.lead.unreachable': '電波はありますが、サーバーに接続できません。接続できしだい自動で送信します。変更はこの端末に残っています。',
    'pending.lead.server': 'サーバーで問題が起きています。自動で再試行します。変更はこの端末に残っています。',
    'pending.lead.busy': 'サーバーが混み合っています。時間をおいて自動で再試行します。変更はこの端末に残っています。',
    'pending.lead.blocked': '{reason}。変更はこの端末に残っています。',
    'pending.made': '{time} に変更',
    'pending.gone': '（この端末にない記録）',
    'pending.childAt': '{name}さん・{time}', 'pending.noCase': '（ケースがこの端末にありません）',
    'pending.delete': '削除',
    'collection.cases': 'ケース', 'collection.visits': '訪問・相談記録', 'collection.resources': '地域資源',
    'collection.safetyChecks': '安否確認', 'collection.conflicts': '競合の解決', 'collection.disasterEvents': '災害',
  },
  en: {
    'pending.title': 'Changes waiting to be sent',
    'pending.none': 'No changes are waiting to be sent.',
    'pending.lead': 'They are sent automatically at the next sync.',
    'pending.lead.offline': 'This device is offline. They are sent automatically when the signal returns, and they stay on this device until then.',
    'pending.lead.unreachable': 'There is a signal, but the server cannot be reached. They are sent automatically once it can, and they stay on this device until then.',
    'pending.lead.server': 'The server has a problem. Sending is retried automatically, and the changes stay on this device until then.',
    'pending.lead.busy': 'The server is busy. Sending is retried automatically after a while, and the changes stay on this device until then.',
    'pending.lead.blocked': '{reason}. The changes stay on this device.',
    'pending.made': 'changed {time}',
    'pending.gone': '(record not on this device)',
    'pending.childAt': '{name}, {time}', 'pending.noCase': '(case not on this device)',
    'pending.delete': 'deletion',
    'collection.cases': 'Case', 'collection.visits': 'Visit note', 'collection.resources': 'Resource',
    'collection.safetyChecks': 'Safety check', 'collection.conflicts': 'Conflict resolution', 'collection.disasterEvents': 'Disaster',
  },
});
