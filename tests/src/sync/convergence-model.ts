import fc from 'fast-check';
import { FAULTS, type Fault } from './faulty-network.ts';

// The commands of the convergence property, and the values its edits write.

export const USERS = ['yokosuka', 'admin', 'miura', 'yokosuka'] as const;
export const CASES_PER_RUN = 2;

/** Top-level case fields the tablets edit: text, and array or object fields that merge as one unit. */
export const FIELDS = ['notes', 'address', 'phone', 'diagnoses', 'guardians', 'evacuationPlan'] as const;
export type Field = (typeof FIELDS)[number];

/** A field's value number `n`: 0–2 are shared by every tablet (so equal writes happen), larger ones unique. */
export function valueOf(field: Field, n: number): unknown {
  switch (field) {
    case 'notes':
      return `メモ ${n}`;
    case 'address':
      return `横須賀市本町 ${n}`;
    case 'phone':
      return `046-000-${n}`;
    case 'diagnoses':
      return n % 2 === 0 ? [`診断 ${n}`] : [`診断 ${n}`, 'てんかん'];
    case 'guardians':
      return [{ name: `保護者 ${n}`, relation: '母', phone: '' }];
    case 'evacuationPlan':
      return {
        helpers: [], transport: '車', destination: 'welfare-shelter', destinationName: `避難先 ${n}`,
        route: '', carry: '', reviewedAt: null,
      };
  }
}

export type EditSpec = { record: number; field: Field; value: number | 'unique' };

export type Command =
  | ({ kind: 'edit'; tablet: number } & EditSpec)
  | { kind: 'visit'; tablet: number; record: number }
  | { kind: 'sync'; tablet: number; faults: Fault[]; editDuring: (EditSpec & { request: number }) | null }
  | { kind: 'resolve'; tablet: number; pick: number; side: 'kept' | 'winning' }
  | { kind: 'release'; index: number }
  | { kind: 'restart' };

const tablet = fc.nat(USERS.length - 1);
const record = fc.nat(CASES_PER_RUN - 1);
const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Fault>('ok') },
  { weight: 3, arbitrary: fc.constantFrom(...FAULTS.filter((f) => f !== 'ok')) },
);

// Most edits go to a few fields, so that tablets often edit the same field of the same case concurrently.
const fieldArb: fc.Arbitrary<Field> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Field>('notes') },
  { weight: 2, arbitrary: fc.constant<Field>('diagnoses') },
  { weight: 2, arbitrary: fc.constantFrom<Field>(...FIELDS) },
);

const valueArb = fc.oneof(fc.nat(2), fc.constant('unique' as const));

/** An edit made while the tablet's sync is under way, as its `request`-th request leaves. */
const editDuringArb = fc.option(fc.record({ request: fc.nat(3), record, field: fieldArb, value: valueArb }), { freq: 3 });

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), tablet, record, field: fieldArb, value: valueArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('visit' as const), tablet, record }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sync' as const), tablet, faults: fc.array(fault, { maxLength: 3 }), editDuring: editDuringArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('resolve' as const), tablet, pick: fc.nat(3), side: fc.constantFrom('kept' as const, 'winning' as const) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), index: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
