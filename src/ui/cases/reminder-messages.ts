import { defineMessages } from '../i18n/i18n.ts';

export const r = defineMessages({
  ja: {
    title: 'リマインダー', count: '{n}件', never: '見直しの記録なし', overdue: '期限 {date}（過ぎています）', due: '期限 {date}',
    'kind.evacuation-review': '避難計画の見直し', 'kind.consent-expiring': '同意の期限', 'kind.follow-up': 'フォローアップ',
  },
  en: {
    title: 'Reminders', count: '{n}', never: 'never reviewed', overdue: 'due {date} (overdue)', due: 'due {date}',
    'kind.evacuation-review': 'Plan review', 'kind.consent-expiring': 'Consent expiry', 'kind.follow-up': 'Follow-up',
  },
});
