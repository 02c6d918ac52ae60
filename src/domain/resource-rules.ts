import type { Resource } from '../schema/resource.ts';
import { todayIso } from './dates.ts';

export type ResourceFields = Omit<Resource, 'id' | 'rev' | 'deleted' | 'updatedAt'>;

/**
 * Rules across fields that the field schema cannot hold without losing `.shape` (the sync path extends it):
 * checked by the editor and the CSV import, before anything is written. `today` bounds the vacancy check date:
 * a typo such as 2062 would otherwise rank the resource as 「今日確認」 for years.
 */
export function checkResourceRules(fields: ResourceFields, today = todayIso()): { field: keyof ResourceFields; message: string }[] {
  const problems: { field: keyof ResourceFields; message: string }[] = [];
  if (fields.ageMin > fields.ageMax) problems.push({ field: 'ageMax', message: '対象年齢の上限が下限より小さくなっています' });
  if (fields.capacity > 0 && fields.vacancy > fields.capacity) problems.push({ field: 'vacancy', message: '空きが定員を超えています' });
  if (fields.vacancyConfirmedAt && fields.vacancyConfirmedAt > today) {
    problems.push({ field: 'vacancyConfirmedAt', message: '空きの確認日が今日より後になっています' });
  }
  const unknown = fields.nurseOnlyItems.filter((item) => !fields.acceptsCareItems.includes(item));
  if (unknown.length > 0) problems.push({ field: 'nurseOnlyItems', message: '看護師のみ対応のケアは、受入可能な医療的ケアにも含めてください' });
  return problems;
}
