import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { listDisasterRecords, listDisasterRows, listEventChecks, listFacilities } from '../../db/disaster.ts';
import { todayIso } from '../../domain/dates.ts';
import { assignFacilities } from '../../domain/disaster-facilities.ts';
import { filterDisasterCases, type DisasterFilter } from '../../domain/disaster-filter.ts';
import { latestChecks, latestNotes, summarizeSafety } from '../../domain/safety-status.ts';
import { isPowerDependent, triageCases, type TriageSort } from '../../domain/triage.ts';
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
  const [rows, checks] = await Promise.all([listDisasterRows(db, event, new Date()), listEventChecks(db, event.id)]);
  return { rows, checks };
}

const eventDeps = (event: DisasterEvent) => [event.id, event.rev, event.declaredBy, event.endedAt, event.areas];

/**
 * Everything the disaster screen shows for one event, recomputed when records change or a minute passes. The
 * list does not wait for the facilities (read beside it, assigned once both are there; `undefined` until then).
 */
export function useDisasterList(event: DisasterEvent, filter: DisasterFilter, sort: TriageSort) {
  const now = useMinuteClock();
  const data = useLiveQuery(() => loadEventData(event), eventDeps(event));
  const resources = useLiveQuery(() => listFacilities(getDb()), []);
  const areas = filter.municipalityCode ? [filter.municipalityCode] : event.areas;
  const state = useMemo(() => {
    if (!data) return undefined;
    const chosen = filterDisasterCases(data.rows, event.areas, filter);
    // An ended event's runways stand as they were at its end, not still counting down.
    const at = event.endedAt !== null && Date.parse(event.endedAt) < now.getTime() ? new Date(event.endedAt) : now;
    const everyone = triageCases(chosen, event.outageStartedAt, at, todayIso(now), sort);
    const dependent = everyone.filter(isPowerDependent);
    const list = filter.powerOnly ? dependent : everyone;
    const latest = latestChecks(data.checks, event.id);
    const notes = latestNotes(data.checks, event.id);
    const counts = { everyone: everyone.length, dependent: dependent.length };
    return { chosen, list, counts, latest, notes, summary: summarizeSafety(list, latest), now };
  }, [data, filter.municipalityCode, filter.text, filter.powerOnly, sort, now, event.outageStartedAt, event.endedAt]);
  // Every child of the area, power or not: a shelter must know all who are coming.
  const facilities = useMemo(
    () => (state && resources ? assignFacilities(resources, state.chosen, areas) : undefined),
    [state?.chosen, resources, areas.join()],
  );
  return state && { ...state, facilities };
}

export type DisasterListState = NonNullable<ReturnType<typeof useDisasterList>>;

/** The disaster fields of the given children (the cards on screen, or all of them for paper), kept live. */
export function useDisasterRecords(event: DisasterEvent, ids: readonly string[] | null) {
  return useLiveQuery(async () => (ids ? listDisasterRecords(getDb(), event, ids, new Date()) : null), [...eventDeps(event), ids]);
}
