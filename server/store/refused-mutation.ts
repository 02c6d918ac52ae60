import type { Mutation, PushResult } from '../../src/schema/sync-protocol.ts';
import type { RefusedMutation } from './store.ts';

export const isRefused = (mutation: Mutation | RefusedMutation): mutation is RefusedMutation => 'refused' in mutation;

/** Rejected and not remembered, like any other rejection: the fixed mutation may be sent again. */
export const answerRefused = ({ id, refused }: RefusedMutation): PushResult => ({ id, status: 'rejected', error: refused });
