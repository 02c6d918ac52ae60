import { ageOn, todayIso } from '../../../domain/dates.ts';
import { formatDate } from '../../format/format-date.ts';
import type { Case } from '../../../schema/case.ts';
import { t } from '../../i18n/i18n.ts';
import { tRecord } from '../record-messages.ts';
import { v } from './messages.ts';

/** The basic facts (inside the view's 基本情報 fold). */
export function BasicInfo({ record, municipality }: { record: Case; municipality: string }) {
  const or = (text: string) => text || '—';
  return (
    <dl class="facts" data-testid="basic-info">
      <dt>{tRecord('case.birthDate')}</dt>
      <dd data-testid="birth-date">
        {formatDate(record.birthDate)} {t('case.age', { n: ageOn(record.birthDate, todayIso()) })}
      </dd>
      <dt>{tRecord('edit.sex')}</dt>
      <dd>{tRecord(`sex.${record.sex}`)}</dd>
      <dt>{tRecord('case.municipality')}</dt>
      <dd>{municipality}</dd>
      <dt>{tRecord('case.address')}</dt>
      <dd>{record.postcode && `〒${record.postcode} `}{or(record.address)}</dd>
      <dt>{tRecord('case.phone')}</dt>
      <dd>{record.phone ? <a href={`tel:${record.phone}`}>{record.phone}</a> : '—'}</dd>
      <dt>{tRecord('case.living')}</dt>
      <dd>{t(`living.${record.livingSituation}`)}</dd>
      <dt>{tRecord('case.school')}</dt>
      <dd>{or(record.school)}</dd>
      <dt>{v('meis')}</dt>
      <dd data-testid="meis-id">{or(record.meisId)}</dd>
      {record.notes && (
        <>
          <dt>{tRecord('case.notes')}</dt>
          <dd class="pre-wrap">{record.notes}</dd>
        </>
      )}
    </dl>
  );
}
