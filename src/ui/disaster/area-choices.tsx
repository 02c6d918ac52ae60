import type { AreaCount } from '../../domain/disaster-areas.ts';
import { useMunicipalityNames } from '../municipalities/use-municipalities.ts';
import { dt } from './disaster-messages.ts';

type Props = { areas: readonly AreaCount[]; ownAreas: readonly string[]; chosen: readonly string[]; onToggle: (code: string) => void };

/** Every municipality with children on the tablet (own areas first, marked), each with how many; several at once. */
export function AreaChoices({ areas, ownAreas, chosen, onToggle }: Props) {
  const nameOf = useMunicipalityNames();
  return (
    <fieldset class="field" aria-describedby="disaster-areas-help">
      <legend>{dt('areas')}</legend>
      <p id="disaster-areas-help" class="muted">{dt('areasHelp')}</p>
      {areas.length === 0 && <p>{dt('noAreas')}</p>}
      {areas.map(({ code, cases }) => (
        <label key={code} class="check" data-testid="area-choice">
          <input type="checkbox" checked={chosen.includes(code)} onChange={() => onToggle(code)} />
          {' '}{nameOf(code)}（{dt('areaCases', { n: cases })}{ownAreas.includes(code) ? `・${dt('ownArea')}` : ''}）
        </label>
      ))}
    </fieldset>
  );
}
