import { useMunicipalityList } from '../../../municipalities/use-municipalities.ts';
import { useFieldBinding } from '../field-errors-context.ts';
import { m } from '../messages.ts';

type Props = { path: string; areas: readonly string[]; nameOf: (code: string) => string; onChange: (areas: string[]) => void };

/** The areas a consent shares with: chosen from the shipped municipality list (神奈川県 first), never typed. */
export function AreaPicker({ path, areas, nameOf, onChange }: Props) {
  const list = useMunicipalityList();
  const { id, error } = useFieldBinding(path);
  const home = (list ?? []).filter((town) => town.prefecture === '神奈川県' && !areas.includes(town.code));
  return (
    <fieldset class="area-picker">
      <legend>{m('consent.areas')}</legend>
      <ul class="chips">
        {areas.map((code) => (
          <li key={code}>
            {nameOf(code)}{' '}
            <button type="button" class="button button--small" aria-label={m('consent.areaRemove', { name: nameOf(code) })}
              onClick={() => onChange(areas.filter((a) => a !== code))}>×</button>
          </li>
        ))}
      </ul>
      <label for={id}>{m('consent.areaChoose')}</label>
      <select id={id} value="" aria-invalid={error ? true : undefined} onChange={(e) => e.currentTarget.value && onChange([...areas, e.currentTarget.value])}>
        <option value="">{m('consent.areaAdd')}</option>
        {home.map((town) => <option key={town.code} value={town.code}>{town.name}</option>)}
      </select>
      {error && <p class="error">{error}</p>}
    </fieldset>
  );
}
