import { describe, expect, it } from 'vitest';
import { findPlausibilityWarnings } from '../../../src/domain/plausibility.ts';

const today = '2026-11-26';
const base = { birthDate: '2018-04-01', careItems: [] as { option: string }[], devices: [] as { type: string }[] };

describe('findPlausibilityWarnings', () => {
  it('warns of an age over 20 and gives the age', () => {
    expect(findPlausibilityWarnings({ ...base, birthDate: '1990-05-01' }, today)).toEqual([{ kind: 'age', age: 36 }]);
  });

  it('accepts 18 to 20 (still counted while in high school) without a warning', () => {
    expect(findPlausibilityWarnings({ ...base, birthDate: '2007-11-26' }, today)).toEqual([]);
    expect(findPlausibilityWarnings({ ...base, birthDate: '2006-11-27' }, today)).toEqual([]);
  });

  it('warns of a device whose care item is missing, once per device type', () => {
    const devices = [{ type: 'ventilator' }, { type: 'ventilator' }, { type: 'feeding-pump' }, { type: 'pulse-oximeter' }];
    expect(findPlausibilityWarnings({ ...base, devices }, today)).toEqual([
      { kind: 'device-without-care', deviceType: 'ventilator', option: 'ventilator' },
      { kind: 'device-without-care', deviceType: 'feeding-pump', option: 'tube-pump' },
    ]);
  });

  it('is quiet when each device has its care item', () => {
    const devices = [{ type: 'ventilator' }, { type: 'oxygen-concentrator' }, { type: 'suction' }, { type: 'feeding-pump' }];
    const careItems = [{ option: 'ventilator' }, { option: 'oxygen' }, { option: 'suction' }, { option: 'tube-pump' }];
    expect(findPlausibilityWarnings({ ...base, devices, careItems }, today)).toEqual([]);
  });

  it('ignores a birth date not yet valid (the schema reports it)', () => {
    expect(findPlausibilityWarnings({ ...base, birthDate: '' }, today)).toEqual([]);
  });
});
