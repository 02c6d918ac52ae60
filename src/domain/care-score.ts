import type { CareSelection } from '../schema/care-items.ts';
import { CARE_OPTIONS, type CareItemNumber, type CareOptionCode, type SpecifiedAct, type WatchLevel } from '../schema/care-options.ts';

export const SCORE_BANDS = [32, 16, 3] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number] | 0;

export type CareScore = {
  total: number;
  /** The highest threshold reached (>=32, >=16, >=3), or 0 below 3. */
  band: ScoreBand;
  byItem: Partial<Record<CareItemNumber, number>>;
  specifiedActs: SpecifiedAct[];
};

function watchScore(option: (typeof CARE_OPTIONS)[keyof typeof CARE_OPTIONS], level: WatchLevel): number {
  const watch: Partial<Record<WatchLevel, number>> = option.watch;
  // A level the item does not define (e.g. 中 on a 高/低 item) scores as the nearest lower level.
  return watch[level] ?? (level === 'mid' ? (watch.low ?? 0) : 0);
}

/** Whether this option's 見守り counts beside the others chosen: 気管切開 adds none when 人工呼吸器 also applies. */
export const isWatchCounted = (option: CareOptionCode, selections: readonly CareSelection[]): boolean =>
  option !== 'tracheostomy' || !selections.some((s) => s.option === 'ventilator');

/** Scores 医療的ケア判定スコア selections: base + 見守り per option, alternatives in a group counted once. */
export function scoreCareItems(selections: readonly CareSelection[]): CareScore {
  const bestInGroup = new Map<string, number>();
  const byItem: Partial<Record<CareItemNumber, number>> = {};
  const acts = new Set<SpecifiedAct>();
  let total = 0;

  for (const selection of selections) {
    const option = CARE_OPTIONS[selection.option];
    const watch = isWatchCounted(selection.option, selections) ? watchScore(option, selection.watch) : 0;
    let points = option.score + watch;
    const group = 'group' in option ? option.group : undefined;
    if (group) {
      const previous = bestInGroup.get(group) ?? 0;
      if (points <= previous) points = 0;
      else {
        bestInGroup.set(group, points);
        points -= previous;
      }
    }
    total += points;
    byItem[option.item] = (byItem[option.item] ?? 0) + points;
    const details: readonly { code: string; act?: SpecifiedAct }[] = 'details' in option ? option.details : [];
    for (const code of selection.details) {
      const act = details.find((d) => d.code === code)?.act;
      if (act) acts.add(act);
    }
  }
  return { total, band: bandOf(total), byItem, specifiedActs: [...acts] };
}

export function bandOf(total: number): ScoreBand {
  return SCORE_BANDS.find((threshold) => total >= threshold) ?? 0;
}

/** Whether the score table grades this option by 見守り (else a 見守り level means nothing and is not shown). */
export const isGradedByWatch = (option: CareOptionCode): boolean => Object.keys(CARE_OPTIONS[option].watch).length > 0;
