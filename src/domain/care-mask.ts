import { CARE_OPTION_CODES, type CareOptionCode } from '../schema/care-options.ts';

// The 20 care options fit in one 32-bit integer, so "accepts every needed item" is one AND per resource.

const BIT = new Map(CARE_OPTION_CODES.map((code, i) => [code, 1 << i]));

/** A bitmask with one bit per care option in `codes`. */
export function toCareMask(codes: Iterable<CareOptionCode>): number {
  let mask = 0;
  for (const code of codes) mask |= BIT.get(code) ?? 0;
  return mask;
}

/** The care options whose bits are set in `mask`, in table order. */
export function fromCareMask(mask: number): CareOptionCode[] {
  return CARE_OPTION_CODES.filter((_, i) => (mask & (1 << i)) !== 0);
}
