import { CARE_OPTIONS, CARE_OPTION_CODES, type CareOptionCode } from '../../schema/care-options.ts';
import { RESOURCE_TYPES, type ResourceType } from '../../schema/resource.ts';
import { SERVICE_NEEDS, type ServiceNeed } from '../../domain/service-needs.ts';
import { bilingual, CARE_SHORT_EN, SERVICE_NEED_EN } from '../format/care-labels-en.ts';
import { getLanguage } from '../i18n/i18n.ts';

// Labels for resource types and care items, in the current language (Japanese names are the domain's own).

const TYPE_EN: Record<ResourceType, string> = {
  'home-nursing': 'Home-visit nursing', consultation: 'Consultation support', 'child-development': 'Child development support',
  'medical-child-development': 'Medical child development support', 'after-school': 'After-school day service',
  'home-based-development': 'Home-based development support', 'short-stay-medical': 'Short stay (medical)',
  'short-stay-welfare': 'Short stay (welfare)', nursery: 'Nursery / kindergarten', 'special-school': 'Special needs school',
  hospital: 'Hospital / home doctor', 'device-supplier': 'Medical device supplier', 'welfare-shelter': 'Welfare shelter', other: 'Other',
};

export const typeLabel = (type: ResourceType) => (getLanguage() === 'en' ? bilingual(TYPE_EN[type], RESOURCE_TYPES[type]) : RESOURCE_TYPES[type]);
const isEnglish = () => getLanguage() === 'en';
export const careShort = (code: CareOptionCode) => (isEnglish() ? bilingual(CARE_SHORT_EN[code], CARE_OPTIONS[code].short) : CARE_OPTIONS[code].short);
export const careLabel = (code: CareOptionCode) => (isEnglish() ? bilingual(CARE_SHORT_EN[code], CARE_OPTIONS[code].label) : CARE_OPTIONS[code].label);
export const serviceNeedLabel = (need: ServiceNeed) => (isEnglish() ? bilingual(SERVICE_NEED_EN[need], SERVICE_NEEDS[need].label) : SERVICE_NEEDS[need].label);
/** Care tags in the care-score table's order (as the filter lists them), whatever order they were stored in. */
export const careList = (codes: readonly CareOptionCode[]) =>
  CARE_OPTION_CODES.filter((code) => codes.includes(code)).map(careShort).join(isEnglish() ? ', ' : '、');

export const TYPE_OPTIONS = (Object.keys(RESOURCE_TYPES) as ResourceType[]).map((type) => ({ value: type, label: () => typeLabel(type) }));
// A getter, so a list built once still reads in the language chosen later.
export const CARE_CHOICES = CARE_OPTION_CODES.map((code) => ({ value: code, get label() { return careShort(code); } }));
