/** Hybrid logical clock: wall time with a counter, so stamps order causally even when clocks drift. */
export type HlcState = { wall: number; counter: number };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatHlc(state: HlcState, nodeId: string): string {
  return `${pad(state.wall, 13)}:${pad(state.counter, 4)}:${nodeId}`;
}

export function parseHlc(stamp: string): HlcState & { nodeId: string } {
  const [wall = '0', counter = '0', ...rest] = stamp.split(':');
  return { wall: Number(wall), counter: Number(counter), nodeId: rest.join(':') };
}

/** Advances the clock for a local event at wall time `now`. */
export function tickHlc(previous: HlcState, now: number): HlcState {
  if (now > previous.wall) return { wall: now, counter: 0 };
  return { wall: previous.wall, counter: Math.min(previous.counter + 1, 9999) };
}

/** Advances the clock past a stamp seen from another node. */
export function receiveHlc(previous: HlcState, remote: string, now: number): HlcState {
  const other = parseHlc(remote);
  const wall = Math.max(previous.wall, other.wall, now);
  if (wall === previous.wall && wall === other.wall) {
    return { wall, counter: Math.min(Math.max(previous.counter, other.counter) + 1, 9999) };
  }
  if (wall === previous.wall) return { wall, counter: Math.min(previous.counter + 1, 9999) };
  if (wall === other.wall) return { wall, counter: Math.min(other.counter + 1, 9999) };
  return { wall, counter: 0 };
}

/** How far ahead of the receiver's clock a device's stamp may run before the receiver's own time replaces it. */
export const MAX_CLOCK_AHEAD_MS = 60_000;

/**
 * A device's stamp bounded by the receiver's clock (`now`): a tablet whose clock runs fast (set by hand, a flat
 * clock battery) would otherwise win every concurrent edit and show its changes as made in the future.
 */
export function boundHlc(stamp: string, now: number, maxAheadMs = MAX_CLOCK_AHEAD_MS): string {
  const parsed = parseHlc(stamp);
  if (parsed.wall <= now + maxAheadMs) return stamp;
  return formatHlc({ wall: now, counter: parsed.counter }, parsed.nodeId);
}

/** Stamp of the wall time alone, for display: `2026-11-26T09:00:00.000Z`. */
export function hlcToIso(stamp: string): string {
  return new Date(parseHlc(stamp).wall).toISOString();
}
