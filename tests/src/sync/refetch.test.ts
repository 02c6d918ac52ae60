import { describe, expect, it } from 'vitest';
import { createCase, getCase, saveCase } from '../../../src/db/cases.ts';
import { getRefetch } from '../../../src/db/refetch-state.ts';
import { discardChange } from '../../../src/db/discard-change.ts';
import { listRejected } from '../../../src/db/outbox.ts';
import { listAreaRows } from '../../../src/db/disaster-rows.ts';
import { makeCaseFields, MIURA, YOKOSUKA } from '../../server/fixtures.ts';
import { useLoopbackTablets } from './loopback-tablets.ts';

// 破棄 of a refused change: the record goes back to what the server has (QA: the refused value stayed on the
// tablet for good, with nothing unsent).

const loopback = useLoopbackTablets();

describe('a discarded refused change', () => {
  it('gives the record back the server’s value at the next sync, and its list row its area', async () => {
    const tablet = await loopback.openTablet('yokosuka');
    const id = await createCase(tablet.db, makeCaseFields({ municipalityCode: YOKOSUKA, notes: '最初のメモ' }));
    expect((await tablet.sync()).state).toBe('idle');
    // Moving a case out of the coordinator's areas is refused by the server.
    await saveCase(tablet.db, id, { municipalityCode: MIURA });
    await tablet.sync();
    const [refused] = await listRejected(tablet.db);
    expect(refused).toMatchObject({ recordId: id, error: { code: 'forbidden' } });

    await discardChange(tablet.db, refused!.seq!);
    expect(await getRefetch(tablet.db)).toEqual([{ collection: 'cases', id }]);
    expect((await getCase(tablet.db, id))?.municipalityCode).toBe(MIURA);
    expect((await tablet.sync()).state).toBe('idle');

    expect(await getCase(tablet.db, id)).toMatchObject({ municipalityCode: YOKOSUKA, notes: '最初のメモ' });
    expect((await listRejected(tablet.db)).length).toBe(0);
    expect((await listAreaRows(tablet.db, YOKOSUKA)).map((row) => row.id)).toContain(id);
    expect((await listAreaRows(tablet.db, MIURA)).map((row) => row.id)).not.toContain(id);
    expect(await getRefetch(tablet.db)).toEqual([]);
  });

  it('takes a refused new record off the tablet: the server never had it', async () => {
    const tablet = await loopback.openTablet('yokosuka');
    const id = await createCase(tablet.db, makeCaseFields({ municipalityCode: MIURA }));
    await tablet.sync();
    const [refused] = await listRejected(tablet.db);
    expect(refused).toMatchObject({ recordId: id });

    await discardChange(tablet.db, refused!.seq!);
    expect((await tablet.sync()).state).toBe('idle');
    expect(await getCase(tablet.db, id)).toBeUndefined();
    expect((await listAreaRows(tablet.db, MIURA)).map((row) => row.id)).not.toContain(id);
  });
});
