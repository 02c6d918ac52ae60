import type { Ref } from 'preact';
import type { PinKeyboard } from './pin-keyboard.ts';

type Props = {
  id: string;
  label: string;
  value: string;
  keyboard: PinKeyboard;
  onInput: (value: string) => void;
  /** Ids of hints and errors read with the field. */
  describedBy?: string;
  isInvalid?: boolean;
  isNew?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
};

/** A masked PIN or passphrase field with a large, easy target; digits-only keyboard unless switched. */
export function PinInput({ id, label, value, keyboard, onInput, describedBy, isInvalid, isNew, inputRef, disabled }: Props) {
  return (
    <div class="field pin-field">
      <label for={id}>{label}</label>
      <input id={id} ref={inputRef} type="password" class="pin-field__input" value={value} disabled={disabled}
        inputMode={keyboard} autocomplete={isNew ? 'new-password' : 'off'} autocapitalize="none" spellcheck={false}
        aria-describedby={describedBy} aria-invalid={isInvalid || undefined}
        onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}

/** Switches the PIN fields between the digits keyboard and the full one. */
export function KeyboardSwitch({ keyboard, labels, onChange }: { keyboard: PinKeyboard; labels: { text: string; numeric: string }; onChange: (keyboard: PinKeyboard) => void }) {
  const next: PinKeyboard = keyboard === 'numeric' ? 'text' : 'numeric';
  return (
    <button type="button" class="button button--small pin-keyboard" onClick={() => onChange(next)}>
      {next === 'text' ? labels.text : labels.numeric}
    </button>
  );
}
