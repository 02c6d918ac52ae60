import { hashPassword } from '../auth/password.ts';
import type { Store } from '../store/store.ts';
import { generateDemoCases } from './demo-cases.ts';
import { generateDemoResources } from './demo-resources.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-users.ts';
import { generateDemoVisits } from './demo-visits.ts';

export type DemoSize = { cases?: number; resources?: number; withVisits?: boolean; seed?: number };

export const DEMO_SEEDED_KEY = 'demo_seeded_at';

/** Demo accounts (password `tsunagu-demo`) and synthetic records, written into an empty store. */
export async function seedDemo(store: Store, size: DemoSize = {}): Promise<void> {
  const { cases: caseCount = 320, resources: resourceCount = 160, withVisits = true, seed = 20_240_401 } = size;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [i, { areaLabel: _label, ...account }] of DEMO_ACCOUNTS.entries()) {
    await store.createUser({ ...account, passwordHash: hashes[i]! });
  }
  const cases = generateDemoCases(caseCount, seed);
  const resources = generateDemoResources(resourceCount, seed + 1);
  const visits = withVisits ? generateDemoVisits(cases, seed + 2) : [];
  const now = new Date();
  await store.importRecords(
    [
      ...resources.map((record) => ({ collection: 'resources' as const, record })),
      ...cases.map((record) => ({ collection: 'cases' as const, record })),
      ...visits.map((record) => ({ collection: 'visits' as const, record })),
    ],
    now,
  );
  await store.setMeta(DEMO_SEEDED_KEY, now.toISOString());
}
