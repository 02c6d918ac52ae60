import { CARE_OPTIONS, CARE_OPTION_CODES, type CareOptionCode } from '../../schema/care-options.ts';
import { RESOURCE_TYPES, type ResourceType } from '../../schema/resource.ts';
import { getLanguage } from '../i18n/i18n.ts';

// Labels for resource types and care items, in the current language (Japanese names are the domain's own).

const TYPE_EN: Record<ResourceType, string> = {
  'home-nursing': 'Home-visit nursing', consultation: 'Consultation support', 'child-development': 'Child development support',
  'medical-child-development': 'Medical child development support', 'after-school': 'After-school day service',
  'home-based-development': 'Home-based development support', 'short-stay-medical': 'Short stay (medical)',
  'short-stay-welfare': 'Short stay (welfare)', nursery: 'Nursery / kindergarten', 'special-school': 'Special needs school',
  hospital: 'Hospital / home doctor', 'device-supplier': 'Medical device supplier', 'welfare-shelter': 'Welfare shelter', other: 'Other',
};

export const typeLabel = (type: ResourceType) => (getLanguage() === 'en' ? TYPE_EN[type] : RESOURCE_TYPES[type]);
export const careShort = (code: CareOptionCode) => CARE_OPTIONS[code].short;
export const careLabel = (code: CareOptionCode) => CARE_OPTIONS[code].label;
export const careList = (codes: readonly CareOptionCode[]) => codes.map(careShort).join('、');

export const TYPE_OPTIONS = (Object.keys(RESOURCE_TYPES) as ResourceType[]).map((type) => ({ value: type, label: () => typeLabel(type) }));
export const CARE_CHOICES = CARE_OPTION_CODES.map((code) => ({ value: code, label: CARE_OPTIONS[code].short }));
