// No zod here: the first page imports this (every save seals its change for the server), and its JS budget is tight.
/**
 * The label a mutation's fields are sealed under (HKDF info and GCM additional data): it binds the box to the
 * mutation's id, collection and record, so it cannot be replayed onto another record in clear metadata.
 */
export const sealLabel = (mutation: { id: string; collection: string; recordId: string }): string =>
  `mutation:${mutation.id}:${mutation.collection}:${mutation.recordId}`;
