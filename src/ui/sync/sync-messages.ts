import { defineMessages } from '../i18n/i18n.ts';

/** The sync screen's refused changes and purge notice (its own chunk, with the screen). */
export const tSync = defineMessages({
  ja: {
    'rejected.fields': '変更した項目: {fields}',
    'rejected.openDisaster': '災害モードを開く',
    'rejected.discarded': '{subject}の変更を破棄しました。',
    'purge.title': 'この端末から削除したケース',
    'purge.cases': '同意の撤回や担当地域の変更により、{cases}件のケースをこの端末から削除しました（{time}）。',
    'purge.discarded': '送信できなかった変更{discarded}件も削除されました。',
    'purge.why': 'この端末では見られなくなりました。ケースの記録そのものはサーバーに残っています。削除された変更が必要なときは、書き直すか管理者に相談してください。',
    'purge.dismiss': '確認しました',
    'purge.dismissed': '削除のお知らせを確認済みにしました。',
  },
  en: {
    'rejected.fields': 'Changed: {fields}',
    'rejected.openDisaster': 'Open disaster mode',
    'rejected.discarded': 'Discarded the change to {subject}.',
    'purge.title': 'Cases removed from this device',
    'purge.cases': 'Because a consent was withdrawn or an area assignment changed, {cases} cases were removed from this device ({time}).',
    'purge.discarded': '{discarded} changes that had not been sent were removed too.',
    'purge.why': 'They can no longer be viewed on this device. The case records themselves remain on the server. If a removed change is needed, write it again or ask your administrator.',
    'purge.dismiss': 'Understood',
    'purge.dismissed': 'The removal notice is marked as read.',
  },
});
