import { useState } from 'preact/hooks';
import { CARE_TEAM_ROLES, type CareTeamMember } from '../../../../schema/case.ts';
import { EditSection } from '../edit-section.tsx';
import { PathSelect, PathText } from '../inputs.tsx';
import { ListEditor } from '../list-editor.tsx';
import { m } from '../messages.ts';
import type { RecordProps } from './record-props.ts';
import { ResourcePicker } from './resource-picker.tsx';

type Props = { path: string; member: CareTeamMember; onChange: (member: CareTeamMember) => void };

/** A team member: free text always works; linking to the directory is the better, optional path. */
function TeamMemberFields({ path, member, onChange }: Props) {
  const [isPicking, setPicking] = useState(false);
  const id = path.replaceAll('.', '-');
  return (
    <>
      <PathSelect path={`${path}.role`} label={m('team.role')} value={member.role}
        options={CARE_TEAM_ROLES.map((role) => ({ value: role, label: m(`role.${role}`) }))}
        onValue={(role) => onChange({ ...member, role: role as CareTeamMember['role'] })} />
      <PathText path={`${path}.name`} label={m('team.name')} value={member.name} hint={member.resourceId ? undefined : m('team.freeText')}
        onValue={(name) => onChange({ ...member, name })} />
      <PathText path={`${path}.phone`} label={m('person.phone')} type="tel" value={member.phone} onValue={(phone) => onChange({ ...member, phone })} />
      <div class="team-link">
        {member.resourceId ? (
          <p>
            <span class="badge badge--ok" data-testid="team-linked">{m('team.linked', { name: member.name })}</span>{' '}
            <button type="button" class="button button--small" onClick={() => onChange({ ...member, resourceId: null })}>{m('team.unlink')}</button>
          </p>
        ) : isPicking ? (
          <ResourcePicker idPrefix={id} onPick={(choice) => {
            onChange({ ...member, resourceId: choice.id, name: choice.name, phone: member.phone || choice.phone });
            setPicking(false);
          }} />
        ) : (
          <button type="button" class="button button--small" onClick={() => setPicking(true)}>{m('team.pick')}</button>
        )}
      </div>
    </>
  );
}

export function TeamSection({ record, onField }: RecordProps) {
  return (
    <EditSection title={m('section.team')} fields={['careTeam']} testId="section-team">
      <ListEditor legend={m('team')} itemLabel={m('team.member')} addLabel={m('team.add')} items={record.careTeam}
        makeItem={(): CareTeamMember => ({ role: 'doctor', name: '', resourceId: null, phone: '' })}
        onChange={(list) => onField('careTeam', list)}>
        {(member, i, update) => <TeamMemberFields path={`careTeam.${i}`} member={member} onChange={update} />}
      </ListEditor>
    </EditSection>
  );
}
