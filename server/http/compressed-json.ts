import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';

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

/**
 * A JSON response, compressed as it is sent: its headers go out at once (a pull page's carry its cursor,
 * server/http/pull-page.ts) while zlib's thread pool compresses the body.
 */
export function streamedJson(body: string | Buffer, acceptEncoding: string | undefined, extraHeaders: Record<string, string>): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', vary: 'Accept-Encoding', ...extraHeaders };
  const accepted = acceptedEncodings(acceptEncoding);
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const options = { chunkSize: 64 * 1024 };
  const encoder = bytes.length < MIN_BYTES ? null
    : accepted.has('br') ? { name: 'br', stream: createBrotliCompress({ ...options, params: brotliParams(bytes.length) }) }
      : accepted.has('gzip') ? { name: 'gzip', stream: createGzip({ ...options, level: GZIP_LEVEL }) }
        : null;
  if (!encoder) return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), { headers });
  encoder.stream.end(bytes);
  return new Response(Readable.toWeb(encoder.stream) as ReadableStream<Uint8Array>, { headers: { ...headers, 'content-encoding': encoder.name } });
}

const brotliParams = (size: number) => ({ [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size });

/** A JSON response, brotli- or gzip-compressed when the client accepts it. */
export async function compressedJson(body: string, acceptEncoding: string | undefined, status = 200): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', vary: 'Accept-Encoding' };
  const accepted = acceptedEncodings(acceptEncoding);
  const bytes = Buffer.from(body);
  if (bytes.length < MIN_BYTES) return new Response(bytes, { status, headers });
  if (accepted.has('br')) {
    return new Response(await brotli(bytes, { params: brotliParams(bytes.length) }), { status, headers: { ...headers, 'content-encoding': 'br' } });
  }
  if (accepted.has('gzip')) {
    return new Response(await gzipAsync(bytes, { level: GZIP_LEVEL }), { status, headers: { ...headers, 'content-encoding': 'gzip' } });
  }
  return new Response(bytes, { status, headers });
}
