import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { getCase } from '../../db/cases.ts';
import { todayIso } from '../../domain/dates.ts';
import { toMatchChild } from '../../domain/match-child.ts';
import type { MatchRequest, MatchResult, Weekday } from '../../domain/match-types.ts';
import { needsForAge, type ServiceNeed } from '../../domain/service-needs.ts';
import type { Case } from '../../schema/case.ts';
import type { CareOptionCode } from '../../schema/care-options.ts';
import { failureText } from '../i18n/failure-text.ts';
import { getResourceWorker } from '../resources/resource-worker-client.ts';

export type MatchForm = {
  needs: ServiceNeed[];
  careItems: CareOptionCode[];
  age: string;
  municipalityCode: string;
  requireVacancy: boolean;
  includeNeighbours: boolean;
  maxDistanceKm: string;
  days: Weekday[];
};

const EMPTY: MatchForm = { needs: ['short-stay'], careItems: [], age: '6', municipalityCode: '142018', requireVacancy: false, includeNeighbours: true, maxDistanceKm: '', days: [] };

/** The form pre-filled from a case (its care, age today, municipality, and the services its age suggests). */
export function formFromCase(record: Case, today: string): MatchForm {
  const child = toMatchChild(record, today);
  const suggested = needsForAge(child.age, ['short-stay', 'day-development', 'after-school']);
  return { ...EMPTY, needs: suggested, careItems: [...child.careItems], age: String(child.age), municipalityCode: child.municipalityCode };
}

/** The case (if any) and the form state; the form is filled from the case once it has loaded. */
export function useMatchForm(caseId: string | null) {
  const [record, setRecord] = useState<Case | null | undefined>(caseId ? undefined : null);
  const [form, setForm] = useState<MatchForm>(EMPTY);
  useEffect(() => {
    if (!caseId) return;
    void getCase(getDb(), caseId).then((found) => {
      const live = found && !found.deleted ? found : null;
      setRecord(live);
      if (live) setForm(formFromCase(live, todayIso()));
    });
  }, [caseId]);
  return { record, form, setForm };
}

function toRequest(form: MatchForm, record: Case | null): MatchRequest | null {
  const age = Number(form.age);
  if (form.needs.length === 0 || !Number.isFinite(age) || !/^\d{6}$/.test(form.municipalityCode)) return null;
  const km = form.maxDistanceKm === '' ? null : Number(form.maxDistanceKm);
  return {
    child: { careItems: form.careItems, age, municipalityCode: form.municipalityCode, consents: record?.consents ?? [] },
    needs: form.needs,
    limits: { requireVacancy: form.requireVacancy, includeNeighbours: form.includeNeighbours, maxDistanceKm: km, days: form.days },
    today: todayIso(),
  };
}

/** Runs the match in the worker whenever the form settles; the latest answer wins. */
export function useMatchResult(form: MatchForm, record: Case | null | undefined) {
  const [result, setResult] = useState<{ key: string; value: MatchResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const request = record === undefined ? null : toRequest(form, record);
  const key = JSON.stringify(request);
  useEffect(() => {
    if (!request) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      getResourceWorker().match(request)
        .then((value) => isCurrent && (setResult({ key, value }), setError(null)))
        .catch((caught: unknown) => isCurrent && setError(failureText(caught)));
    }, 120);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [key]);
  return { result: result?.key === key ? result.value : null, isBusy: request !== null && result?.key !== key, error };
}
