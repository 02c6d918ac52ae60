import { formatHlc, tickHlc, type HlcState } from '../domain/hlc.ts';

let state: HlcState = { wall: 0, counter: 0 };

/** The next hybrid-logical-clock stamp of this device, strictly increasing within this context. */
export function nextStamp(deviceId: string): string {
  state = tickHlc(state, Date.now());
  return formatHlc(state, deviceId.replace(/[^\w-]/g, '').slice(0, 64));
}
