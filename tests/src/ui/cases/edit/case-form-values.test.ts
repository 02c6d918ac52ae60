import { describe, expect, it } from 'vitest';
import { CaseFieldsSchema } from '../../../../../src/schema/case.ts';
import { EMPTY_FORM, groupFieldErrors, toChanges } from '../../../../../src/ui/cases/edit/case-form-values.ts';

describe('groupFieldErrors', () => {
  it('groups errors by top-level field and keeps Japanese schema messages', () => {
    const grouped = groupFieldErrors(
      [
        { field: 'name', message: '氏名を入力してください' },
        { field: 'municipalityCode', message: '6桁の全国地方公共団体コードで入力してください' },
      ],
      '入力内容が正しくありません',
    );
    expect(grouped).toEqual({
      name: '氏名を入力してください',
      municipalityCode: '6桁の全国地方公共団体コードで入力してください',
    });
  });

  it('replaces library default (English) text with the fallback', () => {
    const grouped = groupFieldErrors([{ field: 'sex', message: 'Invalid option: expected one of ...' }], 'FALLBACK');
    expect(grouped.sex).toBe('FALLBACK');
  });

  it('puts a field-less error on the form', () => {
    expect(groupFieldErrors([{ field: '', message: '重複しています' }], 'x')).toEqual({ _form: '重複しています' });
  });
});

describe('toChanges', () => {
  it('turns an empty form into input the schema refuses with Japanese messages per field', () => {
    const result = CaseFieldsSchema.safeParse(toChanges(EMPTY_FORM));
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((issue) => String(issue.path[0])));
    expect(fields).toEqual(new Set(['name', 'nameKana', 'birthDate', 'municipalityCode']));
  });

  it('turns a filled form into a valid case', () => {
    const values = { ...EMPTY_FORM, name: '架空 花子', nameKana: 'かくう はなこ', birthDate: '2019-05-01', municipalityCode: '142018' };
    expect(CaseFieldsSchema.safeParse(toChanges(values)).success).toBe(true);
  });
});
