import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../server/audit/audit-chain.ts';
import { useFreshDatabase } from './store-client.ts';
import { STORE_KINDS, titleFor, type TestDatabase } from './test-databases.ts';

/** What an attacker with database access does: switch the guard off and rewrite one row. */
async function tamper(db: TestDatabase, sql: string): Promise<void> {
  if (db.location.databaseUrl) {
    const client = new pg.Client({ connectionString: db.location.databaseUrl });
    await client.connect();
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_append_only');
    await client.query(sql);
    await client.end();
    return;
  }
  const file = new Database(join(db.location.dataDir, 'tsunagu.sqlite'));
  file.exec('DROP TRIGGER audit_append_only; DROP TRIGGER audit_no_delete;');
  file.exec(sql);
  file.close();
}

const entry = (action: string, recordId: string) => ({
  at: new Date().toISOString(), userId: 'user-admin', action, collection: 'cases', recordId, detail: null,
});

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== null)(titleFor('Audit hash chain', kind), () => {
    const { db, store } = useFreshDatabase(kind);

    it('chains every appended entry and verifies the whole log', async () => {
      for (let i = 0; i < 5; i++) await store().appendAudit(entry('read-consent', `case-${i}`));
      const chain = await store().access.readAuditChain();
      expect(chain).toHaveLength(5);
      expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
      expect(verifyAuditChain(chain)).toMatchObject({ ok: true, entries: 5 });
    });

    it('refuses to change or delete a chained entry', async () => {
      await store().appendAudit(entry('export', 'x'));
      await store().access.readAuditChain();
      const other = await db().open();
      const attempt = db().location.databaseUrl
        ? (async () => {
            const client = new pg.Client({ connectionString: db().location.databaseUrl });
            await client.connect();
            try {
              await client.query("UPDATE audit_log SET action = 'nothing'");
            } finally {
              await client.end();
            }
          })()
        : Promise.resolve().then(() => {
            const file = new Database(join(db().location.dataDir, 'tsunagu.sqlite'));
            try {
              file.exec("DELETE FROM audit_log");
            } finally {
              file.close();
            }
          });
      await expect(attempt).rejects.toThrow(/append-only/);
      expect(verifyAuditChain(await other.access.readAuditChain()).ok).toBe(true);
    });

    it('shows an edited entry, naming where the chain breaks', async () => {
      for (let i = 0; i < 4; i++) await store().appendAudit(entry('read-consent', `case-${i}`));
      const chain = await store().access.readAuditChain();
      await tamper(db(), `UPDATE audit_log SET record_id = 'someone-else' WHERE seq = ${chain[2]!.seq}`);
      const verdict = verifyAuditChain(await store().access.readAuditChain());
      expect(verdict).toMatchObject({ ok: false, brokenAt: chain[2]!.seq, reason: 'hash', entries: 2 });
    });

    it('shows a deleted entry', async () => {
      for (let i = 0; i < 3; i++) await store().appendAudit(entry('export', `e-${i}`));
      const chain = await store().access.readAuditChain();
      await tamper(db(), `DELETE FROM audit_log WHERE seq = ${chain[1]!.seq}`);
      expect(verifyAuditChain(await store().access.readAuditChain())).toMatchObject({ ok: false, brokenAt: chain[2]!.seq, reason: 'link' });
    });
  });
}
