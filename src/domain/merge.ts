// Field-level merge rules of sync protocol v1, shared by the server and anything that must predict it.

/** Who last wrote one top-level field of a record, and at which change sequence. */
export type FieldStamp = { rev: number; at: string; by: string; mutationId: string; clientId?: string };

/** A write as the merge rules see it: its hybrid logical clock stamp, mutation id and sending device. */
export type WriteOrder = { at: string; mutationId: string; clientId?: string };

/**
 * What to do with one incoming field value:
 * - `same`: the stored value already equals it; nothing to write
 * - `take`: nobody else changed the field since the writer's base revision (or an asserted value equal to the
 *   stored one is the later write); the incoming value and its stamp replace it
 * - `conflict-take` / `conflict-keep`: both sides changed it; the incoming write wins or loses, and the loser
 *   must be kept as a conflict record
 */
export type FieldDecision = 'same' | 'take' | 'conflict-take' | 'conflict-keep';

/** True when `a` wins over `b`: the greater HLC stamp; on a tie, the greater mutation id. */
export function isLaterWrite(a: WriteOrder, b: WriteOrder): boolean {
  if (a.at !== b.at) return a.at > b.at;
  return a.mutationId > b.mutationId;
}

/** Structural equality of JSON values (object key order ignored). */
export function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => isSameJson(value, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((key) => left[key] !== undefined);
  if (keys.length !== Object.keys(right).filter((key) => right[key] !== undefined).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && isSameJson(left[key], right[key]));
}

type FieldInput = {
  stored: unknown;
  storedStamp: FieldStamp | undefined;
  incoming: unknown;
  incomingOrder: WriteOrder;
  /** The server revision the writer last saw; null when it believed the record new. */
  baseRev: number | null;
  /** The writer re-asserts the value (a person chose it): an equal value is still a write, stamped anew. */
  isAsserted?: boolean;
};

export function decideField({ stored, storedStamp, incoming, incomingOrder, baseRev, isAsserted = false }: FieldInput): FieldDecision {
  const isSame = isSameJson(stored, incoming);
  if (isSame && !isAsserted) return 'same';
  const changedSinceBase = storedStamp !== undefined && storedStamp.rev > (baseRev ?? -1);
  if (!changedSinceBase || isSameDeviceLater(incomingOrder, storedStamp)) return 'take';
  const isLater = isLaterWrite(incomingOrder, storedStamp);
  // Equal values lose nothing either way: the later of the two stamps stays, and there is no conflict to keep.
  if (isSame) return isLater ? 'take' : 'same';
  return isLater ? 'conflict-take' : 'conflict-keep';
}

/**
 * A device's own edits are causally ordered even when it sent several from the same base revision while
 * offline; the later one replaces the earlier without a conflict.
 */
function isSameDeviceLater(incoming: WriteOrder, stored: FieldStamp): boolean {
  return stored.clientId !== undefined && stored.clientId === incoming.clientId && incoming.at > stored.at;
}
