import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, getCase } from '../../../src/db/cases.ts';
import type { TsunaguDb } from '../../../src/db/database.ts';
import { importResources, linkResourceToCase, listResources, saveResource } from '../../../src/db/resources.ts';
import { BulkValidationError } from '../../../src/db/write-records.ts';
import { MUNICIPALITIES } from '../../../src/domain/municipalities.ts';
import { createMunicipalityResolver } from '../../../src/domain/municipality-resolver.ts';
import { buildImportPreview, readCsvTable, suggestMapping } from '../../../src/domain/resource-csv-import.ts';
import type { ResourceFields } from '../../../src/domain/resource-rules.ts';
import { listOutbox } from '../../fixtures/opened-reads.ts';
import { makeResource } from '../../fixtures/resources.ts';
import { openUnlockedDb } from '../../fixtures/unlocked-db.ts';

let db: TsunaguDb;
beforeEach(async () => {
  db = await openUnlockedDb();
});
afterEach(async () => db.delete());

const fieldsOf = ({ id: _i, rev: _r, deleted: _d, updatedAt: _u, ...fields }: ReturnType<typeof makeResource>): ResourceFields => fields;

describe('importResources', () => {
  it('writes every record and its outbox entry', async () => {
    const records = [makeResource({ name: 'A' }), makeResource({ name: 'B' })].map((r) => ({ id: r.id, fields: fieldsOf(r) }));
    await importResources(db, records);
    expect((await listResources(db)).map((r) => r.name)).toEqual(['A', 'B']);
    expect((await listOutbox(db)).map((entry) => entry.collection)).toEqual(['resources', 'resources']);
  });

  it('writes nothing when one record is invalid, and names it', async () => {
    const good = makeResource({ name: '良い' });
    const bad = { ...fieldsOf(makeResource()), municipalityCode: '142019' };
    const attempt = importResources(db, [{ id: good.id, fields: fieldsOf(good) }, { id: crypto.randomUUID(), fields: bad }]);
    await expect(attempt).rejects.toMatchObject({ name: 'BulkValidationError', index: 1 });
    await attempt.catch((error: unknown) => expect(error).toBeInstanceOf(BulkValidationError));
    expect(await db.resources.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('imports a previewed CSV as updates of known resources and creates of new ones', async () => {
    const known = makeResource({ name: '既存', municipalityCode: '142085', vacancy: 0 });
    await importResources(db, [{ id: known.id, fields: fieldsOf(known) }]);
    await db.outbox.clear();
    const bytes = new TextEncoder().encode('名称,種別,市区町村,空き\n既存,短期入所（医療型）,逗子市,2\n新規,訪問看護,葉山町,\n');
    const table = readCsvTable(bytes).table!;
    const existing = await db.resources.toArray();
    const preview = buildImportPreview(table, suggestMapping(table.headers), { existing, resolve: createMunicipalityResolver(MUNICIPALITIES), newId: () => crypto.randomUUID() });
    expect(preview.errors).toEqual([]);
    await importResources(db, preview.records);
    expect((await db.resources.get(known.id))?.vacancy).toBe(2);
    const outbox = await listOutbox(db);
    expect(outbox.find((entry) => entry.recordId === known.id)?.fields).toEqual({ vacancy: 2 });
    expect(outbox).toHaveLength(2);
  });
});

describe('linkResourceToCase', () => {
  it('adds the resource to the care team once, with its id', async () => {
    const resource = makeResource({ name: 'みさき短期入所', type: 'short-stay-medical', phone: '046-000-1234' });
    await importResources(db, [{ id: resource.id, fields: fieldsOf(resource) }]);
    const caseId = await createCase(db, { name: '試験 花子', nameKana: 'しけん はなこ', birthDate: '2019-06-01', municipalityCode: '142107' });
    expect(await linkResourceToCase(db, caseId, resource)).toBe(true);
    expect(await linkResourceToCase(db, caseId, resource)).toBe(true);
    expect((await getCase(db, caseId))?.careTeam).toEqual([
      { role: 'short-stay', name: 'みさき短期入所', resourceId: resource.id, phone: '046-000-1234' },
    ]);
  });

  it('keeps a saved resource editable through the same rules', async () => {
    const resource = makeResource();
    await importResources(db, [{ id: resource.id, fields: fieldsOf(resource) }]);
    await expect(saveResource(db, resource.id, { ageMax: 200 })).rejects.toThrow();
    expect((await db.resources.get(resource.id))?.ageMax).toBe(18);
  });
});
