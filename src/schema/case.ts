import * as z from 'zod';
import { CareSelectionListSchema } from './care-items.ts';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { IsoDateSchema, PhoneSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const LIVING_SITUATIONS = ['home', 'hospital', 'facility'] as const;
export const DEVICE_TYPES = [
  'ventilator', 'oxygen-concentrator', 'suction', 'feeding-pump', 'apd', 'pulse-oximeter',
  'monitor', 'nebulizer', 'cough-assist', 'infusion-pump', 'other',
] as const;
export const DESTINATIONS = ['welfare-shelter', 'hospital', 'home', 'other'] as const;

export const PersonContactSchema = z.object({
  name: ShortTextSchema.min(1, '氏名を入力してください'),
  relation: ShortTextSchema.default(''),
  phone: PhoneSchema.default(''),
});

export const DeviceSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.enum(DEVICE_TYPES),
  maker: ShortTextSchema.default(''),
  model: ShortTextSchema.default(''),
  internalBatteryHours: z.number().min(0).max(1000).default(0),
  externalBatteryHours: z.number().min(0).max(1000).default(0),
  spareBatteries: z.int().min(0).max(100).default(0),
  spareBatteryDates: z.array(IsoDateSchema).max(100).default([]),
  /** Needs mains power to keep the child alive or fed (drives electricityDependent). */
  needsPower: z.boolean().default(true),
});

export const CareTeamMemberSchema = z.object({
  role: z.enum(['doctor', 'home-nurse', 'consultation', 'school', 'day-service', 'short-stay', 'device-supplier', 'helper', 'other']),
  name: ShortTextSchema.min(1, '名称を入力してください'),
  resourceId: z.uuid().nullable().default(null),
  phone: PhoneSchema.default(''),
});

export const EvacuationPlanSchema = z.object({
  helpers: z.array(PersonContactSchema).max(20).default([]),
  transport: ShortTextSchema.default(''),
  destination: z.enum(DESTINATIONS).default('home'),
  destinationName: ShortTextSchema.default(''),
  route: TextSchema.default(''),
  carry: TextSchema.default(''),
  reviewedAt: IsoDateSchema.nullable().default(null),
});

export const ConsentSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['use', 'provide']).default('use'),
  areas: z.array(MunicipalityCodeSchema).max(50).default([]),
  organisations: z.array(ShortTextSchema).max(50).default([]),
  date: IsoDateSchema,
  explainedBy: ShortTextSchema.default(''),
  expiresAt: IsoDateSchema.nullable().default(null),
  withdrawnAt: IsoDateSchema.nullable().default(null),
  documentRef: ShortTextSchema.default(''),
});

/** The editable fields of a case; each top-level field is one unit of merge. */
export const CaseFieldsSchema = z.object({
  name: ShortTextSchema.min(1, '氏名を入力してください'),
  nameKana: ShortTextSchema.min(1, 'ふりがなを入力してください'),
  birthDate: IsoDateSchema,
  sex: z.enum(SEXES).default('unknown'),
  municipalityCode: MunicipalityCodeSchema,
  postcode: z.string().trim().regex(/^(\d{3}-?\d{4})?$/, '郵便番号は 123-4567 の形式で入力してください').default(''),
  address: TextSchema.default(''),
  phone: PhoneSchema.default(''),
  livingSituation: z.enum(LIVING_SITUATIONS).default('home'),
  school: ShortTextSchema.default(''),
  meisId: ShortTextSchema.default(''),
  guardians: z.array(PersonContactSchema).max(20).default([]),
  emergencyContacts: z.array(PersonContactSchema).max(20).default([]),
  careItems: CareSelectionListSchema.default([]),
  diagnoses: z.array(ShortTextSchema).max(50).default([]),
  medications: z.array(ShortTextSchema).max(100).default([]),
  allergies: z.array(ShortTextSchema).max(50).default([]),
  devices: z.array(DeviceSchema).max(30).default([]),
  careTeam: z.array(CareTeamMemberSchema).max(50).default([]),
  evacuationPlan: EvacuationPlanSchema.nullable().default(null),
  consents: z.array(ConsentSchema).max(50).default([]),
  notes: TextSchema.default(''),
});

export const CaseSchema = RecordMetaSchema.extend(CaseFieldsSchema.shape);

export type Case = z.infer<typeof CaseSchema>;
export type CaseFields = z.infer<typeof CaseFieldsSchema>;
export type Device = z.infer<typeof DeviceSchema>;
export type Consent = z.infer<typeof ConsentSchema>;
export type EvacuationPlan = z.infer<typeof EvacuationPlanSchema>;
