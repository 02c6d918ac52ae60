import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { listDisasterCases, listEventChecks, listFacilities } from '../../db/disaster.ts';
import { todayIso } from '../../domain/dates.ts';
import { assignFacilities } from '../../domain/disaster-facilities.ts';
import { filterDisasterCases, type DisasterFilter } from '../../domain/disaster-filter.ts';
import { latestChecks, latestNotes, summarizeSafety } from '../../domain/safety-status.ts';
import { triageCases, type TriageSort } from '../../domain/triage.ts';
import type { DisasterEvent } from '../../schema/disaster-event.ts';
import { useLiveQuery } from '../hooks/use-live-query.ts';

/** The current time, moving on every minute: runways shrink while the screen is open. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const handle = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(handle);
  }, []);
  return now;
}

async function loadEventData(event: DisasterEvent) {
  const db = getDb();
  const [cases, checks, resources] = await Promise.all([
    listDisasterCases(db, event, new Date()), listEventChecks(db, event.id), listFacilities(db),
  ]);
  return { cases, checks, resources };
}

/** Everything the disaster screen shows for one event, recomputed when records change or a minute passes. */
export function useDisasterList(event: DisasterEvent, filter: DisasterFilter, sort: TriageSort) {
  const now = useMinuteClock();
  const data = useLiveQuery(() => loadEventData(event), [event.id, event.rev, event.declaredBy, event.endedAt, event.areas]);
  return useMemo(() => {
    if (!data) return undefined;
    const chosen = filterDisasterCases(data.cases, event.areas, filter);
    const list = triageCases(chosen, event.outageStartedAt, now, todayIso(now), sort);
    const latest = latestChecks(data.checks, event.id);
    const notes = latestNotes(data.checks, event.id);
    const facilities = assignFacilities(data.resources, chosen, filter.municipalityCode ? [filter.municipalityCode] : event.areas);
    return { list, latest, notes, summary: summarizeSafety(list, latest), facilities, now };
  }, [data, filter.municipalityCode, filter.text, sort, now, event.outageStartedAt]);
}

export type DisasterListState = NonNullable<ReturnType<typeof useDisasterList>>;
