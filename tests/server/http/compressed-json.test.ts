import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, compressedJson, streamedJson } from '../../../server/http/compressed-json.ts';
import { readPullHead, toPullPageBody } from '../../../server/http/pull-page.ts';

const body = JSON.stringify({ changes: Array.from({ length: 200 }, (_, i) => ({ collection: 'cases', record: { id: `case-${i}`, name: '横須賀 太郎' } })) });

describe('compressedJson', () => {
  it('sends brotli when the client accepts it, and the body survives the round trip', async () => {
    const response = await compressedJson(body, 'gzip, deflate, br, zstd');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(body);
  });

  it('falls back to gzip for clients that offer only gzip (browsers on plain HTTP)', async () => {
    const response = await compressedJson(body, 'gzip, deflate');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(body);
  });

  it('sends plain JSON when nothing is accepted, an encoding is refused with q=0, or the body is small', async () => {
    for (const [header, text] of [[undefined, body], ['br;q=0, gzip;q=0', body], ['br, gzip', '{"changes":[]}']] as const) {
      const response = await compressedJson(text, header);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text()).toBe(text);
    }
  });
});

describe('streamedJson', () => {
  it('sends its headers with the encoding chosen, and a body that decompresses to the JSON', async () => {
    for (const [accept, encoding, decompress] of [['br, gzip', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
      const response = streamedJson(body, accept, { 'x-extra': 'yes' });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('x-extra')).toBe('yes');
      expect(decompress(Buffer.from(await response.arrayBuffer())).toString()).toBe(body);
    }
    expect(await streamedJson(body, undefined, {}).text()).toBe(body);
  });
});

describe('readPullHead', () => {
  it("reads the cursor and hasMore a page body starts with, escapes included, and refuses a body that does not", () => {
    const page = { cursor: '12"3', hasMore: true, changes: [{ collection: 'cases' as const, record: { id: 'a', rev: 1, deleted: false, updatedAt: 'x', cursor: 'no' } }] };
    expect(readPullHead(toPullPageBody(page))).toEqual({ cursor: '12"3', hasMore: true });
    expect(readPullHead(toPullPageBody({ cursor: '9', hasMore: false, changes: [] }))).toEqual({ cursor: '9', hasMore: false });
    expect(() => readPullHead(Buffer.from(JSON.stringify({ changes: [], cursor: '1', hasMore: false })))).toThrow();
  });
});

describe('acceptedEncodings', () => {
  it('reads names case-insensitively and drops those given q=0', () => {
    expect([...acceptedEncodings('GZIP;q=0.5, br;q=0, identity')]).toEqual(['gzip', 'identity']);
  });
});
