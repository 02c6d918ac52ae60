import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../../src/domain/municipalities.ts';
import { createMunicipalityResolver } from '../../../../src/domain/municipality-resolver.ts';
import { fromFormValues, toFormValues } from '../../../../src/ui/resources/resource-form-values.ts';
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
