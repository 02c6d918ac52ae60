/** A validation problem on one field, as the UI shows it and the API names it. */
export type FieldError = { field: string; message: string };

type IssueLike = { path: readonly PropertyKey[]; message: string };

export function toFieldErrors(issues: readonly IssueLike[], prefix?: string): FieldError[] {
  return issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
