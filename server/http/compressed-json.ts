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

const JSON_HEADERS = { 'content-type': 'application/json; charset=UTF-8', vary: 'Accept-Encoding' } as const;

/** The encoding a body of `size` bytes is sent in: none when small or when the client accepts neither. */
function encodingFor(size: number, acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (size < MIN_BYTES) return null;
  const accepted = acceptedEncodings(acceptEncoding);
  return accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
}

const brotliParams = (size: number) => ({ [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size });

/**
 * A JSON response, compressed as it is sent: its headers go out at once (a pull page's carry its cursor,
 * server/http/pull-page.ts) while zlib's thread pool compresses the body.
 */
export function streamedJson(body: string | Buffer, acceptEncoding: string | undefined, extraHeaders: Record<string, string>): Response {
  const headers = { ...JSON_HEADERS, ...extraHeaders };
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const encoding = encodingFor(bytes.length, acceptEncoding);
  if (!encoding) return new Response(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength), { headers });
  const chunkSize = 64 * 1024;
  const stream = encoding === 'br'
    ? createBrotliCompress({ chunkSize, params: brotliParams(bytes.length) })
    : createGzip({ chunkSize, level: GZIP_LEVEL });
  stream.end(bytes);
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { headers: { ...headers, 'content-encoding': encoding } });
}

/** A JSON response, brotli- or gzip-compressed when the client accepts it. */
export async function compressedJson(body: string, acceptEncoding: string | undefined, status = 200): Promise<Response> {
  const bytes = Buffer.from(body);
  const encoding = encodingFor(bytes.length, acceptEncoding);
  if (!encoding) return new Response(bytes, { status, headers: JSON_HEADERS });
  const compressed = encoding === 'br' ? await brotli(bytes, { params: brotliParams(bytes.length) }) : await gzipAsync(bytes, { level: GZIP_LEVEL });
  return new Response(compressed, { status, headers: { ...JSON_HEADERS, 'content-encoding': encoding } });
}
