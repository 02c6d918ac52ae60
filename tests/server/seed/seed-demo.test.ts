import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatBanner } from '../../../server/banner.ts';
import { startServer } from '../../../server/start-server.ts';
import { signIn } from '../harness.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-seed-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('seedDemo on first start', () => {
  it('seeds demo accounts and at least 300 children once, and keeps them across a restart', async () => {
    const first = await startServer({ port: 0, dataDir, demo: true });
    expect(first.seeded).toBe(true);
    const yokosuka = await signIn(first.url, 'yokosuka');
    const admin = await signIn(first.url, 'admin');
    const all = await admin.pullAll('', 5000);
    const count = (collection: string) => all.changes.filter((c) => c.collection === collection).length;
    expect(count('cases')).toBeGreaterThanOrEqual(300);
    expect(count('resources')).toBeGreaterThanOrEqual(150);
    expect(count('visits')).toBeGreaterThan(150);
    const own = await yokosuka.pullAll();
    const codes = new Set(own.changes.filter((c) => c.collection === 'cases').map((c) => c.record.municipalityCode));
    expect(codes.has('142018')).toBe(true);
    await first.close();

    const second = await startServer({ port: 0, dataDir, demo: true });
    expect(second.seeded).toBe(false);
    const again = await (await signIn(second.url, 'admin')).pullAll('', 5000);
    expect(again.changes.length).toBe(all.changes.length);
    await second.close();
  });

  it('prints the URL, the database and the demo accounts, with no personal data', () => {
    const banner = formatBanner({ url: 'http://localhost:8080', databasePath: 'data/tsunagu.sqlite', hasDemo: true, seeded: true });
    for (const text of ['http://localhost:8080', 'data/tsunagu.sqlite', 'yokosuka', 'miura', 'admin', 'tsunagu-demo', 'coordinator']) {
      expect(banner).toContain(text);
    }
  });
});
