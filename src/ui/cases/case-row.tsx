import type { CaseSummary } from '../../db/case-rows.ts';
import { ageOn } from '../../domain/dates.ts';
import { careChip } from '../format/care-labels.ts';
import { t } from '../i18n/i18n.ts';
import { caseHref } from '../router.ts';

type Props = { summary: CaseSummary; today: string; municipality: string };

export function CaseRow({ summary, today, municipality }: Props) {
  return (
    <li>
      <a class="case-row" href={caseHref(summary.id)} data-testid="case-row">
        <span class="case-row__who">
          <span class="case-row__name" data-field="name">{summary.name}</span>
          <span class="case-row__kana" data-field="nameKana">{summary.nameKana}</span>
        </span>
        <span class="case-row__meta">
          <span data-field="age">{t('case.age', { n: ageOn(summary.birthDate, today) })}</span>
          <span data-field="municipality">{municipality}</span>
          <span class="case-row__score" data-field="score">{t('case.score', { n: summary.scoreTotal })}</span>
        </span>
        <span class="case-row__tags">
          {summary.isElectricityDependent && (
            <span class="badge badge--power" data-testid="power-badge">{t('case.powerDependent')}</span>
          )}
          {summary.careOptions.map((code) => (
            <span class="tag" key={code}>{careChip(code)}</span>
          ))}
        </span>
      </a>
    </li>
  );
}
