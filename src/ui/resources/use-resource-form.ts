import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database.ts';
import { createResource, getResource, saveResource } from '../../db/resources.ts';
import { ValidationError } from '../../db/write-record.ts';
import { createMunicipalityResolver } from '../../domain/municipality-resolver.ts';
import type { Resource } from '../../schema/resource.ts';
import { useMunicipalityList } from '../municipalities/use-municipalities.ts';
import { useSignedInSession } from '../session/session-context.ts';
import { createMunicipalityLabeler, fromFormValues, toFormValues, type FormErrors, type ResourceFormValues } from './resource-form-values.ts';
import { rt } from './resource-messages.ts';

/** The resource editor's state: loads the record, keeps typed text, validates and saves through src/db. */
export function useResourceForm(id: string | null) {
  const session = useSignedInSession();
  const db = getDb();
  const [record, setRecord] = useState<Resource | null | undefined>(id ? undefined : null);
  const [values, setValues] = useState<ResourceFormValues>(() => toFormValues(null));
  const [errors, setErrors] = useState<FormErrors>({});
  const [isSaving, setSaving] = useState(false);
  const municipalities = useMunicipalityList();
  const resolve = useMemo(() => (municipalities ? createMunicipalityResolver(municipalities) : null), [municipalities]);

  // Loaded once the municipality table is, so the places show as names (横須賀市), not codes.
  useEffect(() => {
    if (!id || !municipalities) return;
    void getResource(db, id).then((found) => {
      setRecord(found && !found.deleted ? found : null);
      if (found) setValues(toFormValues(found, createMunicipalityLabeler(municipalities)));
    });
  }, [id, municipalities]);

  function setValue<K extends keyof ResourceFormValues>(name: K, value: ResourceFormValues[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  /** Saves and returns the id, or null when something needs fixing (errors are then shown). */
  async function save(): Promise<string | null> {
    if (!resolve) return null;
    const result = fromFormValues(values, resolve, rt('edit.number'));
    if (result.errors) return setErrors(result.errors), null;
    setErrors({});
    setSaving(true);
    try {
      if (id) await saveResource(db, id, result.fields, session.user.name);
      return id ?? (await createResource(db, result.fields));
    } catch (caught) {
      if (!(caught instanceof ValidationError)) throw caught;
      setErrors(Object.fromEntries(caught.errors.map((e) => [e.field, e.message])));
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { record, values, errors, isSaving, isReady: resolve !== null, setValue, save };
}
