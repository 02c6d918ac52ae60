import { LIVING_SITUATIONS, type Case } from '../schema/case.ts';
import { CARE_ITEM_LABELS } from '../schema/care-options.ts';
import type { STATS_FIGURE_IDS } from '../schema/stats.ts';
import type { Visit } from '../schema/visit.ts';
import { AGE_BAND_IDS } from './age-bands.ts';
import { classifyChild, statsDates, type ChildCategories } from './stats-classify.ts';
import { createTally, type CountTable, type Tally } from './stats-table.ts';

// 実態把握: every figure of the statistics dashboard from the records in scope, by municipality.

const YES_NO = ['yes', 'no'];
const NONE: readonly string[] = [];

/** Each per-child figure's columns; `exclusive` when a child falls in exactly one. */
export const CHILD_FIGURES = {
  careItems: { columns: Object.keys(CARE_ITEM_LABELS), exclusive: false },
  ageBands: { columns: [...AGE_BAND_IDS], exclusive: true },
  living: { columns: [...LIVING_SITUATIONS], exclusive: true },
  scoreBands: { columns: ['32', '16', '3', '0'], exclusive: true },
  electricity: { columns: YES_NO, exclusive: true },
  school: { columns: ['school', 'daycare', 'none'], exclusive: true },
  consultation: { columns: YES_NO, exclusive: true },
  transition: { columns: YES_NO, exclusive: true },
  evacuation: { columns: ['missing', 'overdue', 'current'], exclusive: true },
  consents: { columns: ['expiring', 'other'], exclusive: true },
} as const satisfies Record<keyof ChildCategories, { columns: readonly string[]; exclusive: boolean }>;

type ChildFigureId = keyof typeof CHILD_FIGURES;
export const FIGURE_IDS = [...(Object.keys(CHILD_FIGURES) as ChildFigureId[]), 'unmetNeeds', 'visitsByMonth'] as const;
export type FigureId = (typeof FIGURE_IDS)[number];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The wire schema (src/schema/stats.ts) lists the same figures; this line stops compiling when they differ. */
export const FIGURES_MATCH_SCHEMA: Same<FigureId, (typeof STATS_FIGURE_IDS)[number]> = true;

export type StatsReport = {
  asOf: string;
  /** Municipality codes with at least one counted child: the rows of every table. */
  municipalities: string[];
  /** Children the law counts (under 18, or 18+ in high school). */
  counted: number;
  /** Records left out: 18 and over and not in high school. */
  excludedAdults: number;
  figures: Record<FigureId, CountTable>;
};

/** What a visit contributes; `correctsVisitId` marks a correction of an earlier note. */
export type StatsVisit = Pick<Visit, 'caseId' | 'at'> & { correctsVisitId?: string | null };

/** A child the law counts, with its age in completed years on the report date. */
export type CountedChild = { child: Case; age: number };

export type StatsInput = {
  cases: readonly Case[];
  visits: readonly StatsVisit[];
  asOf: string;
  /** Unmet needs by service type: the columns, and each counted child's unmet ones (from the resource matching). */
  unmetNeeds: { columns: readonly string[]; findAll: (children: readonly CountedChild[]) => ReadonlyMap<string, readonly string[]> };
};

/** The 12 months ending with the month of `asOf`, oldest first ('YYYY-MM'). */
export function lastTwelveMonths(asOf: string): string[] {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const date = new Date(Date.UTC(y, m - 12 + i, 1));
    return date.toISOString().slice(0, 7);
  });
}

function countVisits(input: StatsInput, rowOfCase: Map<string, number>, municipalities: string[]): CountTable {
  const months = lastTwelveMonths(input.asOf);
  const tally = createTally(municipalities, months, { exclusiveColumns: true, unit: 'visits' });
  const inRange = new Set(months);
  for (const visit of input.visits) {
    // A correction restates an earlier visit; only the original counts as a visit.
    if (visit.correctsVisitId) continue;
    const row = rowOfCase.get(visit.caseId);
    const month = visit.at.slice(0, 7);
    if (row !== undefined && inRange.has(month)) tally.add(row, [month]);
  }
  return tally.finish();
}

/** Computes every figure of the dashboard. Pure: the stats worker and the server both call it. */
export function computeStats(input: StatsInput): StatsReport {
  const live = input.cases.filter((child) => !child.deleted);
  const dates = statsDates(input.asOf);
  const counted: (CountedChild & { categories: ChildCategories })[] = [];
  for (const child of live) {
    const classified = classifyChild(child, dates);
    if (classified) counted.push({ child, age: classified.age, categories: classified });
  }
  const municipalities = [...new Set(counted.map((entry) => entry.child.municipalityCode))].sort();
  const rowOf = new Map(municipalities.map((code, i) => [code, i]));

  const ids = Object.keys(CHILD_FIGURES) as ChildFigureId[];
  const tallies = ids.map((id) => createTally(municipalities, CHILD_FIGURES[id].columns, { exclusiveColumns: CHILD_FIGURES[id].exclusive }));
  const unmet = createTally(municipalities, input.unmetNeeds.columns, { exclusiveColumns: false });
  const rowOfCase = new Map<string, number>();
  const unmetOf = input.unmetNeeds.findAll(counted);

  for (const { child, categories } of counted) {
    const row = rowOf.get(child.municipalityCode)!;
    rowOfCase.set(child.id, row);
    for (let i = 0; i < ids.length; i++) tallies[i]!.add(row, categories[ids[i]!]);
    unmet.add(row, unmetOf.get(child.id) ?? NONE);
  }
  const figures = Object.fromEntries(ids.map((id, i) => [id, (tallies[i] as Tally).finish()])) as Record<FigureId, CountTable>;
  figures.unmetNeeds = unmet.finish();
  figures.visitsByMonth = countVisits(input, rowOfCase, municipalities);
  return { asOf: input.asOf, municipalities, counted: counted.length, excludedAdults: live.length - counted.length, figures };
}
