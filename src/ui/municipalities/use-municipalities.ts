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
 * A code → name function: the code itself until the table has loaded, then the name. With `defer`, loading
 * waits until the browser is idle (the case list paints first).
 */
export function useMunicipalityNames(defer = false): NameOf {
  const [nameOf, setNameOf] = useState<NameOf>(() => loaded?.municipalityName ?? codeOnly);
  useEffect(() => {
    if (loaded) return;
    let isCancelled = false;
    const start = () => void loadMunicipalities().then((m) => isCancelled || setNameOf(() => m.municipalityName));
    const handle = defer ? window.setTimeout(start, 50) : (start(), undefined);
    return () => {
      isCancelled = true;
      if (handle !== undefined) window.clearTimeout(handle);
    };
  }, [defer]);
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
