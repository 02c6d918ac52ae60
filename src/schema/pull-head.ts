// A pull page's cursor and hasMore, sent as headers before its body as well as in it (server/http/pull-page.ts):
// the tablet asks for the next page as soon as they arrive.

export const CURSOR_HEADER = 'x-tsunagu-cursor';
export const HAS_MORE_HEADER = 'x-tsunagu-has-more';

export type PullHead = { cursor: string; hasMore: boolean };
