import { Fragment } from 'preact';
import type { Case } from '../../../schema/case.ts';
import { v } from './messages.ts';

/** きょうだい and their support needs. */
export function FamilyBody({ record }: { record: Case }) {
  if (record.siblings.length === 0) return <p>{v('family.none')}</p>;
  return (
    <ul class="plain-list" data-testid="siblings">
      {record.siblings.map((sibling, i) => (
        <li key={i}>
          <strong>{sibling.name}</strong>{sibling.age && `（${sibling.age}）`}
          {sibling.supportNeeds && <div class="pre-wrap">{v('family.needs', { text: sibling.supportNeeds })}</div>}
        </li>
      ))}
    </ul>
  );
}

export function HealthBody({ record }: { record: Case }) {
  const rows = [
    ['health.diagnoses', record.diagnoses],
    ['health.medications', record.medications],
    ['health.allergies', record.allergies],
  ] as const;
  return (
    <dl class="facts">
      {rows.map(([key, list]) => (
        <Fragment key={key}>
          <dt>{v(key)}</dt>
          <dd>{list.length > 0 ? list.join('、') : '—'}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The team, each member marked when linked to a directory resource. */
export function TeamBody({ record, roleLabel }: { record: Case; roleLabel: (role: string) => string }) {
  if (record.careTeam.length === 0) return <p>{v('team.none')}</p>;
  return (
    <ul class="contact-list" data-testid="care-team">
      {record.careTeam.map((member, i) => (
        <li key={i}>
          <span class="muted">{roleLabel(member.role)}</span> <strong>{member.name}</strong>{' '}
          {member.resourceId && <span class="badge badge--ok">{v('team.linked')}</span>}{' '}
          {member.phone && <a href={`tel:${member.phone}`}>{member.phone}</a>}
        </li>
      ))}
    </ul>
  );
}
