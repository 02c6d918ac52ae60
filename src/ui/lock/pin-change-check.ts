import { isPinShapeValid } from '../../db/vault.ts';
import { tLock } from './lock-messages.ts';
import { tSettings } from './settings-messages.ts';

export type PinChangeValues = { current: string; new: string; again: string };
export type PinChangeProblem = { field: 'current' | 'new' | 'again'; message: string };

/**
 * What is wrong with the PIN change form before any try is made: an empty field asks for it by name (an empty
 * current PIN read 「現在のPINが違います」, as though a try had been counted).
 */
export function findPinChangeProblem(values: PinChangeValues): PinChangeProblem | null {
  if (values.current === '') return { field: 'current', message: tSettings('pinchange.currentEmpty') };
  if (values.new === '') return { field: 'new', message: tSettings('pinchange.newEmpty') };
  if (!isPinShapeValid(values.new)) return { field: 'new', message: tLock('pin.badShape') };
  if (values.again === '') return { field: 'again', message: tSettings('pinchange.againEmpty') };
  if (values.new !== values.again) return { field: 'again', message: tLock('pin.mismatch') };
  if (values.new === values.current) return { field: 'new', message: tSettings('pinchange.same') };
  return null;
}
