import { defineMessages } from '../../i18n/i18n.ts';

// The case view's own strings, shipped in its lazy chunk.

export const v = defineMessages({
  ja: {
    'contacts.title': '連絡先', 'contacts.guardians': '保護者', 'contacts.emergency': '緊急連絡先（順番）', 'contacts.doctor': '主治医・病院',
    'contacts.none': '登録がありません。', 'devices.spares': '予備バッテリー {n}個（購入日 {dates}）', 'devices.plan': '停電時の電源確保',
    'devices.bag': '蘇生バッグ', 'devices.bagYes': 'あり', 'devices.bagNo': 'なし（要確認）', 'evac.route': '経路・注意点', 'evac.carry': '持ち出す物',
    'family.title': '家族（きょうだい）', 'family.none': 'きょうだいの登録はありません。', 'family.needs': '支援ニーズ: {text}',
    'health.title': '診断・服薬・アレルギー', 'health.diagnoses': '診断名', 'health.medications': '服薬', 'health.allergies': 'アレルギー',
    'team.title': '支援チーム・サービス', 'team.none': '登録がありません。', 'team.linked': '社会資源',
    'meis': 'MEIS 登録ID', 'consents.expired': '期限切れ', 'consents.expiring': 'まもなく期限',
    'visit.kind': '種別', 'visit.at': '日時', 'visit.participants': '同席者', 'visit.needs': '見つかったニーズ', 'visit.needsHint': '1行に1つ',
    'visit.followUps': 'フォローアップ', 'visit.followUp': 'フォローアップ', 'visit.followUpAdd': 'フォローアップを追加',
    'visit.followUpText': 'やること', 'visit.followUpDue': '期限', 'visit.followUpRemove': '外す', 'visit.done': '完了にする',
    'visit.doneOn': '完了 {date}', 'visit.dueOn': '期限 {date}', 'visit.correct': '訂正する', 'visit.corrected': '訂正あり（{n}回）', 'visit.pending': '未送信',
    'visit.correctTitle': '訪問記録の訂正', 'visit.reason': '訂正の理由', 'visit.saveCorrection': '訂正を追加', 'visit.cancel': 'やめる',
    'visit.history': '以前の版を見る', 'visit.version': '{time} の版', 'visit.doneReason': 'フォローアップ完了: {text}',
    'kind.home-visit': '家庭訪問', 'kind.consultation': '相談', 'kind.phone': '電話相談', 'kind.meeting': '会議', 'kind.other': 'その他',
    'more.title': '詳しい情報',
  },
  en: {
    'contacts.title': 'Contacts', 'contacts.guardians': 'Guardians', 'contacts.emergency': 'Emergency contacts (in order)', 'contacts.doctor': 'Doctor and hospital',
    'contacts.none': 'None recorded.', 'devices.spares': '{n} spare batteries (bought {dates})', 'devices.plan': 'Power plan for an outage',
    'devices.bag': 'Resuscitation bag', 'devices.bagYes': 'yes', 'devices.bagNo': 'no (check)', 'evac.route': 'Route and cautions', 'evac.carry': 'What to carry',
    'family.title': 'Family (siblings)', 'family.none': 'No siblings recorded.', 'family.needs': 'Support needs: {text}',
    'health.title': 'Diagnoses, medication, allergies', 'health.diagnoses': 'Diagnoses', 'health.medications': 'Medication', 'health.allergies': 'Allergies',
    'team.title': 'Care team and services', 'team.none': 'None recorded.', 'team.linked': 'directory',
    'meis': 'MEIS registration ID', 'consents.expired': 'expired', 'consents.expiring': 'expires soon',
    'visit.kind': 'Kind', 'visit.at': 'Date and time', 'visit.participants': 'Also present', 'visit.needs': 'Needs found', 'visit.needsHint': 'One per line',
    'visit.followUps': 'Follow-ups', 'visit.followUp': 'Follow-up', 'visit.followUpAdd': 'Add follow-up',
    'visit.followUpText': 'To do', 'visit.followUpDue': 'Due', 'visit.followUpRemove': 'Remove', 'visit.done': 'Mark done',
    'visit.doneOn': 'done {date}', 'visit.dueOn': 'due {date}', 'visit.correct': 'Correct', 'visit.corrected': 'corrected ({n})', 'visit.pending': 'unsent',
    'visit.correctTitle': 'Correct the visit note', 'visit.reason': 'Reason for the correction', 'visit.saveCorrection': 'Add correction', 'visit.cancel': 'Cancel',
    'visit.history': 'Earlier versions', 'visit.version': 'Version of {time}', 'visit.doneReason': 'Follow-up done: {text}',
    'kind.home-visit': 'Home visit', 'kind.consultation': 'Consultation', 'kind.phone': 'Phone', 'kind.meeting': 'Meeting', 'kind.other': 'Other',
    'more.title': 'More',
  },
});
