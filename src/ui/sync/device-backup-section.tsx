import { useState } from 'preact/hooks';
import { BACKUP_PASSPHRASE_MIN_LENGTH } from '../../db/backup-file.ts';
import { useOutboxCounts } from '../hooks/use-outbox.ts';
import { EvictionWarning } from '../install/eviction-warning.tsx';
import { isStandalone } from '../install/install-prompt.ts';
import { tInstall } from '../install/install-messages.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { tBackup } from './backup-messages.ts';
import { useDeviceBackup } from './use-device-backup.ts';

/** 未送信の変更をバックアップ and its restore, with the warnings a coordinator needs before keeping such a file. */
export function DeviceBackupSection() {
  const session = useSignedInSession();
  const counts = useOutboxCounts();
  const { notice, saveBackup, restoreBackup } = useDeviceBackup(session.token);
  const unsent = (counts?.pending ?? 0) + (counts?.rejected ?? 0);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const isPassphraseLong = passphrase.normalize('NFKC').length >= BACKUP_PASSPHRASE_MIN_LENGTH;
  // Typed twice to save (a typo would lock the file for good); restoring tries what is typed once.
  const isConfirmed = confirmation === passphrase;
  const isMismatchShown = confirmation !== '' && !isConfirmed;

  function handleFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    void restoreBackup(file, passphrase).finally(() => {
      input.value = ''; // the same file may be chosen again
    });
  }

  return (
    <section aria-labelledby="backup-title" class="card" data-testid="device-backup">
      <h2 id="backup-title">{tBackup('backup.title')}</h2>
      {!isStandalone() && (
        <div class="notice">
          <p><strong>{tInstall('install.warningTitle')}</strong></p>
          <EvictionWarning />
        </div>
      )}
      <p>{tBackup('backup.lead')}</p>
      <p class="warning">{tBackup('backup.personalData')}</p>
      <div class="field">
        <label for="backup-passphrase">{tBackup('backup.passphrase')}</label>
        <input
          id="backup-passphrase" type="password" autocomplete="new-password" minLength={BACKUP_PASSPHRASE_MIN_LENGTH}
          aria-describedby="backup-passphrase-hint" value={passphrase}
          onInput={(event) => setPassphrase((event.currentTarget as HTMLInputElement).value)}
        />
        <p id="backup-passphrase-hint" class="muted">{tBackup('backup.passphraseHint')}</p>
      </div>
      <div class={isMismatchShown ? 'field field--invalid' : 'field'}>
        <label for="backup-passphrase-confirm">{tBackup('backup.passphraseConfirm')}</label>
        <input
          id="backup-passphrase-confirm" type="password" autocomplete="new-password" aria-invalid={isMismatchShown}
          aria-describedby="backup-passphrase-confirm-hint" value={confirmation}
          onInput={(event) => setConfirmation((event.currentTarget as HTMLInputElement).value)}
        />
        <p id="backup-passphrase-confirm-hint" class={isMismatchShown ? 'error' : 'muted'} aria-live="polite" data-testid="backup-passphrase-match">
          {isMismatchShown ? tBackup('backup.passphraseMismatch') : tBackup('backup.passphraseConfirmHint')}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="button button--primary" disabled={unsent === 0 || !isPassphraseLong || !isConfirmed}
          onClick={() => void saveBackup(passphrase)}>
          {tBackup('backup.export')}
        </button>
      </div>
      {counts && unsent === 0 && <p class="muted">{tBackup('backup.nothing')}</p>}
      <div class="field">
        <label for="backup-file">{tBackup('backup.restoreLabel')}</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={handleFile} />
      </div>
      <p role="status" class={notice?.kind === 'error' ? 'error' : undefined} data-testid="backup-notice">{notice?.text}</p>
    </section>
  );
}
