import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from './editor-state.ts';
import { tRecord } from '../record-messages.ts';

/**
 * Every problem at the top of the form, each naming its field and linking to it (its section opens itself).
 * Focus moves here after a refused save, so the person learns at once why nothing was saved.
 */
export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, message]) => message);
  useEffect(() => {
    if (entries.length === 0) return;
    // Centred: at the top it hid under the sticky header, and a refused save looked like nothing happened.
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  }, [errors]);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" data-testid="error-summary" tabIndex={-1} ref={ref}>
      <p><strong>{tRecord('edit.errors', { n: entries.length })}</strong></p>
      <ul class="plain-list">
        {entries.map(([path, message]) => (
          <li key={path}>
            {path === '_form' ? message : (
              <a href={`#${fieldId(path)}`} onClick={(e) => focusField(e, path)}>{withLabel(path, message)}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function findField(path: string): HTMLElement | null {
  return document.getElementById(fieldId(path)) ?? document.getElementById(fieldId(path.split('.')[0]!));
}

// Errors appear after a save attempt, when every field is already on the page: its visible label names it, and
// for a field of a list item (医療機器 2) the item's legend too, so the person knows which of the five.
function withLabel(path: string, message: string): string {
  const field = findField(path);
  const label = field && document.querySelector(`label[for="${field.id}"]`)?.textContent?.trim();
  const item = field?.closest('fieldset.list-item')?.querySelector('legend')?.textContent?.trim();
  const name = [item, label].filter(Boolean).join(' — ');
  return name ? `${name}: ${message}` : message;
}

// The app routes on the hash, so a plain #id link would navigate away: focus the field instead.
function focusField(event: Event, path: string) {
  event.preventDefault();
  const element = findField(path);
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}
