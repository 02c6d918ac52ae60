// Byte helpers shared by the page, the service worker and the server (no DOM, no Node APIs).

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encodeUtf8 = (text: string): Uint8Array<ArrayBuffer> => encoder.encode(text);
export const decodeUtf8 = (bytes: BufferSource): string => decoder.decode(bytes);

export const encodeJson = (value: unknown): Uint8Array<ArrayBuffer> => encodeUtf8(JSON.stringify(value));
export const decodeJson = (bytes: BufferSource): unknown => JSON.parse(decodeUtf8(bytes));

/** base64url without padding, for bytes that travel in JSON. */
export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));
