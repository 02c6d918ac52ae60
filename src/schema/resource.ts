import * as z from 'zod';
import { CARE_OPTION_CODES } from './care-options.ts';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { IsoDateSchema, PhoneSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

export const RESOURCE_TYPES = {
  'home-nursing': '訪問看護ステーション',
  consultation: '相談支援事業所',
  'child-development': '児童発達支援',
  'medical-child-development': '医療型児童発達支援',
  'after-school': '放課後等デイサービス',
  'home-based-development': '居宅訪問型児童発達支援',
  'short-stay-medical': '短期入所（医療型）',
  'short-stay-welfare': '短期入所（福祉型）',
  nursery: '保育所・幼稚園',
  'special-school': '特別支援学校',
  hospital: '病院・在宅医',
  'device-supplier': '医療機器業者',
  'welfare-shelter': '福祉避難所',
  other: 'その他',
} as const;
export type ResourceType = keyof typeof RESOURCE_TYPES;
const RESOURCE_TYPE_CODES = Object.keys(RESOURCE_TYPES) as [ResourceType, ...ResourceType[]];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'holiday'] as const;

export const ResourceFieldsSchema = z.object({
  name: ShortTextSchema.min(1, '名称を入力してください'),
  type: z.enum(RESOURCE_TYPE_CODES),
  municipalityCode: MunicipalityCodeSchema,
  model: z.enum(['medical', 'welfare']).default('welfare'),
  acceptsCareItems: z.array(z.enum(CARE_OPTION_CODES)).default([]),
  nurseOnlyItems: z.array(z.enum(CARE_OPTION_CODES)).default([]),
  ageMin: z.number().min(0).max(30).default(0),
  ageMax: z.number().min(0).max(99).default(18),
  capacity: z.int().min(0).max(10000).default(0),
  vacancy: z.int().min(0).max(10000).default(0),
  vacancyConfirmedAt: IsoDateSchema.nullable().default(null),
  days: z.array(z.enum(WEEKDAYS)).default([]),
  hours: ShortTextSchema.default(''),
  serviceArea: z.array(MunicipalityCodeSchema).max(100).default([]),
  pickUp: z.boolean().default(false),
  address: TextSchema.default(''),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lng: z.number().min(-180).max(180).nullable().default(null),
  phone: PhoneSchema.default(''),
  contactName: ShortTextSchema.default(''),
  notes: TextSchema.default(''),
});

export const ResourceSchema = RecordMetaSchema.extend(ResourceFieldsSchema.shape);
export type Resource = z.infer<typeof ResourceSchema>;
