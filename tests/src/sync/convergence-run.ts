import { expect } from 'vitest';
import { getCase } from '../../../src/db/cases.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import type { SimTablet } from './sim-tablet.ts';
import { canonical, FIELDS, type Field } from './convergence-model.ts';

// The state one convergence run keeps about its tablets, and the checks made on it.

/** A value a tablet wrote, and which values of that field the tablet knew (value → last step seen) when writing. */
export type Write = { step: number; tablet: number; caseId: string; field: Field; value: unknown; knew: Map<string, number> };

export type Run = {
  tablets: SimTablet[];
  caseIds: string[];
  visitIds: string[];
  writes: Write[];
  /** seen[tablet] maps `caseId/field` to every value the tablet's record showed, with the last step it did. */
  seen: Map<string, Map<string, number>>[];
};

/** Notes every field value each tablet's records show now. */
export async function observe(run: Run, step: number): Promise<void> {
  for (const [i, tablet] of run.tablets.entries()) {
    for (const record of await Promise.all(run.caseIds.map((id) => getCase(tablet.db, id)))) {
      if (!record) continue;
      for (const field of FIELDS) {
        const key = `${record.id}/${field}`;
        const values = run.seen[i]!.get(key) ?? new Map<string, number>();
        values.set(canonical(record[field]), step);
        run.seen[i]!.set(key, values);
      }
    }
  }
}

/** Rebase: whatever a tablet has not yet had accepted shows on its record, whatever it pulled meanwhile. */
export async function checkUnsentOnTop(run: Run): Promise<void> {
  for (const tablet of run.tablets) {
    const unsent = (await listOutbox(tablet.db)).filter((e) => e.collection === 'cases');
    const expected = new Map<string, Record<string, unknown>>();
    for (const entry of unsent) expected.set(entry.recordId, { ...expected.get(entry.recordId), ...entry.fields });
    for (const [id, fields] of expected) {
      const record = (await getCase(tablet.db, id)) as Record<string, unknown> | undefined;
      const shown = Object.fromEntries(Object.keys(fields).map((key) => [key, record?.[key]]));
      expect(canonical(shown)).toBe(canonical(fields));
    }
  }
}

export function knownValues(run: Run, tablet: number, caseId: string, field: Field): Map<string, number> {
  return new Map(run.seen[tablet]!.get(`${caseId}/${field}`) ?? []);
}

/**
 * Writes whose value is gone: not current, not kept in a conflict, and not replaced on purpose, that is by a
 * later write of the field from a tablet that had this value on screen (its own earlier edit included).
 * Values, not keystrokes, are what must survive: when two tablets wrote the same value, one accounted-for
 * write of it accounts for both (the server takes an equal write as no change, see `decideField`).
 */
export function findLostWrites(run: Run, latest: Map<string, Record<string, unknown>>, conflicts: readonly Record<string, unknown>[]): Write[] {
  const isAccounted = (write: Write) => {
    const wrote = canonical(write.value);
    const isCurrent = canonical(latest.get(`cases/${write.caseId}`)?.[write.field]) === wrote;
    const isKept = conflicts.some((c) => c.recordId === write.caseId && c.field === write.field &&
      (canonical(c.keptValue) === wrote || canonical(c.winningValue) === wrote));
    const isReplacedKnowingly = run.writes.some((later) => later.step > write.step && later.caseId === write.caseId &&
      later.field === write.field && canonical(later.value) !== wrote && (later.knew.get(wrote) ?? -1) >= write.step);
    return isCurrent || isKept || isReplacedKnowingly;
  };
  const accounted = new Set(run.writes.filter(isAccounted).map((w) => `${w.caseId}/${w.field}/${canonical(w.value)}`));
  return run.writes.filter((w) => !accounted.has(`${w.caseId}/${w.field}/${canonical(w.value)}`));
}

export const sortById = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
