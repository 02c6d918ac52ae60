import { render } from 'preact';
import { App } from './app.tsx';
import { restoreLanguage } from './i18n/i18n.ts';
import { startSyncController } from './sync/sync-controller.ts';
import './styles.css';

startSyncController();
void restoreLanguage().then(() => render(<App />, document.getElementById('app')!));
