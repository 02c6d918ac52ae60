import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../../src/domain/municipalities.ts';
import { createMunicipalityResolver } from '../../../../src/domain/municipality-resolver.ts';
import { createMunicipalityLabeler, fromFormValues, toFormValues } from '../../../../src/ui/resources/resource-form-values.ts';
import { makeResource } from '../../../fixtures/resources.ts';

const resolve = createMunicipalityResolver(MUNICIPALITIES);

describe('the resource editor errors', () => {
  it('says what is wrong in Japanese, never in zod English, for a number out of range or not whole', () => {
    const values = { ...toFormValues(makeResource()), lat: '200', lng: '-181', capacity: '3', vacancy: '2.5' };
    const { errors } = fromFormValues(values, resolve, '数値で入力してください');
    expect(errors).toEqual({ lat: '90 以下で入力してください', lng: '-180 以上で入力してください', vacancy: '整数で入力してください' });
    for (const message of Object.values(errors ?? {})) expect(message).not.toMatch(/[A-Za-z]/);
  });
});

describe('the resource editor municipality', () => {
  const labelOf = createMunicipalityLabeler(MUNICIPALITIES);

  it('shows the place and the service area by name, and saves them as codes', () => {
    const resource = makeResource({ municipalityCode: '142018', serviceArea: ['142085', '143014'] });
    const values = toFormValues(resource, labelOf);
    expect(values).toMatchObject({ municipalityCode: '横須賀市', serviceArea: '逗子市、葉山町' });
    expect(fromFormValues(values, resolve, '')).toMatchObject({ fields: { municipalityCode: '142018', serviceArea: ['142085', '143014'] } });
  });

  it('takes a typed name, and names the field when the place is missing or unknown', () => {
    const values = toFormValues(makeResource());
    expect(fromFormValues({ ...values, municipalityCode: '三浦市' }, resolve, '')).toMatchObject({ fields: { municipalityCode: '142107' } });
    expect(fromFormValues({ ...values, municipalityCode: '' }, resolve, '').errors?.municipalityCode).toBe('所在地の市区町村を入力してください');
    expect(fromFormValues({ ...values, municipalityCode: '横須加市' }, resolve, '').errors?.municipalityCode).toBe('市区町村が分かりません（横須加市）');
  });

  it('labels every municipality so that it reads back as the same code (a shared name gets its prefecture)', () => {
    expect(labelOf('132063')).toBe('東京都府中市');
    for (const m of MUNICIPALITIES) expect(resolve(labelOf(m.code))).toEqual({ ok: true, value: m.code });
  });
});
