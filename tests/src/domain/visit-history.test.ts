import { describe, expect, it } from 'vitest';
import { resolveVisitThreads } from '../../../src/domain/visit-history.ts';

const visit = (id: string, at: string, correctsVisitId: string | null = null, writtenAt: string | null = null) =>
  ({ id, at, correctsVisitId, writtenAt });

describe('resolveVisitThreads', () => {
  it('shows the latest correction in place of the original, keeping every version', () => {
    const threads = resolveVisitThreads([
      visit('v1', '2026-05-01T10:00:00+09:00'),
      visit('c2', '2026-05-01T10:00:00+09:00', 'v1', '2026-05-03T09:00:00Z'),
      visit('c1', '2026-05-01T10:00:00+09:00', 'v1', '2026-05-02T09:00:00Z'),
    ]);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.current.id).toBe('c2');
    expect(threads[0]!.corrections.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(threads[0]!.original.id).toBe('v1');
  });

  it('orders threads newest visit first', () => {
    const threads = resolveVisitThreads([visit('old', '2026-01-01T10:00:00Z'), visit('new', '2026-03-01T10:00:00Z')]);
    expect(threads.map((t) => t.original.id)).toEqual(['new', 'old']);
  });

  it('keeps a correction whose original has not arrived as a note of its own', () => {
    const threads = resolveVisitThreads([visit('c1', '2026-05-01T10:00:00Z', crypto.randomUUID(), '2026-05-02T00:00:00Z')]);
    expect(threads.map((t) => t.current.id)).toEqual(['c1']);
  });
});
