import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../src/schema/messages.ts';
import { describeSyncProblem, syncProblemOf } from '../../../../src/ui/layout/sync-problem.ts';

const status = (patch: Partial<SyncStatus>): SyncStatus =>
  ({ state: 'error', lastSuccessAt: null, lastError: null, pending: 1, rejected: 0, ...patch });

const text = (lastError: string, isOnline = true) => describeSyncProblem(syncProblemOf(status({ lastError }), isOnline)!);

describe('syncProblemOf and describeSyncProblem', () => {
  it('says offline with no signal, and that the server cannot be reached when a request failed online', () => {
    expect(text('offline', false)).toBe('同期できません（オフライン）');
    expect(text('offline')).toContain('サーバーに接続できません');
    expect(syncProblemOf(status({ state: 'idle' }), false)).toEqual({ kind: 'offline' });
  });

  it('words each cause in plain Japanese, never the error class', () => {
    expect(text('server')).toBe('同期できません（サーバーで問題が起きています。自動で再試行します。未送信の変更は端末に残っています）');
    expect(text('rate-limited')).toContain('混み合っています');
    expect(text('too-large')).toContain('大きすぎます');
    expect(text('refused:担当地域の外のケースです')).toBe('同期できません（担当地域の外のケースです）');
    expect(text('SyncHttpError: Service Unavailable')).not.toMatch(/SyncHttpError|Service Unavailable/);
  });

  it('says after what time a busy server is tried again, in local time to the second', () => {
    const at = new Date(2026, 10, 26, 19, 47, 5).toISOString();
    expect(text(`rate-limited:${at}`)).toContain('19:47:05以降に自動で再試行します');
  });

  it('reports no problem online unless the last sync failed', () => {
    expect(syncProblemOf(status({ state: 'idle' }), true)).toBeNull();
    expect(syncProblemOf(null, true)).toBeNull();
  });
});
