import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../src/domain/match-index.ts';
import { matchResources } from '../../../src/domain/match-resources.ts';
import { checkResourceRules } from '../../../src/domain/resource-rules.ts';
import { makeResource } from '../../fixtures/resources.ts';

const TODAY = '2026-11-01';
const fieldsOf = ({ id: _i, rev: _r, deleted: _d, updatedAt: _u, ...fields }: ReturnType<typeof makeResource>) => fields;

describe('a vacancy check date after today', () => {
  it('is refused by the editor and the CSV import rules, naming the field', () => {
    expect(checkResourceRules(fieldsOf(makeResource({ vacancyConfirmedAt: '2062-11-01' })), TODAY))
      .toEqual([{ field: 'vacancyConfirmedAt', message: '空きの確認日が今日より後になっています' }]);
    expect(checkResourceRules(fieldsOf(makeResource({ vacancyConfirmedAt: TODAY })), TODAY)).toEqual([]);
  });

  it('counts as unconfirmed in matching, never as checked today', () => {
    const typo = makeResource({ name: '確認日が未来', vacancyConfirmedAt: '2062-11-01' });
    const none = makeResource({ name: '確認日なし', vacancyConfirmedAt: null });
    const { matches } = matchResources(buildMatchIndex([typo, none]), {
      child: { careItems: [], age: 6, municipalityCode: '142018' }, needs: ['short-stay'], today: TODAY,
    });
    const [a, b] = matches;
    expect(a?.score).toBe(b?.score);
    expect(matches.find((m) => m.name === '確認日が未来')?.reasons).toContainEqual({ code: 'vacancy', vacancy: 1, confirmedAt: '2062-11-01', daysAgo: null });
  });
});
