import type { AccountView } from '../../schema/admin.ts';
import { defineMessages, getLanguage } from '../i18n/i18n.ts';

// What each audit action means, in words an administrator reads; the stored code stays alongside it.

const ja = {
  'sign-in': 'ログイン', 'sign-in-failed': 'ログイン失敗', 'sign-in-refused': 'ログイン拒否（停止中）', 'sign-out': 'ログアウト',
  'refresh-reused': '使用済みトークンの再使用（ログインを無効化）', 'read-consent': '同意による閲覧', 'write-consent': '同意による更新',
  'read-disaster': '災害時の閲覧', 'write-disaster': '災害時の記録', export: '統計の出力（CSV・印刷）', 'stats-view': '統計の閲覧',
  'audit-view': '監査ログの閲覧', 'audit-export': '監査ログのCSV出力', 'account-create': 'アカウント追加', 'account-disable': 'アカウント停止',
  'account-enable': 'アカウント再開', 'account-password': 'パスワード再設定', 'account-areas': '担当地域の変更',
  unknownUser: '（不明なアカウント）',
};

type Key = keyof typeof ja;

const en: Record<Key, string> = {
  'sign-in': 'Sign-in', 'sign-in-failed': 'Failed sign-in', 'sign-in-refused': 'Sign-in refused (disabled)', 'sign-out': 'Sign-out',
  'refresh-reused': 'Used token presented again (sign-in revoked)', 'read-consent': 'Read through a consent', 'write-consent': 'Write through a consent',
  'read-disaster': 'Read during a disaster', 'write-disaster': 'Write during a disaster', export: 'Statistics exported (CSV, print)',
  'stats-view': 'Statistics viewed', 'audit-view': 'Audit log viewed', 'audit-export': 'Audit log exported as CSV',
  'account-create': 'Account added', 'account-disable': 'Account disabled', 'account-enable': 'Account enabled',
  'account-password': 'Password reset', 'account-areas': 'Areas changed', unknownUser: '(unknown account)',
};

const tAudit = defineMessages<Key>({ ja, en });
const aside = (text: string) => (getLanguage() === 'en' ? ` (${text})` : `（${text}）`);

/** 「統計の閲覧（stats-view）」: the meaning first, the code the CSV and the filter carry after it. */
export const auditActionLabel = (action: string): string =>
  action in ja && action !== 'unknownUser' ? `${tAudit(action as Key)}${aside(action)}` : action;

/** An account as the account list shows it: 「miura（三浦 コーディネーター）」. */
export const accountLabel = (account: AccountView): string => `${account.username}${aside(account.name)}`;

/** The account behind an audit entry's user id, or the id itself for an account no longer listed. */
export function auditUserLabel(userId: string, accounts: readonly AccountView[] | null): string {
  if (userId === '-') return tAudit('unknownUser');
  const account = accounts?.find((a) => a.id === userId);
  return account ? accountLabel(account) : userId;
}
