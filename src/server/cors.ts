import cors from 'cors';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export type CorsOptions = {
  /** Exact origins (scheme://host[:port]) whose pages may call the API; empty means none. */
  origins: string[];
  /** Whether browsers may send cookies or HTTP auth with cross-origin calls; off unless configured. */
  credentials: boolean;
};

export const NO_CORS: CorsOptions = { origins: [], credentials: false };

/** Headers a frontend may send: JSON bodies, API keys, request ids, and Apollo's CSRF header for GET. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight', 'x-apollo-operation-name'];
/** Headers a frontend may read: the request id (for support) and the cache's Age. */
const EXPOSED_HEADERS = ['x-request-id', 'age'];

/**
 * Cross-origin access to the API for an allow-list of origins (the `cors` middleware does the header work).
 * A preflight from an origin that is not on the list gets a 403 in the API's error shape, so the refusal is
 * visible in the network panel rather than a silent 204 without headers. Apollo's CSRF prevention stays on
 * behind this: a cross-origin request still has to be one a browser preflights.
 */
export function corsMiddleware(options: CorsOptions): RequestHandler {
  const allowed = new Set(options.origins);
  const withHeaders = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: options.credentials,
    maxAge: 600,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.header('origin');
    if (req.method === 'OPTIONS' && origin !== undefined && !allowed.has(origin)) {
      res.vary('Origin');
      res.status(403).json({
        errors: [{ message: `Pages on ${origin} may not call this API (CORS_ORIGINS).`, extensions: { code: 'CORS_ORIGIN_NOT_ALLOWED' } }],
      });
      return;
    }
    withHeaders(req, res, next);
  };
}
