import type { RecordField, RecordValues } from '../editor-state.ts';

/** What a section of the structured record receives: the values and a setter that marks the field touched. */
export type RecordProps = {
  record: RecordValues;
  onField: <F extends RecordField>(field: F, value: RecordValues[F]) => void;
};
