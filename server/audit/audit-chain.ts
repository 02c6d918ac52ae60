import { createHash } from 'node:crypto';
import type { AuditEntry } from '../store/store.ts';

/** One audit row with its place in the hash chain. */
export type ChainedAuditRow = AuditEntry & { seq: number; prevHash: string | null; hash: string | null };

export const GENESIS_HASH = '0'.repeat(64);

/** The canonical text of an entry: every column that matters, in a fixed order, JSON-escaped. */
export function canonicalEntry(row: Omit<ChainedAuditRow, 'prevHash' | 'hash'>): string {
  return JSON.stringify([row.seq, row.at, row.userId, row.action, row.collection, row.recordId, row.detail]);
}

/** sha256(prev_hash + "\n" + canonical entry), hex: the chain link both stores write and verify. */
export function hashEntry(prevHash: string, canonical: string): string {
  return createHash('sha256').update(`${prevHash}\n${canonical}`).digest('hex');
}

export type ChainVerdict =
  | { ok: true; entries: number; head: string }
  | { ok: false; entries: number; brokenAt: number; reason: 'hash' | 'link' | 'unsealed' };

/**
 * Walks the chain in order: each entry must link to the previous hash and hash to its own stored value.
 * An edited, deleted, inserted or reordered row breaks it at that row.
 */
export function verifyAuditChain(rows: readonly ChainedAuditRow[]): ChainVerdict {
  let prev = GENESIS_HASH;
  for (const [index, row] of rows.entries()) {
    if (row.hash === null || row.prevHash === null) return { ok: false, entries: index, brokenAt: row.seq, reason: 'unsealed' };
    if (row.prevHash !== prev) return { ok: false, entries: index, brokenAt: row.seq, reason: 'link' };
    if (hashEntry(prev, canonicalEntry(row)) !== row.hash) return { ok: false, entries: index, brokenAt: row.seq, reason: 'hash' };
    prev = row.hash;
  }
  return { ok: true, entries: rows.length, head: prev };
}
