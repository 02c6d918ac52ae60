import type { CareItemNumber, CareOptionCode, SpecifiedAct } from '../../schema/care-options.ts';
import type { ServiceNeed } from '../../domain/service-needs.ts';

// English names for the care reference data, kept out of the zod-free schema so only the screens that show
// care items (resources, matching, statistics) carry them. Bilingual staff read the Japanese term beside it.

export const CARE_SHORT_EN: Record<CareOptionCode, string> = {
  ventilator: 'Ventilator', tracheostomy: 'Tracheostomy', airway: 'Nasal airway', oxygen: 'Oxygen', suction: 'Suction',
  nebulizer: 'Nebuliser', 'tube-gastric': 'Tube feeding (gastric)', 'tube-intestinal': 'Tube feeding (intestinal)',
  'tube-pump': 'Feeding pump', cvc: 'Central venous catheter', 'injection-sc': 'Subcutaneous injection',
  'injection-pump': 'Subcutaneous infusion pump', glucose: 'Blood glucose', dialysis: 'Dialysis',
  'catheter-intermittent': 'Intermittent catheterisation', 'catheter-continuous': 'Indwelling catheter', stoma: 'Stoma',
  disimpaction: 'Manual disimpaction', enema: 'Enema', seizure: 'Seizure care',
};

export const CARE_ITEM_EN: Record<CareItemNumber, string> = {
  1: 'Ventilator management', 2: 'Tracheostomy care', 3: 'Nasopharyngeal airway', 4: 'Oxygen therapy', 5: 'Suction',
  6: 'Nebuliser', 7: 'Tube feeding', 8: 'Central venous catheter', 9: 'Other injections', 10: 'Blood glucose checks',
  11: 'Continuous dialysis', 12: 'Urinary catheterisation', 13: 'Bowel care', 14: 'Seizure care',
};

/** The 内訳 under a care option (codes are unique across options). */
export const CARE_DETAIL_EN: Record<string, string> = {
  oral: 'Oral', nasal: 'Nasal', tracheal: 'Tracheostomy tube', nasogastric: 'Nasogastric tube', gastrostomy: 'Gastrostomy',
  nasointestinal: 'Nasointestinal tube', transgastric: 'Gastrojejunal tube', jejunostomy: 'Jejunostomy', esophagostomy: 'Oesophagostomy',
};

export const SPECIFIED_ACT_EN: Record<SpecifiedAct, string> = {
  'oral-suction': 'Oral suction', 'nasal-suction': 'Nasal suction', 'tracheal-suction': 'Tracheostomy tube suction',
  'nasogastric-feeding': 'Nasogastric tube feeding', 'gastrostomy-feeding': 'Gastrostomy or jejunostomy tube feeding',
};

export const SERVICE_NEED_EN: Record<ServiceNeed, string> = {
  'short-stay': 'Short stay', 'home-nursing': 'Home-visit nursing', 'day-development': 'Child development support',
  'after-school': 'After-school day service', consultation: 'Consultation support', nursery: 'Nursery / kindergarten',
  school: 'Special needs school', doctor: 'Hospital / home doctor', 'device-supplier': 'Medical device supplier',
  shelter: 'Welfare shelter',
};

/** "English (日本語)": the English UI is for bilingual staff, so the domain term stays beside it. */
export const bilingual = (english: string, japanese: string) => `${english} (${japanese})`;
