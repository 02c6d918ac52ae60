type IssueLike = { code: string; message: string; origin?: string; expected?: string; minimum?: unknown; maximum?: unknown };

/**
 * A zod issue in the words a spreadsheet user or the editor's reader understands; custom (Japanese) messages
 * pass through. Never zod's own English ("Too big: expected number to be <=90").
 */
export function describeIssue(issue: IssueLike): string {
  const isText = issue.origin === 'string' || issue.origin === 'array';
  if (issue.code === 'too_big') return isText ? `長すぎます（${String(issue.maximum)} まで）` : `${String(issue.maximum)} 以下で入力してください`;
  if (issue.code === 'too_small' && !isText) return `${String(issue.minimum)} 以上で入力してください`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return '整数で入力してください';
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value') return '値の形式が正しくありません';
  return issue.message;
}
