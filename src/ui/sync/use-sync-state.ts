import { useEffect, useState } from 'preact/hooks';
import { getSyncState, subscribeSync, type SyncState } from './sync-controller.ts';

export function useSyncState(): SyncState {
  const [state, setState] = useState(getSyncState);
  useEffect(() => subscribeSync(setState), []);
  return state;
}
