import type { ComponentChildren } from 'preact';
import { FormField } from './form-field.tsx';
import { useFieldBinding } from './field-errors-context.ts';

// Inputs bound to a field path: their id and error come from the path, so sections stay short.

type Base = { path: string; label: string; hint?: ComponentChildren };

export function PathText({ path, label, hint, value, type = 'text', onValue }: Base & { value: string; type?: string; onValue: (v: string) => void }) {
  const { id, error } = useFieldBinding(path);
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <input id={id} type={type} value={value} autocomplete="off" aria-invalid={error ? true : undefined}
          aria-describedby={describedBy} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </FormField>
  );
}

/** A number input; an emptied box counts as 0 (the schema decides what is allowed). */
export function PathNumber({ path, label, value, step = 0.5, onValue }: Base & { value: number; step?: number; onValue: (v: number) => void }) {
  const { id, error } = useFieldBinding(path);
  return (
    <FormField id={id} label={label} error={error}>
      {(describedBy) => (
        <input id={id} type="number" inputMode="decimal" step={step} value={String(value)} aria-invalid={error ? true : undefined}
          aria-describedby={describedBy} onInput={(e) => onValue(e.currentTarget.value === '' ? 0 : Number(e.currentTarget.value))} />
      )}
    </FormField>
  );
}

export function PathTextArea({ path, label, hint, value, rows = 3, onValue }: Base & { value: string; rows?: number; onValue: (v: string) => void }) {
  const { id, error } = useFieldBinding(path);
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <textarea id={id} rows={rows} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </FormField>
  );
}

export function PathSelect({ path, label, value, options, onValue }: Base & { value: string; options: readonly { value: string; label: string }[]; onValue: (v: string) => void }) {
  const { id, error } = useFieldBinding(path);
  return (
    <FormField id={id} label={label} error={error}>
      {(describedBy) => (
        <select id={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onChange={(e) => onValue(e.currentTarget.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      )}
    </FormField>
  );
}

export function PathCheckbox({ path, label, checked, onValue }: { path: string; label: string; checked: boolean; onValue: (v: boolean) => void }) {
  const { id, error } = useFieldBinding(path);
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onValue(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {error && <p class="error">{error}</p>}
    </div>
  );
}

/** A list of short texts as lines of a textarea; blank lines are dropped when saved. */
export function PathLines({ path, label, hint, value, onValue }: Base & { value: readonly string[]; onValue: (v: string[]) => void }) {
  return <PathTextArea path={path} label={label} hint={hint} value={value.join('\n')} onValue={(text) => onValue(text.split('\n'))} />;
}
