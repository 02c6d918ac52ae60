import type { MiddlewareHandler } from 'hono';
import { errorBody } from './api-error.ts';

export type SecurityOptions = {
  /** Send Strict-Transport-Security (only when the app is served over TLS, directly or behind a proxy). */
  hsts?: boolean;
  /** Origins besides the request's own that may call the API (a proxy that rewrites Host), e.g. `https://tsunagu.example.jp`. */
  allowedOrigins?: readonly string[];
};

// No 'unsafe-inline' anywhere: the built index.html has no inline script or style, Preact sets styles through
// the CSSOM, workers and the service worker are same-origin files. frame-ancestors 'none' stops framing.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security headers on every response, API or app. */
export function securityHeaders(options: SecurityOptions = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    if (options.hsts) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}

/** The host of an Origin header; null for `null` or garbage. Behind a TLS proxy only the scheme differs. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Same origin only: a browser request to the API from another site (Sec-Fetch-Site cross-site/same-site, or an
 * Origin that is not this server's) is refused before it reaches a route. Requests without either header
 * (command-line tools, tests) carry no ambient credentials — the API uses bearer tokens, not cookies.
 */
export function sameOriginOnly(options: SecurityOptions = {}): MiddlewareHandler {
  const allowed = new Set(options.allowedOrigins ?? []);
  return async (c, next) => {
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    const isCrossSite = site === 'cross-site' || site === 'same-site';
    const isForeignOrigin = origin !== undefined && !allowed.has(origin) && hostOf(origin) !== new URL(c.req.url).host;
    if (isCrossSite || isForeignOrigin) {
      return c.json(errorBody('cross_origin', '別のサイトからの API 呼び出しは受け付けません'), 403);
    }
    await next();
  };
}
