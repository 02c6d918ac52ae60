import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Pull pages are megabytes of JSON. Compressed here, in zlib's thread pool, rather than by the app-wide
// middleware's default-level stream on the event loop: brotli 4 is smaller than gzip 6 at half the CPU, and
// browsers that offer only gzip (plain-HTTP origins) get level 4, a third of the CPU of level 6.
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 4;
const MIN_BYTES = 1024;

/** Encodings the request accepts (`Accept-Encoding`, ignoring those given q=0). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** A JSON response, brotli- or gzip-compressed when the client accepts it. */
export async function compressedJson(body: string, acceptEncoding: string | undefined, status = 200): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', vary: 'Accept-Encoding' };
  const accepted = acceptedEncodings(acceptEncoding);
  const bytes = Buffer.from(body);
  if (bytes.length < MIN_BYTES) return new Response(bytes, { status, headers });
  if (accepted.has('br')) {
    const params = { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
    return new Response(await brotli(bytes, { params }), { status, headers: { ...headers, 'content-encoding': 'br' } });
  }
  if (accepted.has('gzip')) {
    return new Response(await gzipAsync(bytes, { level: GZIP_LEVEL }), { status, headers: { ...headers, 'content-encoding': 'gzip' } });
  }
  return new Response(bytes, { status, headers });
}
