import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../../src/schema/messages.ts';
import { createRetrySoon, MAX_RETRY_DELAY_MS, retryDelayMs } from '../../../../src/ui/sync/retry-soon.ts';

const status = (state: SyncStatus['state'], lastError: string | null = null): SyncStatus =>
  ({ state, lastSuccessAt: null, lastError, pending: 1, rejected: 0 });
const NOW = Date.parse('2026-11-26T10:00:00Z');
const noJitter = () => 0.5;

describe('retryDelayMs', () => {
  it('backs off from 5 s to at most 30 s when the server cannot be reached or fails', () => {
    const delays = [1, 2, 3, 4, 5, 9].map((failures) => retryDelayMs(status('error', 'offline'), failures, NOW, noJitter));
    expect(delays).toEqual([5_000, 10_000, 20_000, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS, MAX_RETRY_DELAY_MS]);
    expect(retryDelayMs(status('error', 'server'), 1, NOW, noJitter)).toBe(5_000);
  });

  it('spreads the tablets of a region by ±20 %', () => {
    expect(retryDelayMs(status('error', 'offline'), 1, NOW, () => 0)).toBe(4_000);
    expect(retryDelayMs(status('error', 'offline'), 1, NOW, () => 1)).toBeCloseTo(6_000);
  });

  it('waits as long as a busy server asked (Retry-After), at least 5 s', () => {
    const at = (seconds: number) => `rate-limited:${new Date(NOW + seconds * 1000).toISOString()}`;
    expect(retryDelayMs(status('error', at(120)), 1, NOW, noJitter)).toBe(120_000);
    expect(retryDelayMs(status('error', at(1)), 1, NOW, noJitter)).toBe(5_000);
    expect(retryDelayMs(status('error', 'rate-limited'), 2, NOW, noJitter)).toBe(10_000);
  });

  it('does not retry what a retry cannot mend', () => {
    for (const error of ['too-large', 'refused:このケースを編集する権限がありません', 'storage-full', 'other', 'Error: boom']) {
      expect(retryDelayMs(status('error', error), 1, NOW, noJitter), error).toBeNull();
    }
    expect(retryDelayMs(status('idle'), 1, NOW, noJitter)).toBeNull();
  });
});

describe('createRetrySoon', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for a sync after a failure, backs off while failures go on, and starts over after a success', () => {
    const trigger = vi.fn();
    const retry = createRetrySoon(trigger, () => true);
    retry.follow(status('error', 'offline'));
    vi.advanceTimersByTime(3_900);
    expect(trigger).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_200);
    expect(trigger).toHaveBeenCalledTimes(1);

    retry.follow(status('syncing'));
    retry.follow(status('error', 'offline'));
    vi.advanceTimersByTime(7_900);
    expect(trigger).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(4_200);
    expect(trigger).toHaveBeenCalledTimes(2);

    retry.follow(status('idle'));
    retry.follow(status('error', 'server'));
    vi.advanceTimersByTime(6_100);
    expect(trigger).toHaveBeenCalledTimes(3);
  });

  it('tries nothing while the tablet says it is offline, and syncs within seconds once it says online, event or not', () => {
    const trigger = vi.fn();
    let isOnline = false;
    const retry = createRetrySoon(trigger, () => isOnline);
    retry.follow(status('error', 'offline'));
    vi.advanceTimersByTime(120_000);
    expect(trigger).not.toHaveBeenCalled();
    isOnline = true;
    vi.advanceTimersByTime(5_000);
    expect(trigger).toHaveBeenCalledTimes(1);
  });

  it('drops a planned retry once a sync succeeded meanwhile, or when stopped', () => {
    const trigger = vi.fn();
    const retry = createRetrySoon(trigger, () => true);
    retry.follow(status('error', 'offline'));
    retry.follow(status('idle'));
    vi.advanceTimersByTime(60_000);
    expect(trigger).not.toHaveBeenCalled();
    retry.follow(status('error', 'offline'));
    retry.stop();
    vi.advanceTimersByTime(60_000);
    expect(trigger).not.toHaveBeenCalled();
  });
});
