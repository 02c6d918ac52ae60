import type Database from 'better-sqlite3';
import type { StatsRecords } from './store.ts';

// The input of aggregate statistics: live cases of some areas, their live visits and the live directory.
// Records were validated when written, so they are read as they are stored (see Store.listStatsRecords).

type Areas = { all: 0 | 1; areas: string };

const IN_AREAS = '(@all = 1 OR c.scope_code IN (SELECT value FROM json_each(@areas)))';

export class SqliteStatsSource {
  private readonly cases: Database.Statement<[Areas], { data: string }>;
  private readonly visits: Database.Statement<[Areas], { data: string }>;
  private readonly resources: Database.Statement<[], { data: string }>;

  constructor(db: Database.Database) {
    this.cases = db.prepare(`SELECT c.data FROM records c WHERE c.collection = 'cases' AND c.deleted = 0 AND ${IN_AREAS}`);
    this.visits = db.prepare(`
      SELECT v.data FROM records v JOIN records c ON c.collection = 'cases' AND c.id = v.scope_case
      WHERE v.collection = 'visits' AND v.deleted = 0 AND c.deleted = 0 AND ${IN_AREAS}`);
    this.resources = db.prepare("SELECT data FROM records WHERE collection = 'resources' AND deleted = 0");
  }

  list(areas: readonly string[] | null): StatsRecords {
    const params: Areas = { all: areas === null ? 1 : 0, areas: JSON.stringify(areas ?? []) };
    const parse = <T>(rows: { data: string }[]) => rows.map((row) => JSON.parse(row.data) as T);
    return {
      cases: parse(this.cases.all(params)),
      visits: parse(this.visits.all(params)),
      resources: parse(this.resources.all()),
    };
  }
}
