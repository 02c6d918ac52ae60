import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../../src/domain/municipalities.ts';
import { createMunicipalityResolver } from '../../../../src/domain/municipality-resolver.ts';
import { parseRoute } from '../../../../src/ui/router.ts';
import { fromFormValues, toFormValues } from '../../../../src/ui/resources/resource-form-values.ts';
import { makeResource } from '../../../fixtures/resources.ts';

const resolve = createMunicipalityResolver(MUNICIPALITIES);

describe('the resource editor values', () => {
  it('round-trips a resource through the form, service area as names or codes', () => {
    const resource = makeResource({ serviceArea: ['142107', '143014'], lat: 35.2, lng: 139.6, acceptsCareItems: ['ventilator'] });
    const values = { ...toFormValues(resource), serviceArea: '三浦市、143014' };
    const { id: _id, rev: _rev, deleted: _deleted, updatedAt: _updatedAt, ...fields } = resource;
    expect(fromFormValues(values, resolve, '数値')).toEqual({ fields });
  });

  it('keeps typed text and names each field that does not parse', () => {
    const values = { ...toFormValues(null), name: '', municipalityCode: '142019', capacity: 'たくさん', serviceArea: '存在しない町' };
    const result = fromFormValues(values, resolve, '数値で入力してください');
    expect(result.errors).toMatchObject({
      capacity: '数値で入力してください', serviceArea: expect.stringContaining('存在しない町'),
      name: expect.any(String), municipalityCode: expect.stringContaining('検査数字'),
    });
  });

  it('refuses an age range upside down and nurse-only care the resource does not accept', () => {
    const values = { ...toFormValues(makeResource()), ageMin: '12', ageMax: '6', nurseOnlyItems: ['cvc' as const] };
    expect(fromFormValues(values, resolve, '').errors).toEqual({
      ageMax: '対象年齢の上限が下限より小さくなっています',
      nurseOnlyItems: '看護師のみ対応のケアは、受入可能な医療的ケアにも含めてください',
    });
  });
});

describe('the directory routes', () => {
  it('parses the directory, import, detail, editor, matching and unmet-needs hashes', () => {
    expect(parseRoute('#/resources')).toEqual({ name: 'resources' });
    expect(parseRoute('#/resources/import')).toEqual({ name: 'resource-import' });
    expect(parseRoute('#/resources/new')).toEqual({ name: 'resource-new' });
    expect(parseRoute('#/resources/abc-1/edit')).toEqual({ name: 'resource-edit', id: 'abc-1' });
    expect(parseRoute('#/resources/abc-1')).toEqual({ name: 'resource', id: 'abc-1' });
    expect(parseRoute('#/match')).toEqual({ name: 'match', caseId: null });
    expect(parseRoute('#/match/case-9')).toEqual({ name: 'match', caseId: 'case-9' });
    expect(parseRoute('#/unmet')).toEqual({ name: 'unmet' });
    expect(parseRoute('#/resources/a/b')).toEqual({ name: 'not-found' });
  });
});
