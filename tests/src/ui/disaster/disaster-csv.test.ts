import { describe, expect, it } from 'vitest';
import { toDisasterCase } from '../../../../src/domain/disaster-access.ts';
import { toDisasterRow } from '../../../../src/domain/disaster-row.ts';
import { latestChecks, latestNotes } from '../../../../src/domain/safety-status.ts';
import { triageCases } from '../../../../src/domain/triage.ts';
import { SafetyCheckSchema } from '../../../../src/schema/safety-check.ts';
import { buildDisasterCsv } from '../../../../src/ui/disaster/disaster-csv.ts';
import { makeCase } from '../../../fixtures/records.ts';

const EVENT = 'event-1';
const check = (caseId: string, at: string, note: string) =>
  SafetyCheckSchema.parse({ id: crypto.randomUUID(), rev: 0, deleted: false, updatedAt: at, caseId, eventId: EVENT, status: 'unreachable', at, by: '山田', note });

describe('buildDisasterCsv', () => {
  it('writes the latest note of each family in the メモ column and leaves 確認 and 時刻 for pen', () => {
    const child = toDisasterCase(makeCase({ name: '試験 花子', nameKana: 'しけん はなこ' }));
    const records = new Map([[child.id, child]]);
    const list = triageCases([toDisasterRow(child)], '2026-09-01T06:00:00+09:00', new Date('2026-09-01T10:00:00+09:00'), '2026-09-01');
    const checks = [check(child.id, '2026-09-01T07:00:00+09:00', '留守電に伝言')];
    const lines = buildDisasterCsv(list, records, latestChecks(checks, EVENT), latestNotes(checks, EVENT)).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(-3)).toEqual(['確認（○）', '時刻', 'メモ']);
    const cells = lines[1]!.split(',');
    expect(cells.slice(-3, -1)).toEqual(['', '']);
    expect(cells.at(-1)).toContain('留守電に伝言');
  });

  it('names the helpers and the destination in their shared cell, so 自宅 does not read as a phone label', () => {
    const base = makeCase({ name: '試験 次郎', nameKana: 'しけん じろう' });
    const child = toDisasterCase({
      ...base,
      evacuationPlan: { ...base.evacuationPlan!, destination: 'home', destinationName: '', helpers: [{ name: '架空 一郎', relation: '近所', phone: '090-0000-4088' }] },
    });
    const list = triageCases([toDisasterRow(child)], '2026-09-01T06:00:00+09:00', new Date('2026-09-01T10:00:00+09:00'), '2026-09-01');
    const lines = buildDisasterCsv(list, new Map([[child.id, child]]), new Map(), new Map()).trimEnd().split('\r\n');
    expect(lines[1]).toContain('支援者: 架空 一郎 090-0000-4088 ／ 避難先: 自宅');
  });
});
