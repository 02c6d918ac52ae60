import { describe, expect, it } from 'vitest';
import { SyncHttpError } from '../../../src/sync/api-client.ts';
import { withRetry } from '../../../src/sync/retry.ts';

/** A task failing with `errors` in turn, then succeeding; records when each attempt started. */
function flaky(errors: readonly Error[]) {
  const startedAt: number[] = [];
  const task = async () => {
    startedAt.push(performance.now());
    const error = errors[startedAt.length - 1];
    if (error) throw error;
    return 'done';
  };
  return { task, startedAt };
}

const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('withRetry', () => {
  it('retries network failures, 429 and 5xx with a doubling delay until the task succeeds', async () => {
    const { task, startedAt } = flaky([
      new SyncHttpError(0, 'network', 'fetch failed'),
      new SyncHttpError(503, 'http', 'Service Unavailable'),
      new SyncHttpError(429, 'http', 'Too Many Requests'),
    ]);
    await expect(withRetry(task, 4, 20)).resolves.toBe('done');
    expect(startedAt).toHaveLength(4);
    const [first, second, third] = gaps(startedAt);
    expect(first).toBeGreaterThanOrEqual(19);
    expect(second).toBeGreaterThanOrEqual(39);
    expect(third).toBeGreaterThanOrEqual(79);
  });

  it.each([400, 401, 403, 404, 413])('fails at once on %i, which a retry cannot fix', async (status) => {
    const refusal = new SyncHttpError(status, 'refused', 'no');
    const { task, startedAt } = flaky([refusal]);
    await expect(withRetry(task, 3, 20)).rejects.toBe(refusal);
    expect(startedAt).toHaveLength(1);
  });

  it('fails at once on an error that is not an HTTP answer', async () => {
    const bug = new TypeError('not a network problem');
    const { task, startedAt } = flaky([bug]);
    await expect(withRetry(task, 3, 20)).rejects.toBe(bug);
    expect(startedAt).toHaveLength(1);
  });

  it('gives up after the last attempt with the last failure', async () => {
    const last = new SyncHttpError(500, 'internal', 'third');
    const { task, startedAt } = flaky([new SyncHttpError(0, 'network', 'first'), new SyncHttpError(502, 'http', 'second'), last]);
    await expect(withRetry(task, 3, 5)).rejects.toBe(last);
    expect(startedAt).toHaveLength(3);
  });
});
