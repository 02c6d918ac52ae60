import { defineMessages } from '../i18n/i18n.ts';

// The case list's filter and reminder strings (the list is on the first page; these are few).

export const l = defineMessages({
  ja: {
    'filters': '絞り込み', 'filters.active': '絞り込み（{n}件の条件）', 'filters.area': '地域', 'filters.care': '医療的ケア',
    'filters.age': '年齢', 'filters.living': '生活の場', 'filters.any': 'すべて', 'filters.power': '電源依存のみ',
    'filters.review': '避難計画の見直し時期', 'filters.consent': '同意の期限が30日以内', 'filters.clear': '条件をクリア',
    'age.0': '1歳未満', 'age.1-2': '1〜2歳', 'age.3-5': '3〜5歳', 'age.6-11': '6〜11歳', 'age.12-14': '12〜14歳', 'age.15-17': '15〜17歳', 'age.18+': '18歳以上',
    'reminders': 'リマインダー',
    'firstSync': '最初の同期をしています。担当地域のケースを受信中です（一覧は受信が終わると更新されます）…',
    'preparing': 'アップデート後の初回のため、ケース一覧を準備しています…',
  },
  en: {
    'filters': 'Filters', 'filters.active': 'Filters ({n} active)', 'filters.area': 'Area', 'filters.care': 'Medical care',
    'filters.age': 'Age', 'filters.living': 'Living situation', 'filters.any': 'All', 'filters.power': 'Electricity dependent only',
    'filters.review': 'Evacuation plan review due', 'filters.consent': 'Consent expires within 30 days', 'filters.clear': 'Clear filters',
    'age.0': 'under 1', 'age.1-2': '1–2', 'age.3-5': '3–5', 'age.6-11': '6–11', 'age.12-14': '12–14', 'age.15-17': '15–17', 'age.18+': '18 and over',
    'reminders': 'Reminders',
    'firstSync': 'First sync in progress: receiving the cases of your areas (the list updates when it is done)…',
    'preparing': 'Preparing the case list (once, after an update)…',
  },
});
