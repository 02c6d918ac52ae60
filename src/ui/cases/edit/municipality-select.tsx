import { useMemo, useState } from 'preact/hooks';
import type { Municipality } from '../../../domain/municipalities.ts';
import { matchesTerms, toSearchTerms } from '../../../domain/search-query.ts';
import { normalizeForSearch } from '../../../domain/search-text.ts';
import { useMunicipalityList } from '../../municipalities/use-municipalities.ts';
import { useSignedInSession } from '../../session/session-context.ts';
import { FormField } from './form-field.tsx';
import { tRecord } from '../record-messages.ts';

const HOME_PREFECTURE = '神奈川県';
const FILTER_FROM = 20;

type Group = { prefecture: string; towns: { town: Municipality; haystack: string }[] };

/** Prefecture groups with 神奈川県 first, each town with a prepared search haystack. */
function groupByPrefecture(list: readonly Municipality[]): Group[] {
  const groups = new Map<string, Group>();
  for (const town of list) {
    const group = groups.get(town.prefecture) ?? { prefecture: town.prefecture, towns: [] };
    group.towns.push({ town, haystack: normalizeForSearch(`${town.prefecture}${town.name}${town.kana}`) });
    groups.set(town.prefecture, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.prefecture === HOME_PREFECTURE), ...all.filter((g) => g.prefecture !== HOME_PREFECTURE)];
}

type Props = { value: string; error?: string | undefined; onValue: (code: string) => void };

/**
 * Chooses a municipality by name (never a typed code), with a filter box for the ~1,900 entries. Only the
 * signed-in person's areas are offered (the server refuses a case anywhere else), and the current one.
 */
export function MunicipalitySelect({ value, error, onValue }: Props) {
  const list = useMunicipalityList();
  const { areas } = useSignedInSession().user;
  const groups = useMemo(() => {
    if (!list) return [];
    const isAnywhere = areas.includes('*');
    return groupByPrefecture(isAnywhere ? list : list.filter((town) => town.code === value || areas.includes(town.code)));
  }, [list, areas, value]);
  const [filter, setFilter] = useState('');
  const terms = toSearchTerms(filter);
  const visible = groups
    .map((g) => ({ ...g, towns: g.towns.filter((x) => x.town.code === value || matchesTerms(x.haystack, terms)) }))
    .filter((g) => g.towns.length > 0);

  if (!list) return <p role="status">{tRecord('edit.municipalityLoading')}</p>;
  // A filter box only where there is something to filter (an administrator's ~1,900; not one coordinator's few).
  const isLong = groups.reduce((sum, group) => sum + group.towns.length, 0) > FILTER_FROM;
  return (
    <div class="municipality-select">
      {isLong && (
        <div class="field">
          <label for="municipality-filter">{tRecord('edit.municipalityFilter')}</label>
          <input id="municipality-filter" type="search" value={filter} autocomplete="off"
            onInput={(e) => setFilter(e.currentTarget.value)} />
        </div>
      )}
      <FormField id="municipalityCode" label={tRecord('edit.municipality')} error={error}>
        {(describedBy) => (
          <select id="municipalityCode" name="municipalityCode" value={value} aria-describedby={describedBy}
            aria-invalid={error ? true : undefined} onChange={(e) => onValue(e.currentTarget.value)}>
            <option value="">{tRecord('edit.municipalityChoose')}</option>
            {visible.map((group) => (
              <optgroup key={group.prefecture} label={group.prefecture}>
                {group.towns.map(({ town }) => <option key={town.code} value={town.code}>{town.name}</option>)}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}
