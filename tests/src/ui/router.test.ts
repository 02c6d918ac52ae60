import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/ui/router.ts';

describe('parseRoute', () => {
  const id = '0b9c1f5e-6a0e-4d53-9a8c-3f1f3f7c2d11';

  it('reads the list from an empty or root hash', () => {
    expect(parseRoute('')).toEqual({ name: 'list' });
    expect(parseRoute('#/')).toEqual({ name: 'list' });
  });

  it('reads a case, its editor and a new case', () => {
    expect(parseRoute(`#/cases/${id}`)).toEqual({ name: 'view', id });
    expect(parseRoute(`#/cases/${id}/edit`)).toEqual({ name: 'edit', id });
    expect(parseRoute('#/cases/new')).toEqual({ name: 'new' });
  });

  it('reads the settings screen', () => {
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
  });

  it('reads the conflicts and sync screens', () => {
    expect(parseRoute('#/conflicts')).toEqual({ name: 'conflicts' });
    expect(parseRoute('#/sync')).toEqual({ name: 'sync' });
  });

  it('refuses anything else instead of guessing', () => {
    expect(parseRoute('#/cases/')).toEqual({ name: 'not-found' });
    expect(parseRoute(`#/cases/${id}/delete`)).toEqual({ name: 'not-found' });
    expect(parseRoute('#/cases/<script>')).toEqual({ name: 'not-found' });
  });
});
