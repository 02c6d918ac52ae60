import type { FollowUp, Visit, VisitFields } from '../../../schema/visit.ts';

/** The visit form's values: date and time as the inputs hold them, needs as lines. */
export type VisitFormValues = {
  kind: VisitFields['kind'];
  localAt: string;
  participants: string;
  note: string;
  needs: string;
  followUps: FollowUp[];
  correctionReason: string;
};

/** `YYYY-MM-DDTHH:mm` in local time, for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

export function emptyVisitForm(now = new Date()): VisitFormValues {
  return { kind: 'home-visit', localAt: toLocalInput(now.toISOString()), participants: '', note: '', needs: '', followUps: [], correctionReason: '' };
}

export function toVisitForm(visit: Visit): VisitFormValues {
  return {
    kind: visit.kind, localAt: toLocalInput(visit.at), participants: visit.participants, note: visit.note,
    needs: visit.needs.join('\n'), followUps: visit.followUps, correctionReason: '',
  };
}

/** The form as visit fields; an unreadable date is passed on as typed so the schema names it. */
export function toVisitFields(values: VisitFormValues) {
  const at = new Date(values.localAt);
  return {
    kind: values.kind,
    at: Number.isNaN(at.getTime()) ? values.localAt : at.toISOString(),
    participants: values.participants,
    note: values.note,
    needs: values.needs.split('\n').map((line) => line.trim()).filter(Boolean),
    followUps: values.followUps,
    correctionReason: values.correctionReason,
  };
}
