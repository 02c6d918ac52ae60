import { describe, expect, it } from 'vitest';
import { findPinChangeProblem } from '../../../../src/ui/lock/pin-change-check.ts';

// 設定 › PINの変更: what the form says before it tries the current PIN.

describe('findPinChangeProblem', () => {
  it('asks for an empty field by name instead of calling the current PIN wrong', () => {
    expect(findPinChangeProblem({ current: '', new: '', again: '' })).toEqual({ field: 'current', message: '現在のPINを入力してください' });
    expect(findPinChangeProblem({ current: '428571', new: '', again: '' })).toEqual({ field: 'new', message: '新しいPINを入力してください' });
    expect(findPinChangeProblem({ current: '428571', new: '739264', again: '' }))
      .toEqual({ field: 'again', message: '確認のため、新しいPINをもう一度入力してください' });
  });

  it('still refuses a weak, mismatched or unchanged PIN, and passes a good one', () => {
    expect(findPinChangeProblem({ current: '428571', new: '111111', again: '111111' })?.field).toBe('new');
    expect(findPinChangeProblem({ current: '428571', new: '739264', again: '739265' })?.field).toBe('again');
    expect(findPinChangeProblem({ current: '428571', new: '428571', again: '428571' })?.message).toBe('新しいPINが現在のPINと同じです');
    expect(findPinChangeProblem({ current: '428571', new: '739264', again: '739264' })).toBeNull();
  });
});
