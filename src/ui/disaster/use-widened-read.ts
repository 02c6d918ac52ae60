import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { dropEndedWidening, saveWidenedRead } from '../../db/disaster-widened.ts';
import { isWideningActive } from '../../domain/disaster-access.ts';
import { DisasterCasesResponseSchema, type DisasterEvent } from '../../schema/disaster-event.ts';
import type { StoredSession } from '../../schema/device-state.ts';
import { ApiErrorSchema } from '../../schema/session.ts';
import { dt } from './disaster-messages.ts';

const REFRESH_MS = 60_000;

/** GET /api/disaster/events/:id/cases, parsed; the server audits every case read through it. */
async function fetchWidenedRead(token: string, eventId: string) {
  const response = await fetch(`/api/disaster/events/${encodeURIComponent(eventId)}/cases`, { headers: { authorization: `Bearer ${token}` } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(body);
    throw new Error(error.success ? error.data.error.message : `HTTP ${response.status}`);
  }
  return DisasterCasesResponseSchema.parse(body);
}

/**
 * For a named responder of a declared event: keeps the widened read on the tablet (refreshed every minute while
 * online), so the list still works when the network goes. Widened reads of ended events are dropped.
 */
export function useWidenedRead(event: DisasterEvent, session: StoredSession): string | null {
  const [message, setMessage] = useState<string | null>(null);
  const isResponder = event.responders.includes(session.user.id) && session.user.role !== 'admin';
  useEffect(() => {
    void dropEndedWidening(getDb(), new Date());
    if (!isResponder || !isWideningActive(event, new Date())) return;
    let isCurrent = true;
    const refresh = async () => {
      if (!navigator.onLine) return;
      try {
        const read = await fetchWidenedRead(session.token, event.id);
        await saveWidenedRead(getDb(), read);
        if (isCurrent) setMessage(dt('widenedFetched', { n: read.cases.length }));
      } catch (caught) {
        if (isCurrent) setMessage(dt('widenedFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
      }
    };
    void refresh();
    const handle = window.setInterval(() => void refresh(), REFRESH_MS);
    window.addEventListener('online', refresh);
    return () => {
      isCurrent = false;
      window.clearInterval(handle);
      window.removeEventListener('online', refresh);
    };
  }, [event.id, event.declaredBy, event.endedAt, isResponder, session.token]);
  return message;
}
