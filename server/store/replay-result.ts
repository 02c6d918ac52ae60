import type { PushResult } from '../../src/schema/sync-protocol.ts';

/** What a replayed mutation id answers: `duplicate`, with the rev the first delivery was given. */
export function answerReplay(id: string, remembered: PushResult): PushResult {
  return remembered.rev === undefined ? { id, status: 'duplicate' } : { id, status: 'duplicate', rev: remembered.rev };
}
