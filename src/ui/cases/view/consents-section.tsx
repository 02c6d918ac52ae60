import { isConsentExpiring } from '../../../domain/case-filters.ts';
import { todayIso } from '../../../domain/dates.ts';
import { formatDate } from '../../format/format-date.ts';
import type { Consent } from '../../../schema/case.ts';
import { tRecord } from '../record-messages.ts';
import { v } from './messages.ts';

function ExpiryBadge({ consent, today }: { consent: Consent; today: string }) {
  if (!consent.expiresAt || consent.withdrawnAt) return null;
  if (consent.expiresAt < today) return <span class="badge badge--alert">{v('consents.expired')}</span>;
  return isConsentExpiring([consent.expiresAt], today) ? <span class="badge badge--warn">{v('consents.expiring')}</span> : null;
}

/** Consents with their scope, expiry and withdrawal (inside the view's 同意 fold). */
export function ConsentsSection({ consents, nameOf }: { consents: Consent[]; nameOf: (code: string) => string }) {
  const today = todayIso();
  return (
    <>
      {consents.length === 0 ? (
        <p>{tRecord('consents.none')}</p>
      ) : (
        <ul class="plain-list">
          {consents.map((consent) => (
            <li key={consent.id}>
              <strong>{consent.kind === 'use' ? tRecord('consents.use') : tRecord('consents.provide')}</strong> {formatDate(consent.date)}
              {consent.explainedBy && ` ${consent.explainedBy}`}
              {[...consent.areas.map(nameOf), ...consent.organisations].length > 0 &&
                `（${[...consent.areas.map(nameOf), ...consent.organisations].join('、')}）`}
              {consent.expiresAt && <span class="muted"> {tRecord('consents.expires', { date: formatDate(consent.expiresAt) })}</span>}
              <ExpiryBadge consent={consent} today={today} />
              {consent.documentRef && <span class="muted"> {consent.documentRef}</span>}
              {consent.withdrawnAt && <span class="badge badge--alert">{tRecord('consents.withdrawn', { date: formatDate(consent.withdrawnAt) })}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
