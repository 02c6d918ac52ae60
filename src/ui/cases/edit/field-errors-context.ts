import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fieldId } from './editor-state.ts';

/** Validation messages by field path, for the fields deep inside the editor's sections. */
export const FieldErrorsContext = createContext<Record<string, string>>({});

/** Id, message and value binding of the input at `path` (e.g. `devices.0.model`). */
export function useFieldBinding(path: string) {
  const errors = useContext(FieldErrorsContext);
  return { id: fieldId(path), error: errors[path] };
}

/** True when any field at or under `prefix` has a message (opens its section). */
export function hasErrorsUnder(errors: Record<string, string>, prefixes: readonly string[]): boolean {
  return Object.keys(errors).some((path) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)));
}
