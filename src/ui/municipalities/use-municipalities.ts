import { useEffect, useState } from 'preact/hooks';
import type { Municipality } from '../../domain/municipalities.ts';

// The municipality table is large: it is only ever loaded with import(), so the first page stays small.

type MunicipalityModule = typeof import('../../domain/municipalities.ts');

let loading: Promise<MunicipalityModule> | undefined;
let loaded: MunicipalityModule | undefined;

export function loadMunicipalities(): Promise<MunicipalityModule> {
  loading ??= import('../../domain/municipalities.ts').then((module) => (loaded = module));
  return loading;
}

export type NameOf = (code: string) => string;
const codeOnly: NameOf = (code) => code;

/**
 * A code → name function: the code itself until the table has loaded, then the name. Loading starts once
 * `isWanted` is true (the case list asks only after its first rows are on screen, so cold start is not slowed).
 */
export function useMunicipalityNames(isWanted = true): NameOf {
  const [nameOf, setNameOf] = useState<NameOf>(() => loaded?.municipalityName ?? codeOnly);
  useEffect(() => {
    if (!isWanted) return;
    if (loaded) return void setNameOf(() => loaded!.municipalityName);
    let isCancelled = false;
    const handle = window.setTimeout(() => {
      void loadMunicipalities().then((m) => isCancelled || setNameOf(() => m.municipalityName));
    }, 0);
    return () => {
      isCancelled = true;
      window.clearTimeout(handle);
    };
  }, [isWanted]);
  return nameOf;
}

/** The whole list (for the editor's select), once loaded. */
export function useMunicipalityList(): readonly Municipality[] | undefined {
  const [list, setList] = useState(() => loaded?.MUNICIPALITIES);
  useEffect(() => {
    if (!loaded) void loadMunicipalities().then((m) => setList(m.MUNICIPALITIES));
  }, []);
  return list;
}
