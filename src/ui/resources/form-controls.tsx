import type { ComponentChildren } from 'preact';

type FieldProps = { id: string; label: string; error?: string | undefined; hint?: string; children: ComponentChildren };

/** Label, control, hint and error, tied together for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} class="field__hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="error" data-testid={`error-${id}`}>{error}</p>}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: string) =>
  [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;

type TextProps = { id: string; label: string; value: string; error?: string | undefined; hint?: string; type?: string; onValue: (v: string) => void };

export function TextInput({ id, label, value, error, hint, type = 'text', onValue }: TextProps) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input id={id} name={id} type={type} value={value} autocomplete="off" aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)} onInput={(e) => onValue(e.currentTarget.value)} />
    </Field>
  );
}

type SelectProps = { id: string; label: string; value: string; options: readonly { value: string; label: string }[]; onValue: (v: string) => void };

export function Select({ id, label, value, options, onValue }: SelectProps) {
  return (
    <Field id={id} label={label}>
      <select id={id} name={id} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Field>
  );
}

type ChecksProps<T extends string> = {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  error?: string | undefined;
  onChange: (selected: T[]) => void;
};

/** A group of checkboxes keeping the options' order in the result. */
export function CheckboxGroup<T extends string>({ legend, name, options, selected, error, onChange }: ChecksProps<T>) {
  function handleToggle(value: T, isOn: boolean) {
    const next = new Set(selected);
    if (isOn) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  }
  return (
    <fieldset class="checks" data-testid={`checks-${name}`}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="check">
          <input type="checkbox" name={name} value={o.value} checked={selected.includes(o.value)}
            onChange={(e) => handleToggle(o.value, e.currentTarget.checked)} />
          {o.label}
        </label>
      ))}
      {error && <p class="error">{error}</p>}
    </fieldset>
  );
}
