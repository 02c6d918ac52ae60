import { getDb } from '../db/database.ts';
import { readAllRecords } from '../db/layered-records.ts';
import { watchQuery } from '../db/live-query.ts';
import { buildMatchIndex, type MatchIndex } from '../domain/match-index.ts';
import type { Resource } from '../schema/resource.ts';

// The directory as the worker holds it: read once, kept current by a live query (writes from the page or
// the service worker reach it through Dexie's cross-context notifications), indexed on first use after a change.

let resources: Resource[] | null = null;
let index: MatchIndex | null = null;
let ready: Promise<void> | null = null;

function startWatching(): Promise<void> {
  ready ??= new Promise((resolve) => {
    watchQuery(
      () => readAllRecords(getDb(), 'resources'),
      (list) => {
        resources = list.filter((resource) => !resource.deleted);
        index = null;
        resolve();
      },
    );
  });
  return ready;
}

export async function currentResources(): Promise<Resource[]> {
  await startWatching();
  return resources!;
}

export async function currentIndex(): Promise<MatchIndex> {
  await startWatching();
  index ??= buildMatchIndex(resources!);
  return index;
}
