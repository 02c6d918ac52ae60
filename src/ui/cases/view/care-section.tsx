import { isGradedByWatch, isWatchCounted, scoreCareItems } from '../../../domain/care-score.ts';
import type { CareSelection } from '../../../schema/care-items.ts';
import { CARE_OPTIONS } from '../../../schema/care-options.ts';
import { bilingual, CARE_SHORT_EN } from '../../format/care-labels-en.ts';
import { careDetail, specifiedActs } from '../../format/care-labels.ts';
import { getLanguage } from '../../i18n/i18n.ts';
import { tRecord } from '../record-messages.ts';
import { v } from './messages.ts';

const careLabel = (code: CareSelection['option']) =>
  getLanguage() === 'en' ? bilingual(CARE_SHORT_EN[code], CARE_OPTIONS[code].label) : CARE_OPTIONS[code].label;

const detailLabels = (selection: CareSelection): string[] => selection.details.map((detail) => careDetail(selection.option, detail));

/** 医療的ケア with the computed 判定スコア, its band and the 特定行為 flagged. */
export function CareSection({ careItems }: { careItems: CareSelection[] }) {
  const score = scoreCareItems(careItems);
  return (
    <section class="card" aria-labelledby="care-title">
      <h2 id="care-title">{tRecord('care.title')}</h2>
      <p class="score" data-testid="care-score">
        <strong>{tRecord('care.total', { n: score.total })}</strong>
        <span class="badge">{score.band > 0 ? tRecord('care.band', { band: score.band }) : tRecord('care.bandNone')}</span>
      </p>
      {careItems.length === 0 ? (
        <p>{tRecord('care.none')}</p>
      ) : (
        <ul class="plain-list">
          {careItems.map((selection) => (
            <li key={selection.option}>
              {careLabel(selection.option)}
              {selection.details.length > 0 && `: ${detailLabels(selection).join(getLanguage() === 'en' ? ', ' : '・')}`}
              {/* 見守り only for the options the score table grades by it (not ネブライザー, 間欠的導尿 …). */}
              {isGradedByWatch(selection.option) && (
                <span class="muted"> {tRecord('care.watch', { level: tRecord(`watch.${selection.watch}`) })}</span>
              )}
              {!isWatchCounted(selection.option, careItems) && <span class="muted" data-testid="watch-not-counted"> {v('care.watchNotCounted')}</span>}
            </li>
          ))}
        </ul>
      )}
      {score.specifiedActs.length > 0 && (
        <p data-testid="specified-acts">
          <span class="badge badge--alert">{tRecord('care.specified')}</span>{' '}
          {specifiedActs(score.specifiedActs)}
        </p>
      )}
    </section>
  );
}
