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

/** Stamp of the wall time alone, for display: `2026-11-26T09:00:00.000Z`. */
export function hlcToIso(stamp: string): string {
  return new Date(parseHlc(stamp).wall).toISOString();
}
