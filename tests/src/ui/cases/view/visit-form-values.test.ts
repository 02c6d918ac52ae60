import { describe, expect, it } from 'vitest';
import { VisitFieldsSchema } from '../../../../../src/schema/visit.ts';
import { emptyVisitForm, toVisitFields, toVisitForm } from '../../../../../src/ui/cases/view/visit-form-values.ts';
import { makeVisit } from '../../../../fixtures/records.ts';

describe('visit form values', () => {
  it('turns the form into valid visit fields, needs one per line', () => {
    const values = { ...emptyVisitForm(new Date('2026-05-01T01:00:00Z')), note: '訪問した。', needs: '短期入所先\n\n 通学支援 ' };
    const fields = toVisitFields(values);
    expect(fields.needs).toEqual(['短期入所先', '通学支援']);
    expect(VisitFieldsSchema.safeParse({ caseId: crypto.randomUUID(), ...fields }).success).toBe(true);
  });

  it('round-trips a stored visit through the form', () => {
    const visit = makeVisit({ caseId: crypto.randomUUID(), needs: ['a', 'b'] });
    const back = toVisitFields(toVisitForm(visit));
    expect(new Date(back.at).getTime()).toBe(new Date(visit.at).getTime());
    expect(back.needs).toEqual(['a', 'b']);
  });

  it('passes an unreadable date on as typed, so the schema names it', () => {
    const fields = toVisitFields({ ...emptyVisitForm(), note: 'x', localAt: '' });
    expect(VisitFieldsSchema.safeParse({ caseId: crypto.randomUUID(), ...fields }).error?.issues[0]?.path).toEqual(['at']);
  });
});
