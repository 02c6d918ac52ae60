import { SqliteFieldEdits } from '../../../server/store/sqlite-field-edits.ts';
import { SqliteRecords } from '../../../server/store/sqlite-records.ts';
import '../../../server/store/sqlite-writer-thread.ts';
import { CRASH_NOTE } from './writer-crash-note.ts';

// The SQLite writer thread with one fault injected (bundled by the test, never by the build): writing a record
// whose notes are CRASH_NOTE — whole, or as a field edit — ends the thread on the spot, inside the open
// transaction, as a fatal error would.

const crashOn = <A extends unknown[], R>(write: (...args: A) => R, isCrash: (...args: A) => boolean) =>
  function (this: unknown, ...args: A): R {
    if (isCrash(...args)) process.exit(70);
    return write.apply(this, args);
  };

SqliteRecords.prototype.write = crashOn(SqliteRecords.prototype.write, (record) => record.data.notes === CRASH_NOTE);
SqliteFieldEdits.prototype.write = crashOn(SqliteFieldEdits.prototype.write, (record) => record.data.notes === CRASH_NOTE);
