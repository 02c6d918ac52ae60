import * as z from 'zod';
import { CareSelectionListSchema } from './care-items.ts';
import { batteryHoursSchema, BirthDateSchema, PowerStepSchema, SiblingSchema } from './case-parts.ts';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { IsoDateSchema, PhoneSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const LIVING_SITUATIONS = ['home', 'hospital', 'facility'] as const;
export const DEVICE_TYPES = [
  'ventilator', 'oxygen-concentrator', 'suction', 'feeding-pump', 'apd', 'pulse-oximeter',
  'monitor', 'nebulizer', 'cough-assist', 'infusion-pump', 'other',
] as const;
export const DESTINATIONS = ['welfare-shelter', 'hospital', 'home', 'other'] as const;
export const CARE_TEAM_ROLES = [
  'doctor', 'hospital', 'home-nurse', 'consultation', 'school', 'day-service', 'short-stay', 'device-supplier', 'helper', 'other',
] as const;

export const PersonContactSchema = z.object({
  name: ShortTextSchema.min(1, '氏名を入力してください'),
  relation: ShortTextSchema.default(''),
  phone: PhoneSchema.default(''),
});

export const DeviceSchema = z.object({
  id: z.string().min(1).max(64),
  type: z.enum(DEVICE_TYPES, { error: '機器の種類を選んでください' }),
  maker: ShortTextSchema.default(''),
  model: ShortTextSchema.default(''),
  internalBatteryHours: batteryHoursSchema().default(0),
  externalBatteryHours: batteryHoursSchema().default(0),
  spareBatteries: z.int({ error: '整数で入力してください' }).min(0, '0以上で入力してください').max(100, '100以下で入力してください').default(0),
  spareBatteryDates: z.array(IsoDateSchema).max(100).default([]),
  /**
   * 酸素ボンベ: hours the oxygen cylinders at home last (an oxygen concentrator's backup in a power cut; 0 for other
   * devices). Records written before it was kept lack it (read as 0).
   */
  cylinderHours: batteryHoursSchema().default(0),
  /** Needs mains power to keep the child alive or fed (drives electricityDependent). */
  needsPower: z.boolean().default(true),
});

export const CareTeamMemberSchema = z.object({
  role: z.enum(CARE_TEAM_ROLES, { error: '役割を選んでください' }),
  name: ShortTextSchema.min(1, '名称を入力してください'),
  resourceId: z.uuid().nullable().default(null),
  phone: PhoneSchema.default(''),
});

export const EvacuationPlanSchema = z.object({
  helpers: z.array(PersonContactSchema).max(20).default([]),
  transport: ShortTextSchema.default(''),
  destination: z.enum(DESTINATIONS, { error: '避難先の種類を選んでください' }).default('home'),
  destinationName: ShortTextSchema.default(''),
  route: TextSchema.default(''),
  carry: TextSchema.default(''),
  reviewedAt: IsoDateSchema.nullable().default(null),
});

export const ConsentSchema = z
  .object({
  id: z.string().min(1).max(64),
  kind: z.enum(['use', 'provide']).default('use'),
  areas: z.array(MunicipalityCodeSchema).max(50).default([]),
  organisations: z.array(ShortTextSchema).max(50).default([]),
  date: IsoDateSchema,
  explainedBy: ShortTextSchema.default(''),
  expiresAt: IsoDateSchema.nullable().default(null),
  withdrawnAt: IsoDateSchema.nullable().default(null),
  documentRef: ShortTextSchema.default(''),
  })
  .refine((c) => !c.expiresAt || c.expiresAt >= c.date, { message: '有効期限は同意日より後にしてください', path: ['expiresAt'] })
  .refine((c) => !c.withdrawnAt || c.withdrawnAt >= c.date, { message: '撤回日は同意日より後にしてください', path: ['withdrawnAt'] });

/** The editable fields of a case; each top-level field is one unit of merge. */
export const CaseFieldsSchema = z.object({
  name: ShortTextSchema.min(1, '氏名を入力してください'),
  nameKana: ShortTextSchema.min(1, 'ふりがなを入力してください'),
  birthDate: BirthDateSchema,
  sex: z.enum(SEXES, { error: '性別を選んでください' }).default('unknown'),
  municipalityCode: MunicipalityCodeSchema,
  postcode: z.string().trim().regex(/^(\d{3}-?\d{4})?$/, '郵便番号は 123-4567 の形式で入力してください').default(''),
  address: TextSchema.default(''),
  phone: PhoneSchema.default(''),
  livingSituation: z.enum(LIVING_SITUATIONS, { error: '生活の場を選んでください' }).default('home'),
  school: ShortTextSchema.default(''),
  meisId: ShortTextSchema.default(''),
  guardians: z.array(PersonContactSchema).max(20).default([]),
  /** Siblings (きょうだい児) and what support they need. */
  siblings: z.array(SiblingSchema).max(20).default([]),
  /** In the order to call them. */
  emergencyContacts: z.array(PersonContactSchema).max(20).default([]),
  careItems: CareSelectionListSchema.default([]),
  diagnoses: z.array(ShortTextSchema).max(50).default([]),
  medications: z.array(ShortTextSchema).max(100).default([]),
  allergies: z.array(ShortTextSchema).max(50).default([]),
  devices: z.array(DeviceSchema).max(30).default([]),
  /** External battery → storage battery → car → generator, as this family has them. */
  powerPlan: z.array(PowerStepSchema).max(10).default([]),
  /** 蘇生バッグ at home: the ventilator's fallback when every battery is gone. */
  hasResuscitationBag: z.boolean().default(false),
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
export type CareTeamMember = z.infer<typeof CareTeamMemberSchema>;
export type PersonContact = z.infer<typeof PersonContactSchema>;
export type EvacuationPlan = z.infer<typeof EvacuationPlanSchema>;
