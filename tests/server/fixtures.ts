import { randomUUID } from 'node:crypto';
import { CaseFieldsSchema, CaseSchema, type Case, type CaseFields } from '../../src/schema/case.ts';
import { VisitFieldsSchema, type Visit } from '../../src/schema/visit.ts';
import type { Collection } from '../../src/schema/collections.ts';
import { ResourceFieldsSchema } from '../../src/schema/resource.ts';
import type { Mutation } from '../../src/schema/sync-protocol.ts';
import type * as z from 'zod';

type ResourceFields = z.infer<typeof ResourceFieldsSchema>;

export const YOKOSUKA = '142018';
export const KAMAKURA = '142042';
export const MIURA = '142107';

/** The editable fields of a fictitious child, checked against the schema. */
export function makeCaseFields(overrides: Partial<CaseFields> = {}): CaseFields {
  return CaseFieldsSchema.parse({
    name: '試験 花子',
    nameKana: 'しけん はなこ',
    birthDate: '2018-04-02',
    sex: 'female',
    municipalityCode: YOKOSUKA,
    address: '横須賀市汐入町9丁目99-99',
    careItems: [{ option: 'suction', watch: 'low', details: ['oral'] }],
    ...overrides,
  });
}

/** A whole case record (server metadata included), checked against CaseSchema. */
export function makeCase(overrides: Partial<Case> = {}): Case {
  return CaseSchema.parse({ id: randomUUID(), rev: 0, deleted: false, updatedAt: '2026-01-01T00:00:00.000Z', ...makeCaseFields(), ...overrides });
}

export function makeVisitFields(caseId: string, overrides: Partial<Visit> = {}) {
  return VisitFieldsSchema.parse({ caseId, at: '2026-05-01T10:00:00+09:00', kind: 'home-visit', author: '試験 担当', note: '体調は安定している。', ...overrides });
}

export function makeResourceFields(overrides: Partial<ResourceFields> = {}): ResourceFields {
  return ResourceFieldsSchema.parse({ name: '訪問看護ステーション しけん', type: 'home-nursing', municipalityCode: MIURA, ...overrides });
}

let tick = 0;

/** A hybrid-logical-clock stamp; later calls give later stamps unless `ms` is fixed. */
export function hlc(node = 'test-device', ms = Date.now() + tick++): string {
  return `${String(ms).padStart(13, '0')}:0000:${node}`;
}

type MutationInput = {
  collection: Collection;
  recordId: string;
  fields?: Record<string, unknown>;
  baseRev?: number | null;
  op?: Mutation['op'];
  at?: string;
  id?: string;
};

export function makeMutation({ collection, recordId, fields = {}, baseRev = null, op = 'upsert', at = hlc(), id = randomUUID() }: MutationInput): Mutation {
  return { id, collection, recordId, baseRev, op, fields, at };
}
