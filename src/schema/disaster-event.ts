import * as z from 'zod';
import { CaseSchema, CareTeamMemberSchema } from './case.ts';
import { MunicipalityCodeSchema } from './municipality-code.ts';
import { IsoDateTimeSchema, RecordMetaSchema, ShortTextSchema, TextSchema } from './record-meta.ts';
import { SafetyCheckSchema } from './safety-check.ts';

export const DISASTER_TYPES = ['earthquake', 'typhoon', 'heavy-rain', 'power-outage', 'other'] as const;
export type DisasterType = (typeof DISASTER_TYPES)[number];

/**
 * A disaster event (地震・台風・大雨・停電 …). Anyone who may write records starts one, offline too; only an
 * administrator declares it (`declaredBy`, `declaredAt`, `responders`), and only a declared event that has not
 * ended widens read access to the disaster fields of the affected areas' cases for the named responders
 * (災害対策基本法 art. 49-11: 名簿情報 used for 安否確認 without consent during a disaster).
 */
export const DisasterEventFieldsSchema = z.object({
  type: z.enum(DISASTER_TYPES, { error: '災害の種類を選んでください' }),
  title: ShortTextSchema.default(''),
  /** When mains power failed: the battery runway counts from here. */
  outageStartedAt: IsoDateTimeSchema,
  /** Affected municipality codes. */
  areas: z.array(MunicipalityCodeSchema).min(1, '対象の市町村を選んでください').max(50),
  startedBy: ShortTextSchema.default(''),
  /** The declaring administrator's user id; null while the event is only recorded. */
  declaredBy: z.string().min(1).max(64).nullable().default(null),
  declaredAt: IsoDateTimeSchema.nullable().default(null),
  /** User ids of the responders whose read access is widened while the declared event lasts. */
  responders: z.array(z.string().min(1).max(64)).max(200).default([]),
  /** The event's end: from then on, no widened access at all. */
  endedAt: IsoDateTimeSchema.nullable().default(null),
  note: TextSchema.default(''),
});

export const DisasterEventSchema = RecordMetaSchema.extend(DisasterEventFieldsSchema.shape);
export type DisasterEvent = z.infer<typeof DisasterEventSchema>;
export type DisasterEventFields = z.infer<typeof DisasterEventFieldsSchema>;

/** Fields that widen access: only an administrator sets them. */
export const DECLARATION_FIELDS = ['declaredBy', 'declaredAt', 'responders'] as const;

/**
 * The disaster-relevant fields of a case (避難行動要支援者名簿 art. 49-10 items: 氏名, 生年月日, 性別, 住所,
 * 連絡先, 避難支援等を必要とする事由 — here care items, devices and power — plus the 個別避難計画 and the
 * emergency contacts). Never diagnoses, medications, allergies, school, siblings, consents, MEIS or notes.
 */
export const DISASTER_CASE_FIELDS = [
  'name', 'nameKana', 'birthDate', 'sex', 'municipalityCode', 'address', 'phone', 'livingSituation',
  'guardians', 'emergencyContacts', 'careItems', 'devices', 'powerPlan', 'hasResuscitationBag',
  'evacuationPlan', 'careTeam',
] as const;

export const DisasterCaseSchema = CaseSchema.pick({
  id: true, name: true, nameKana: true, birthDate: true, sex: true, municipalityCode: true, address: true,
  phone: true, livingSituation: true, guardians: true, emergencyContacts: true, careItems: true, devices: true,
  powerPlan: true, hasResuscitationBag: true, evacuationPlan: true,
}).extend({ careTeam: z.array(CareTeamMemberSchema) });
export type DisasterCase = z.infer<typeof DisasterCaseSchema>;

/** GET /api/disaster/events/:id/cases: the widened read, for a named responder of a declared event. */
export const DisasterCasesResponseSchema = z.object({
  eventId: z.string(),
  cases: z.array(DisasterCaseSchema),
  safetyChecks: z.array(SafetyCheckSchema),
});
export type DisasterCasesResponse = z.infer<typeof DisasterCasesResponseSchema>;
