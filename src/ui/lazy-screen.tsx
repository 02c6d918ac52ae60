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
  const [hasFailed, setFailed] = useState(false);
  const Screen = loaded?.load === load ? loaded.Screen : (cache.get(load) as ComponentType<P> | undefined);

  useEffect(() => {
    if (Screen) return;
    let isCurrent = true;
    setFailed(false);
    load()
      .then((component) => {
        cache.set(load, component);
        if (isCurrent) setLoaded({ load, Screen: component });
      })
      .catch((caught: unknown) => {
        console.error('screen failed to load', caught);
        if (isCurrent) setFailed(true);
      });
    return () => {
      isCurrent = false;
    };
  }, [load]);

  // Its code could not be fetched: an older page whose files a newer version replaced, or the network gone
  // before the service worker had them. A reload brings the current version's.
  if (hasFailed) {
    return (
      <p class="error" role="alert">
        {t('common.screenFailed')} <button type="button" class="button" onClick={() => location.reload()}>{t('common.reload')}</button>
      </p>
    );
  }
  if (!Screen) return <p role="status">{t('common.loading')}</p>;
  return <Screen {...props} />;
}
