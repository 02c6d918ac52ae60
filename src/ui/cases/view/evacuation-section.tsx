import { todayIso } from '../../../domain/dates.ts';
import { formatDate } from '../../format/format-date.ts';
import { isReviewOverdue } from '../../../domain/evacuation-review.ts';
import type { EvacuationPlan } from '../../../schema/case.ts';
import { tRecord } from '../record-messages.ts';
import { v } from './messages.ts';

/** 個別避難計画 at a glance, with a warning when it is missing or not reviewed within a year. */
export function EvacuationSection({ plan }: { plan: EvacuationPlan | null }) {
  const isOverdue = isReviewOverdue(plan?.reviewedAt ?? null, todayIso());
  return (
    <section class="card" aria-labelledby="evac-title" data-testid="evacuation">
      <h2 id="evac-title">{tRecord('evac.title')}</h2>
      {!plan ? (
        <p class="warning" data-testid="evacuation-warning">{tRecord('evac.missing')}</p>
      ) : (
        <>
          <dl class="facts">
            <dt>{tRecord('evac.destination')}</dt>
            <dd>{tRecord(`dest.${plan.destination}`)}{plan.destinationName && `（${plan.destinationName}）`}</dd>
            <dt>{tRecord('evac.helpers')}</dt>
            <dd>{plan.helpers.length === 0 ? '—' : plan.helpers.map((h) => [h.name, h.relation, h.phone].filter(Boolean).join(' ')).join('、')}</dd>
            <dt>{tRecord('evac.transport')}</dt>
            <dd>{plan.transport || '—'}</dd>
            {plan.route && (<><dt>{v('evac.route')}</dt><dd class="pre-wrap">{plan.route}</dd></>)}
            {plan.carry && (<><dt>{v('evac.carry')}</dt><dd class="pre-wrap">{plan.carry}</dd></>)}
            <dt>{tRecord('evac.reviewed')}</dt>
            <dd>{plan.reviewedAt ? formatDate(plan.reviewedAt) : '—'}</dd>
          </dl>
          {isOverdue && (
            <p class="warning" data-testid="evacuation-warning">{plan.reviewedAt ? tRecord('evac.stale') : tRecord('evac.notReviewed')}</p>
          )}
        </>
      )}
    </section>
  );
}
