import { defineMessages } from '../i18n/i18n.ts';

/**
 * The conflicts screen and card (with the case view's and sync screen's links to them): the choice, its accessible
 * names, the question before it and what is said after.
 */
export const tConflict = defineMessages({
  ja: {
    'conflict.title': '未解決の競合',
    'conflict.none': '未解決の競合はありません。',
    'conflict.kept': '保留された値',
    'conflict.winning': '現在の値',
    'conflict.by': '{who}・{when}',
    'conflict.choose': 'この値を採用',
    'conflict.open': 'ケースを開く',
    'conflict.openResource': '地域資源を開く',
    'choose.name': '{subject}、{side}（{who}・{when}）: この値を採用',
    'confirm.title': 'この値を採用しますか？',
    'confirm.message': '{subject}を「{value}」（{who}・{when}）にします。すべての端末に反映され、もう一方の値は使われなくなります。あとで変えるには、もう一度編集してください。',
    'confirm.yes': '採用する',
    'confirm.no': 'やめる',
    'resolved': '{subject}: 「{value}」を採用しました。ほかの端末にも反映されます。',
  },
  en: {
    'conflict.title': 'Unresolved conflicts',
    'conflict.none': 'No unresolved conflicts.',
    'conflict.kept': 'Kept value',
    'conflict.winning': 'Current value',
    'conflict.by': '{who} · {when}',
    'conflict.choose': 'Use this value',
    'conflict.open': 'Open case',
    'conflict.openResource': 'Open resource',
    'choose.name': '{subject}, {side} ({who}, {when}): Use this value',
    'confirm.title': 'Use this value?',
    'confirm.message': '{subject} becomes “{value}” ({who}, {when}). This applies on every device, and the other value is no longer used. To change it later, edit the record again.',
    'confirm.yes': 'Use it',
    'confirm.no': 'Cancel',
    'resolved': '{subject}: “{value}” is now used. Other devices will follow.',
  },
});
