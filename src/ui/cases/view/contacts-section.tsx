import type { Case, CareTeamMember, PersonContact } from '../../../schema/case.ts';
import { m } from '../edit/messages.ts';
import { v } from './messages.ts';

// The team a family or a responder calls first, in that order; the rest of the team is in its own fold.
const CALL_ROLES: readonly CareTeamMember['role'][] = ['doctor', 'hospital', 'home-nurse', 'consultation', 'device-supplier'];

function Person({ person, index }: { person: PersonContact; index?: number }) {
  return (
    <li>
      {index !== undefined && <span class="muted">{index + 1}. </span>}
      <strong>{person.name}</strong>{person.relation && `（${person.relation}）`}{' '}
      {person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>}
    </li>
  );
}

/** Who to call: guardians, emergency contacts in order, and the care team (主治医, 病院, 訪問看護, 相談支援, 業者). */
export function ContactsSection({ record }: { record: Case }) {
  const team = CALL_ROLES.flatMap((role) => record.careTeam.filter((member) => member.role === role));
  return (
    <section class="card" aria-labelledby="contacts-title" data-testid="contacts">
      <h2 id="contacts-title">{v('contacts.title')}</h2>
      <h3>{v('contacts.guardians')}</h3>
      {record.guardians.length === 0 ? <p>{v('contacts.none')}</p> : (
        <ul class="contact-list">{record.guardians.map((p, i) => <Person key={i} person={p} />)}</ul>
      )}
      <h3>{v('contacts.emergency')}</h3>
      {record.emergencyContacts.length === 0 ? <p>{v('contacts.none')}</p> : (
        <ol class="contact-list">{record.emergencyContacts.map((p, i) => <Person key={i} person={p} index={i} />)}</ol>
      )}
      <h3>{v('contacts.team')}</h3>
      {team.length === 0 ? <p>{v('contacts.none')}</p> : (
        <ul class="contact-list" data-testid="contacts-team">
          {team.map((member, i) => (
            <li key={i}>
              <span class="muted">{m(`role.${member.role}`)}</span> <strong>{member.name}</strong>{' '}
              {member.phone && <a href={`tel:${member.phone}`}>{member.phone}</a>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
