import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n/i18n.ts';

type Loader<P> = () => Promise<ComponentType<P>>;

// Loaded screens by loader, so coming back to a screen renders it at once.
const cache = new Map<unknown, unknown>();

/** Renders a screen whose code is fetched with import() on first use, so it stays out of the first page's JS. */
export function LazyScreen<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  // Keyed by loader: the same LazyScreen instance may be asked for another screen on navigation.
  const [loaded, setLoaded] = useState<{ load: Loader<P>; Screen: ComponentType<P> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const Screen = loaded?.load === load ? loaded.Screen : (cache.get(load) as ComponentType<P> | undefined);

  useEffect(() => {
    if (Screen) return;
    let isCurrent = true;
    setError(null);
    load()
      .then((component) => {
        cache.set(load, component);
        if (isCurrent) setLoaded({ load, Screen: component });
      })
      .catch((caught: unknown) => isCurrent && setError(String(caught)));
    return () => {
      isCurrent = false;
    };
  }, [load]);

  if (error) return <p class="error" role="alert">{t('common.error', { message: error })}</p>;
  if (!Screen) return <p role="status">{t('common.loading')}</p>;
  return <Screen {...props} />;
}
