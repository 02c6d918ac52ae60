import { useMemo, useState } from 'preact/hooks';
import { getDb } from '../../../../db/database.ts';
import { listResourceChoices, type ResourceChoice } from '../../../../db/resource-choices.ts';
import { matchesTerms, toSearchTerms } from '../../../../domain/search-query.ts';
import { normalizeForSearch } from '../../../../domain/search-text.ts';
import { RESOURCE_TYPES, type ResourceType } from '../../../../schema/resource.ts';
import { useLiveQuery } from '../../../hooks/use-live-query.ts';
import { m } from '../messages.ts';

const MAX_SHOWN = 8;

type Props = { idPrefix: string; onPick: (choice: ResourceChoice) => void };

/** Finds a directory resource by name and type; the directory is read only while the picker is open. */
export function ResourcePicker({ idPrefix, onPick }: Props) {
  const choices = useLiveQuery(() => listResourceChoices(getDb()), []);
  const indexed = useMemo(() => choices?.map((c) => ({ choice: c, haystack: normalizeForSearch(c.name) })), [choices]);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<ResourceType | ''>('');
  const terms = toSearchTerms(query);
  const found = (indexed ?? [])
    .filter((x) => (!type || x.choice.type === type) && (terms.length > 0 || type) && matchesTerms(x.haystack, terms))
    .slice(0, MAX_SHOWN);

  return (
    <div class="resource-picker">
      <div class="form-grid">
        <div class="field">
          <label for={`${idPrefix}-find`}>{m('team.find')}</label>
          <input id={`${idPrefix}-find`} type="search" value={query} autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${idPrefix}-type`}>{m('team.findType')}</label>
          <select id={`${idPrefix}-type`} value={type} onChange={(e) => setType(e.currentTarget.value as ResourceType | '')}>
            <option value="">{m('team.anyType')}</option>
            {Object.entries(RESOURCE_TYPES).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
          </select>
        </div>
      </div>
      {!choices && <p role="status">{m('team.loading')}</p>}
      {choices && (terms.length > 0 || type) && found.length === 0 && <p>{m('team.noMatch')}</p>}
      <ul class="plain-list resource-picker__results">
        {found.map(({ choice }) => (
          <li key={choice.id}>
            <button type="button" class="button button--small" onClick={() => onPick(choice)}>
              {m('team.link')}: {choice.name}
            </button>
            <span class="muted"> {RESOURCE_TYPES[choice.type]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
