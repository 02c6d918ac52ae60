import { useContext } from 'preact/hooks';
import { isWatchCounted, scoreCareItems } from '../../../../domain/care-score.ts';
import type { CareSelection } from '../../../../schema/care-items.ts';
import {
  CARE_ITEM_LABELS, CARE_OPTIONS, type CareItemNumber, type CareOptionCode, type WatchLevel,
} from '../../../../schema/care-options.ts';
import { bilingual, CARE_ITEM_EN, CARE_SHORT_EN } from '../../../format/care-labels-en.ts';
import { careDetail, specifiedActs } from '../../../format/care-labels.ts';
import { getLanguage } from '../../../i18n/i18n.ts';
import { EditSection } from '../edit-section.tsx';
import { FieldErrorsContext } from '../field-errors-context.ts';
import { m } from '../messages.ts';
import type { RecordProps } from './record-props.ts';
import { tRecord } from '../../record-messages.ts';

const isEnglish = () => getLanguage() === 'en';

const ITEMS = Object.keys(CARE_ITEM_LABELS).map(Number) as CareItemNumber[];
const OPTIONS = Object.keys(CARE_OPTIONS) as CareOptionCode[];

type OptionProps = {
  code: CareOptionCode; selection: CareSelection | undefined; isWatchCounted: boolean; onChange: (s: CareSelection | null) => void;
};

/** One sub-option: a checkbox, then its 見守り level and 内訳 once chosen. */
function CareOption({ code, selection, isWatchCounted, onChange }: OptionProps) {
  const option = CARE_OPTIONS[code];
  const levels = Object.keys(option.watch) as WatchLevel[];
  const details: readonly { code: string; label: string; act?: string }[] = 'details' in option ? option.details : [];
  const id = `care-${code}`;
  const toggleDetail = (detail: string, isOn: boolean) =>
    selection && onChange({ ...selection, details: isOn ? [...selection.details, detail] : selection.details.filter((d) => d !== detail) });
  return (
    <div class="care-option">
      <div class="check">
        <input id={id} type="checkbox" checked={!!selection}
          onChange={(e) => onChange(e.currentTarget.checked ? { option: code, watch: levels.includes('low') ? 'low' : (levels[0] ?? 'low'), details: [] } : null)} />
        <label for={id}>{isEnglish() ? bilingual(CARE_SHORT_EN[code], option.label) : option.label}<span class="muted">{m('care.points', { n: option.score })}</span></label>
      </div>
      {selection && levels.length > 0 && (
        <div class="care-option__more">
          <label for={`${id}-watch`}>{m('care.watch')}</label>
          {/* 気管切開 beside a ventilator: the table adds no 見守り, so no level may promise points. */}
          <select id={`${id}-watch`} value={selection.watch} aria-describedby={isWatchCounted ? undefined : `${id}-watch-hint`}
            onChange={(e) => onChange({ ...selection, watch: e.currentTarget.value as WatchLevel })}>
            {levels.map((level) => (
              <option key={level} value={level}>
                {m('care.watchOption', { level: tRecord(`watch.${level}`), n: isWatchCounted ? (option.watch[level as keyof typeof option.watch] ?? 0) : 0 })}
              </option>
            ))}
          </select>
          {!isWatchCounted && <p id={`${id}-watch-hint`} class="field__hint" data-testid={`${id}-watch-hint`}>{m('care.watchNotCounted')}</p>}
        </div>
      )}
      {selection && details.length > 0 && (
        <fieldset class="care-option__details">
          <legend>{m('care.details')}</legend>
          {details.map((detail) => (
            <div class="check" key={detail.code}>
              <input id={`${id}-${detail.code}`} type="checkbox" checked={selection.details.includes(detail.code)}
                onChange={(e) => toggleDetail(detail.code, e.currentTarget.checked)} />
              <label for={`${id}-${detail.code}`}>{careDetail(code, detail.code)}{detail.act && <span class="badge">{tRecord('care.specified')}</span>}</label>
            </div>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** The 14 items of the 医療的ケア判定スコア, with the score, band and 特定行為 recomputed as options change. */
export function CareItemsSection({ record, onField }: RecordProps) {
  const error = useContext(FieldErrorsContext).careItems;
  const score = scoreCareItems(record.careItems);
  const byCode = new Map(record.careItems.map((s) => [s.option, s]));
  const setOption = (code: CareOptionCode, next: CareSelection | null) => {
    const rest = record.careItems.filter((s) => s.option !== code);
    const list = next ? [...rest, next] : rest;
    onField('careItems', list.sort((a, b) => OPTIONS.indexOf(a.option) - OPTIONS.indexOf(b.option)));
  };
  return (
    <EditSection title={m('section.care')} fields={['careItems']} testId="section-care">
      <p class="score sticky-score" data-testid="edit-care-score" aria-live="polite">
        <strong>{m('care.live', { n: score.total })}</strong>
        <span class="badge">{score.band > 0 ? tRecord('care.band', { band: score.band }) : tRecord('care.bandNone')}</span>
      </p>
      {score.specifiedActs.length > 0 && (
        <p>{m('care.actsNote', { acts: specifiedActs(score.specifiedActs) })}</p>
      )}
      {error && <p class="error" data-testid="error-careItems">{error}</p>}
      <div class="care-grid">
        {ITEMS.map((item) => (
          <fieldset class="care-item" key={item}>
            <legend>{item}. {isEnglish() ? bilingual(CARE_ITEM_EN[item], CARE_ITEM_LABELS[item]) : CARE_ITEM_LABELS[item]}</legend>
            {OPTIONS.filter((code) => CARE_OPTIONS[code].item === item).map((code) => (
              <CareOption key={code} code={code} selection={byCode.get(code)} isWatchCounted={isWatchCounted(code, record.careItems)}
                onChange={(next) => setOption(code, next)} />
            ))}
          </fieldset>
        ))}
      </div>
    </EditSection>
  );
}
