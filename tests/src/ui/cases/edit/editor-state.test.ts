import { describe, expect, it } from 'vitest';
import { CaseFieldsSchema } from '../../../../../src/schema/case.ts';
import {
  fromDraft, toEditorChanges, toEditorState, toErrorMap, type EditorState,
} from '../../../../../src/ui/cases/edit/editor-state.ts';
import { makeCase } from '../../../../fixtures/records.ts';

describe('toEditorChanges', () => {
  it('saves only the touched fields of an existing case, so a sync that arrived meanwhile is not overwritten', () => {
    const state = toEditorState(makeCase({ medications: ['バルプロ酸'] }));
    const edited: EditorState = { ...state, basic: { ...state.basic, phone: '046-000-0000' }, touched: ['phone'] };
    expect(toEditorChanges(edited, false)).toEqual({ phone: '046-000-0000' });
  });

  it('saves every field of a new case, dropping blank lines from the line lists', () => {
    const state = toEditorState(null);
    const filled: EditorState = {
      ...state,
      basic: { ...state.basic, name: '架空 花子', nameKana: 'かくう はなこ', birthDate: '2019-05-01', municipalityCode: '142018' },
      record: { ...state.record, diagnoses: ['脳性麻痺', '', ' てんかん '] },
    };
    const changes = toEditorChanges(filled, true);
    expect(changes.diagnoses).toEqual(['脳性麻痺', 'てんかん']);
    expect(CaseFieldsSchema.safeParse(changes).success).toBe(true);
  });
});

describe('fromDraft', () => {
  it('lays a stored draft over the record and ignores fields of the wrong type or unknown names', () => {
    const base = toEditorState(makeCase());
    const restored = fromDraft(
      { basic: { name: '下書きの名前', bogus: 'x' }, record: { devices: 'not a list', hasResuscitationBag: true }, touched: ['name', 'bogus', 'hasResuscitationBag'] },
      base,
    );
    expect(restored.basic.name).toBe('下書きの名前');
    expect(restored.record.devices).toEqual(base.record.devices);
    expect(restored.record.hasResuscitationBag).toBe(true);
    expect(restored.touched).toEqual(['name', 'hasResuscitationBag']);
  });
});

describe('toErrorMap', () => {
  it('keys messages by full path and replaces English library text', () => {
    expect(toErrorMap([
      { field: 'devices.0.internalBatteryHours', message: '0以上で入力してください' },
      { field: 'sex', message: 'Invalid option' },
    ], '入力内容が正しくありません')).toEqual({
      'devices.0.internalBatteryHours': '0以上で入力してください',
      sex: '入力内容が正しくありません',
    });
  });
});
