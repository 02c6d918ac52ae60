import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n/i18n.ts';

type Loader<P> = () => Promise<ComponentType<P>>;

// Loaded screens by loader, so coming back to a screen renders it at once.
const cache = new Map<unknown, unknown>();

/** Renders a screen whose code is fetched with import() on first use, so it stays out of the first page's JS. */
export function LazyScreen<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const [Screen, setScreen] = useState<ComponentType<P> | undefined>(() => cache.get(load) as ComponentType<P> | undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (Screen) return;
    load()
      .then((component) => {
        cache.set(load, component);
        setScreen(() => component);
      })
      .catch((caught: unknown) => setError(String(caught)));
  }, [load]);

  if (error) return <p class="error" role="alert">{t('common.error', { message: error })}</p>;
  if (!Screen) return <p role="status">{t('common.loading')}</p>;
  return <Screen {...props} />;
}
