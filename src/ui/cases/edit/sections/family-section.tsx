import type { PersonContact } from '../../../../schema/case.ts';
import type { Sibling } from '../../../../schema/case-parts.ts';
import { EditSection } from '../edit-section.tsx';
import { PathText, PathTextArea } from '../inputs.tsx';
import { ListEditor } from '../list-editor.tsx';
import { m } from '../messages.ts';
import type { RecordProps } from './record-props.ts';

const newPerson = (): PersonContact => ({ name: '', relation: '', phone: '' });

type PersonProps = { path: string; person: PersonContact; isFamily?: boolean; onChange: (p: PersonContact) => void };

/** Name, relation and number of a guardian, contact or helper: 続柄 for family, 関係 for neighbours and helpers. */
export function PersonFields({ path, person, isFamily = false, onChange }: PersonProps) {
  return (
    <>
      <PathText path={`${path}.name`} label={m('person.name')} value={person.name} onValue={(name) => onChange({ ...person, name })} />
      <PathText path={`${path}.relation`} label={m(isFamily ? 'person.kinship' : 'person.relation')} value={person.relation} onValue={(relation) => onChange({ ...person, relation })} />
      <PathText path={`${path}.phone`} label={m('person.phone')} type="tel" value={person.phone} onValue={(phone) => onChange({ ...person, phone })} />
    </>
  );
}

export function FamilySection({ record, onField }: RecordProps) {
  return (
    <EditSection title={m('section.family')} fields={['guardians', 'siblings', 'emergencyContacts']} testId="section-family">
      <ListEditor legend={m('guardians')} itemLabel={m('guardians')} addLabel={m('guardians.add')} items={record.guardians}
        makeItem={newPerson} onChange={(list) => onField('guardians', list)}>
        {(person, i, update) => <PersonFields path={`guardians.${i}`} person={person} isFamily onChange={update} />}
      </ListEditor>
      <ListEditor legend={m('siblings')} itemLabel={m('siblings')} addLabel={m('siblings.add')} items={record.siblings}
        makeItem={(): Sibling => ({ name: '', age: '', supportNeeds: '' })} onChange={(list) => onField('siblings', list)}>
        {(sibling, i, update) => (
          <>
            <PathText path={`siblings.${i}.name`} label={m('person.name')} value={sibling.name} onValue={(name) => update({ ...sibling, name })} />
            <PathText path={`siblings.${i}.age`} label={m('sibling.age')} value={sibling.age} onValue={(age) => update({ ...sibling, age })} />
            <PathTextArea path={`siblings.${i}.supportNeeds`} label={m('sibling.needs')} value={sibling.supportNeeds}
              onValue={(supportNeeds) => update({ ...sibling, supportNeeds })} />
          </>
        )}
      </ListEditor>
      <ListEditor legend={m('contacts')} itemLabel={m('contacts')} addLabel={m('contacts.add')} items={record.emergencyContacts}
        makeItem={newPerson} isOrdered onChange={(list) => onField('emergencyContacts', list)}>
        {(person, i, update) => <PersonFields path={`emergencyContacts.${i}`} person={person} onChange={update} />}
      </ListEditor>
    </EditSection>
  );
}
