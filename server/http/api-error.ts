import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod';

/** A failure the client should see as `{error:{code,message,field?}}` with `status`. */
export class ApiFailure extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** More members of the error object (e.g. `retryAfter` seconds, also sent as Retry-After). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export function errorBody(code: string, message: string, field?: string) {
  return { error: field ? { code, message, field } : { code, message } };
}

export function sendFailure(c: Context, failure: ApiFailure): Response {
  const body = errorBody(failure.code, failure.message, failure.field);
  if (typeof failure.extra?.retryAfter === 'number') c.header('Retry-After', String(failure.extra.retryAfter));
  return c.json({ error: { ...body.error, ...failure.extra } }, failure.status);
}

/** Reads a JSON body and parses it with `schema`; a 400 names the first offending field. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiFailure(400, 'bad_json', '本文を JSON として読めません');
  }
  return parseOrFail(schema, raw);
}

type Issue = z.core.$ZodIssue;

/**
 * The issue to report. A union (a sealed or a plain mutation) lists each alternative's issues: name the
 * alternative that came closest (fewest issues, then the deepest path), so the field is the one to fix; on a
 * tie the last, the general one (a mutation with neither `sealed` nor `fields` lacks `fields`).
 */
function pickIssue(issue: Issue | undefined, prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; message?: string } {
  if (issue?.code === 'invalid_union' && issue.errors.length > 0) {
    const depth = (issues: Issue[]) => issues[0]?.path.length ?? 0;
    const closest = [...issue.errors].reverse().sort((a, b) => a.length - b.length || depth(b) - depth(a))[0]!;
    return pickIssue(closest[0], [...prefix, ...issue.path]);
  }
  return issue ? { path: [...prefix, ...issue.path], message: issue.message } : { path: [...prefix] };
}

export function parseOrFail<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = pickIssue(parsed.error.issues[0]);
  const field = issue.path.map(String).join('.') || undefined;
  throw new ApiFailure(400, 'invalid_body', issue.message ?? '本文が正しくありません', field);
}
