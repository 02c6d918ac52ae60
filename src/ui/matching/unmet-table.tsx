import type { UnmetGroup, UnmetReason } from '../../domain/unmet-needs.ts';
import type { NameOf } from '../municipalities/use-municipalities.ts';
import { caseHref } from '../router.ts';
import { careList, serviceNeedLabel } from '../resources/resource-labels.ts';
import { ut } from './unmet-messages.ts';

export function reasonText(reason: UnmetReason): string {
  return reason.code === 'care' ? ut('reason.care', { items: careList(reason.items) }) : ut(`reason.${reason.code}`);
}

function lackingItems(group: UnmetGroup): string {
  const items = new Set(group.unmet.flatMap((row) => (row.reason.code === 'care' ? row.reason.items : [])));
  return careList([...items]);
}

/** One row per municipality and service; the children behind each count open from a disclosure. */
export function UnmetTable({ groups, nameOf }: { groups: readonly UnmetGroup[]; nameOf: NameOf }) {
  return (
    <div class="table-scroll">
      <table class="data-table" data-testid="unmet-table">
        <thead>
          <tr>
            <th scope="col">{ut('area')}</th><th scope="col">{ut('service')}</th><th scope="col">{ut('needing')}</th>
            <th scope="col">{ut('unmet')}</th><th scope="col">{ut('rate')}</th><th scope="col">{ut('lacking')}</th><th scope="col">{ut('who')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={`${group.municipalityCode}-${group.need}`} class={group.unmet.length > 0 ? 'unmet-row--gap' : ''}>
              <td>{nameOf(group.municipalityCode)}</td>
              <td>{serviceNeedLabel(group.need)}</td>
              <td>{group.needing}</td>
              <td>{group.unmet.length}</td>
              <td>{group.needing ? `${Math.round((group.unmet.length / group.needing) * 100)}%` : '-'}</td>
              <td>{lackingItems(group)}</td>
              <td>
                {group.unmet.length > 0 && (
                  <details>
                    <summary>{group.unmet.length}</summary>
                    <ul class="plain-list">
                      {group.unmet.map((row) => (
                        <li key={row.id}><a href={caseHref(row.id)}>{row.name}</a>（{ut('age', { n: row.age })}）{reasonText(row.reason)}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
