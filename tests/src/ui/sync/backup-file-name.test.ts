import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../../src/ui/sync/backup-file-name.ts';

describe('backupFileName', () => {
  const zone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = 'Asia/Tokyo'));
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('names the file by the local time the screen shows, not UTC', () => {
    // 21:24 in Japan is 12:24 UTC.
    expect(backupFileName('2026-11-26T12:24:30.000Z')).toBe('tsunagu-backup-20261126-2124.json');
  });

  it('takes the local date across midnight UTC', () => {
    expect(backupFileName('2026-12-31T15:05:00.000Z')).toBe('tsunagu-backup-20270101-0005.json');
  });
});
