import { formatDateJa } from '../../../domain/dates.ts';
import type { Consent } from '../../../schema/case.ts';
import { t } from '../../i18n/i18n.ts';

export function ConsentsSection({ consents, nameOf }: { consents: Consent[]; nameOf: (code: string) => string }) {
  return (
    <section class="card" aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consents.title')}</h2>
      {consents.length === 0 ? (
        <p>{t('consents.none')}</p>
      ) : (
        <ul class="plain-list">
          {consents.map((consent) => (
            <li key={consent.id}>
              <strong>{consent.kind === 'use' ? t('consents.use') : t('consents.provide')}</strong> {formatDateJa(consent.date)}
              {consent.explainedBy && ` ${consent.explainedBy}`}
              {[...consent.areas.map(nameOf), ...consent.organisations].length > 0 &&
                `（${[...consent.areas.map(nameOf), ...consent.organisations].join('、')}）`}
              {consent.expiresAt && <span class="muted"> {t('consents.expires', { date: formatDateJa(consent.expiresAt) })}</span>}
              {consent.withdrawnAt && <span class="badge badge--alert">{t('consents.withdrawn', { date: formatDateJa(consent.withdrawnAt) })}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
