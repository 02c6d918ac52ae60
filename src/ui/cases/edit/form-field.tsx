import type { ComponentChildren } from 'preact';

type FieldProps = {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  children: (describedBy: string | undefined) => ComponentChildren;
};

/** A labelled field with its error (announced, and tied to the input with aria-describedby). */
export function FormField({ id, label, error, hint, children }: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {children(describedBy)}
      {hint && <p id={hintId} class="field__hint">{hint}</p>}
      {error && <p id={errorId} class="error" data-testid={`error-${id}`}>{error}</p>}
    </div>
  );
}

type InputProps = {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: ComponentChildren;
  type?: string;
  autocomplete?: string;
  onValue: (value: string) => void;
};

export function TextField({ id, label, value, error, hint, type = 'text', autocomplete, onValue }: InputProps) {
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <input id={id} name={id} type={type} value={value} autocomplete={autocomplete}
          aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </FormField>
  );
}

type SelectProps = Omit<InputProps, 'type' | 'autocomplete' | 'hint'> & { options: readonly { value: string; label: string }[] };

export function SelectField({ id, label, value, error, options, onValue }: SelectProps) {
  return (
    <FormField id={id} label={label} error={error}>
      {(describedBy) => (
        <select id={id} name={id} value={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
          onChange={(e) => onValue(e.currentTarget.value)}>
          {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
        </select>
      )}
    </FormField>
  );
}
