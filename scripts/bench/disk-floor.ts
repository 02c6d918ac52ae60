import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

// The disk under the bench's SQLite file, alone. A push is answered only once its commit's WAL is on disk
// (synchronous=FULL), one commit after another, so no push can be answered sooner than one write of a commit's
// WAL and its fdatasync (what SQLite calls on Linux) — and when the disk stalls on one, every push sent meanwhile
// waits. Measured with no server work running, at the cadence of the push load, right before it: on a virtual
// machine those stalls come and go from minute to minute, and this says whether a slow p99 was the disk's.

/** A commit's WAL in the push bench: a batch of 100 mutations writes about 530 KB. */
const COMMIT_BYTES = 512 * 1024;
/** Written over in turn, as the WAL is once it starts over after a checkpoint. */
const FILE_BLOCKS = 64;

/** `count` writes of a commit's size, each followed by fdatasync, one every `everyMs`; each one's milliseconds. */
export async function measureDiskSyncs(dir: string, count: number, everyMs: number): Promise<number[]> {
  const file = join(dir, 'disk-floor');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(COMMIT_BYTES, 0x5a);
  const times: number[] = [];
  try {
    // Laid out first, untimed: SQLite's WAL is written over in place once it has grown.
    for (let i = 0; i < FILE_BLOCKS; i++) writeSync(fd, block, 0, COMMIT_BYTES, i * COMMIT_BYTES);
    fdatasyncSync(fd);
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const wait = started + i * everyMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const began = performance.now();
      writeSync(fd, block, 0, COMMIT_BYTES, (i % FILE_BLOCKS) * COMMIT_BYTES);
      fdatasyncSync(fd);
      times.push(performance.now() - began);
    }
  } finally {
    closeSync(fd);
    rmSync(file);
  }
  return times;
}
