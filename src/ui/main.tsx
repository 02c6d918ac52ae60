import { render } from 'preact';
import { getDb } from '../db/database.ts';
import { App } from './app.tsx';
import { restoreLanguage } from './i18n/i18n.ts';
import { startSyncWhenReady } from './session/sync-start.ts';
import './styles.css';

// Open the database while the session is read, so the case list's first query does not wait for it.
void getDb().open().catch((error: unknown) => console.error('database open failed', error));
// Not before the PIN exists: a signed-in tablet without one (updated from before encryption) waits for it.
void startSyncWhenReady();
void restoreLanguage().then(() => render(<App />, document.getElementById('app')!));
