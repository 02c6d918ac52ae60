import { useEffect, useState } from 'preact/hooks';
import { secondsUntil } from './countdown.ts';

/** Seconds left until `retryAfter`, updated every second (recomputed from the clock, so a suspended tab is right). */
export function useSecondsUntil(retryAfter: string | null): number {
  const [seconds, setSeconds] = useState(() => secondsUntil(retryAfter, Date.now()));
  useEffect(() => {
    const update = () => setSeconds(secondsUntil(retryAfter, Date.now()));
    update();
    if (!retryAfter) return;
    const timer = window.setInterval(update, 1000);
    return () => window.clearInterval(timer);
  }, [retryAfter]);
  return seconds;
}
