import { defineMessages } from '../i18n/i18n.ts';

/** The unsent changes on the sync screen (its own chunk, with the screen). */
export const tPending = defineMessages({
  ja: {
    'pending.title': '送信待ちの変更',
    'pending.none': '送信待ちの変更はありません。',
    'pending.lead': '電波が戻ると自動で送信します。',
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
    'pending.lead': 'They are sent automatically when the signal returns.',
    'pending.made': 'changed {time}',
    'pending.gone': '(record not on this device)',
    'pending.childAt': '{name}, {time}', 'pending.noCase': '(case not on this device)',
    'pending.delete': 'deletion',
    'collection.cases': 'Case', 'collection.visits': 'Visit note', 'collection.resources': 'Resource',
    'collection.safetyChecks': 'Safety check', 'collection.conflicts': 'Conflict resolution', 'collection.disasterEvents': 'Disaster',
  },
});
