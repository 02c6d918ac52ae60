import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, compressedJson } from '../../../server/http/compressed-json.ts';

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

describe('acceptedEncodings', () => {
  it('reads names case-insensitively and drops those given q=0', () => {
    expect([...acceptedEncodings('GZIP;q=0.5, br;q=0, identity')]).toEqual(['gzip', 'identity']);
  });
});
