import { render } from 'preact';
import { getDb } from '../db/database.ts';
import { App } from './app.tsx';
import { restoreLanguage } from './i18n/i18n.ts';
import { startSyncController } from './sync/sync-controller.ts';
import './styles.css';

// Open the database while the session is read, so the case list's first query does not wait for it.
void getDb().open().catch((error: unknown) => console.error('database open failed', error));
startSyncController();
void restoreLanguage().then(() => render(<App />, document.getElementById('app')!));
