import { t } from '../../i18n/i18n.ts';
import { fieldId } from './editor-state.ts';

/** Every problem at the top of the form, each a link to its field (its section opens itself). */
export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const entries = Object.entries(errors).filter(([, message]) => message);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" data-testid="error-summary">
      <p><strong>{t('edit.errors', { n: entries.length })}</strong></p>
      <ul class="plain-list">
        {entries.map(([path, message]) => (
          <li key={path}>{path === '_form' ? message : <a href={`#${fieldId(path)}`} onClick={(e) => focusField(e, path)}>{message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

// The app routes on the hash, so a plain #id link would navigate away: focus the field instead.
function focusField(event: Event, path: string) {
  event.preventDefault();
  const element = document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.')[0]!));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}
