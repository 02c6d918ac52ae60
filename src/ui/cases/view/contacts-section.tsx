import type { Case, PersonContact } from '../../../schema/case.ts';
import { v } from './messages.ts';

function Person({ person, index }: { person: PersonContact; index?: number }) {
  return (
    <li>
      {index !== undefined && <span class="muted">{index + 1}. </span>}
      <strong>{person.name}</strong>{person.relation && `（${person.relation}）`}{' '}
      {person.phone && <a href={`tel:${person.phone}`}>{person.phone}</a>}
    </li>
  );
}

/** Who to call: guardians, emergency contacts in order, and the 主治医 / hospital. */
export function ContactsSection({ record }: { record: Case }) {
  const doctors = record.careTeam.filter((member) => member.role === 'doctor' || member.role === 'hospital');
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
      <h3>{v('contacts.doctor')}</h3>
      {doctors.length === 0 ? <p>{v('contacts.none')}</p> : (
        <ul class="contact-list">
          {doctors.map((member, i) => <Person key={i} person={{ name: member.name, relation: '', phone: member.phone }} />)}
        </ul>
      )}
    </section>
  );
}
