import {
  CARE_ITEM_LABELS, CARE_OPTIONS, SPECIFIED_ACTS, type CareItemNumber, type CareOptionCode, type SpecifiedAct,
} from '../../schema/care-options.ts';
import { getLanguage, loadWithEnglish, type Language } from '../i18n/i18n.ts';

// The English names load with the English catalogue (~0.8 KB off the first page of a Japanese tablet); until
// then a name reads in Japanese.
let english: typeof import('./care-labels-en.ts') | undefined;

export async function loadEnglishCareNames(): Promise<void> {
  english ??= await import('./care-labels-en.ts');
}
loadWithEnglish(loadEnglishCareNames);

// Care names that follow the language. Chips, 内訳 and 特定行為 are short, so English shows the English alone;
// the full option labels stay "English (日本語)" (bilingual) where they are written out.

/** A care option's chip: 酸素 or Oxygen. */
export const careChip = (code: CareOptionCode, language: Language = getLanguage()): string =>
  (language === 'en' && english ? english.CARE_SHORT_EN[code] : CARE_OPTIONS[code]?.short) ?? code;

/** One of the 14 items, as the list's filter offers it: 人工呼吸器の管理 or Ventilator management (人工呼吸器の管理). */
export const careItemName = (item: CareItemNumber, language: Language = getLanguage()): string =>
  language === 'en' && english ? english.bilingual(english.CARE_ITEM_EN[item], CARE_ITEM_LABELS[item]) : CARE_ITEM_LABELS[item];

/** Several chips in a line: 呼吸器・気切・吸引 or Ventilator, Tracheostomy, Suction. */
export const careChips = (codes: readonly CareOptionCode[], language: Language = getLanguage()): string =>
  codes.map((code) => careChip(code, language)).join(language === 'en' ? ', ' : '・');

/** One 内訳 of a care option: 口腔内 or Oral (the code itself when unknown). */
export function careDetail(code: CareOptionCode, detail: string, language: Language = getLanguage()): string {
  const option = CARE_OPTIONS[code];
  const details: readonly { code: string; label: string }[] = option && 'details' in option ? option.details : [];
  const japanese = details.find((d) => d.code === detail)?.label ?? detail;
  return language === 'en' && english ? (english.CARE_DETAIL_EN[detail] ?? japanese) : japanese;
}

/** 特定行為 as a list: 口腔内吸引、気管カニューレ内吸引 or Oral suction, Tracheostomy tube suction. */
export const specifiedActs = (acts: readonly SpecifiedAct[], language: Language = getLanguage()): string =>
  acts.map((act) => (language === 'en' && english ? english.SPECIFIED_ACT_EN[act] : SPECIFIED_ACTS[act])).join(language === 'en' ? ', ' : '、');
