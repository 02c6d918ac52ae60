import { SyncHttpError } from './api-client.ts';

const isTransient = (error: unknown) =>
  error instanceof SyncHttpError && (error.status === 0 || error.status === 429 || error.status >= 500);

/** Retries transient failures (network, 429, 5xx) with exponential backoff; anything else fails at once. */
export async function withRetry<T>(task: () => Promise<T>, attempts = 3, firstDelayMs = 400): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}
