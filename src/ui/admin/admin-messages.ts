import { defineMessages } from '../i18n/i18n.ts';

/** The administrator's screens: accounts and the audit log (their own lazy chunk). */
export const at = defineMessages({
  ja: {
    'nav.label': '管理', 'nav.users': 'アカウント', 'nav.audit': '監査ログ', 'users.title': 'アカウント管理',
    'users.username': 'ユーザー名', 'users.name': '氏名', 'users.role': '役割', 'users.areas': '担当地域', 'users.state': '状態', 'users.actions': '停止・パスワード',
    'users.active': '有効', 'users.disabled': '停止 {date}', 'users.disable': '停止', 'users.enable': '再開',
    'users.reset': 'パスワード再設定', 'users.saveAreas': '地域を保存', 'users.areasHint': '全国地方公共団体コード（6桁）を「,」か「、」で区切って入力（管理者は *）',
    'users.add': 'アカウントを追加', 'users.password': '初期パスワード（12 文字以上）', 'users.newPassword': '新しいパスワード（12 文字以上）',
    'users.create': '追加', 'users.disableConfirm': '{name} を停止します。端末のデータは次の同期で消去されます。よろしいですか？',
    'users.done': '保存しました', 'role.coordinator': 'コーディネーター', 'role.supervisor': '監督者（集計のみ）', 'role.admin': '管理者',
    'areas.notCode': '担当地域: 「{code}」は6桁の全国地方公共団体コードではありません（例: 横須賀市 142018）',
    'areas.checkDigit': '担当地域: 「{code}」の検査数字（6桁目）が正しくありません', 'areas.all': 'すべての地域',
    'audit.title': '監査ログ', 'audit.user': '利用者', 'audit.action': '操作', 'audit.any': 'すべて', 'audit.from': '開始日', 'audit.to': '終了日',
    'audit.search': '絞り込む', 'audit.csv': 'CSV で書き出す', 'audit.at': '日時', 'audit.record': '対象', 'audit.detail': '詳細',
    'audit.chainOk': '改ざん検査: 正常（{n} 件の連鎖を確認）', 'audit.chainBroken': '改ざん検査: 異常 — 連番 {seq} で連鎖が切れています（{reason}）',
    'audit.empty': '該当する記録はありません', 'common.offline': 'オンラインのときに使えます', 'common.adminOnly': 'この画面は管理者だけが使えます。', 'common.failed': 'できませんでした: {message}',
  },
  en: {
    'nav.label': 'Administration', 'nav.users': 'Accounts', 'nav.audit': 'Audit log', 'users.title': 'Accounts',
    'users.username': 'User name', 'users.name': 'Name', 'users.role': 'Role', 'users.areas': 'Areas', 'users.state': 'State', 'users.actions': 'Disable, password',
    'users.active': 'Active', 'users.disabled': 'Disabled {date}', 'users.disable': 'Disable', 'users.enable': 'Enable',
    'users.reset': 'Reset password', 'users.saveAreas': 'Save areas', 'users.areasHint': '6-digit municipality codes separated by commas (* for administrators)',
    'users.add': 'Add an account', 'users.password': 'Initial password (12+ characters)', 'users.newPassword': 'New password (12+ characters)',
    'users.create': 'Add', 'users.disableConfirm': 'Disable {name}? Their devices erase their data at the next sync.',
    'users.done': 'Saved', 'role.coordinator': 'Coordinator', 'role.supervisor': 'Supervisor (aggregates only)', 'role.admin': 'Administrator',
    'areas.notCode': 'Areas: “{code}” is not a 6-digit municipality code (e.g. Yokosuka 142018)',
    'areas.checkDigit': 'Areas: the check digit (6th) of “{code}” is wrong', 'areas.all': 'All areas',
    'audit.title': 'Audit log', 'audit.user': 'User', 'audit.action': 'Action', 'audit.any': 'Any', 'audit.from': 'From', 'audit.to': 'To',
    'audit.search': 'Filter', 'audit.csv': 'Export CSV', 'audit.at': 'Time', 'audit.record': 'Record', 'audit.detail': 'Detail',
    'audit.chainOk': 'Tamper check: intact ({n} entries chained)', 'audit.chainBroken': 'Tamper check: BROKEN at entry {seq} ({reason})',
    'audit.empty': 'No matching entries', 'common.offline': 'Available when online', 'common.adminOnly': 'Only administrators can use this screen.', 'common.failed': 'Could not do it: {message}',
  },
});
