import * as z from 'zod';

/** Check digit of a 全国地方公共団体コード: (11 − (6a+5b+4c+3d+2e) mod 11) mod 10. */
export function computeCheckDigit(firstFive: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(firstFive[i]), 0);
  return (11 - (sum % 11)) % 10;
}

export function isValidMunicipalityCode(code: string): boolean {
  return /^\d{6}$/.test(code) && computeCheckDigit(code.slice(0, 5)) === Number(code[5]);
}

// Each check stops the rest, so a person sees the one message that applies.
export const MunicipalityCodeSchema = z
  .string()
  .min(1, { message: '市町村を選択してください', abort: true })
  .regex(/^\d{6}$/, { message: '6桁の全国地方公共団体コードで入力してください', abort: true })
  .refine(isValidMunicipalityCode, '全国地方公共団体コードの検査数字が正しくありません');

export type MunicipalityCode = z.infer<typeof MunicipalityCodeSchema>;
