import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { PROJECT_DIR } from '../paths';

/** Where `npm run build:web` (Vite, web/vite.config.ts) writes the explorer and GraphiQL. */
export const WEB_BUILD_DIR = join(PROJECT_DIR, 'dist', 'web');

/**
 * Everything the pages load comes from this process: the policy makes a browser refuse any other host,
 * so "nothing from a CDN" is enforced, not just intended. Monaco (GraphiQL's editor) injects styles and
 * runs its language services in workers; Cytoscape draws on a canvas.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function sendPage(res: Response, file: string): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('cache-control', 'no-cache');
  res.sendFile(join(WEB_BUILD_DIR, file));
}

const notBuilt = (res: Response) =>
  sendError(res, 503, 'EXPLORER_NOT_BUILT', 'The explorer is not built: run `npm run build:web` (npm start does it first).');

/**
 * GraphiQL for a browser that navigates to /graphql (it asks for HTML and sends no query); every other
 * request to /graphql, GET or POST, goes on to the API. Replaces Apollo's landing page, which loads from a CDN.
 */
export const graphiqlPage: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
  const wantsPage = req.method === 'GET' && req.query.query === undefined && (req.header('accept') ?? '').includes('text/html');
  if (!wantsPage) return next();
  if (!existsSync(join(WEB_BUILD_DIR, 'graphiql.html'))) return notBuilt(res);
  return sendPage(res, 'graphiql.html');
};

/** The explorer at `/` and the bundles both pages load; hashed bundles are cached for good, pages revalidate. */
export function explorerRoutes(): Router {
  const router = express.Router();
  router.get(['/', '/index.html'], (_req, res) => {
    if (!existsSync(join(WEB_BUILD_DIR, 'index.html'))) return notBuilt(res);
    return sendPage(res, 'index.html');
  });
  router.use(
    '/assets',
    express.static(join(WEB_BUILD_DIR, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: true }),
  );
  return router;
}

/** Unknown paths: a small JSON 404 in the API's error shape, not Express's HTML page. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'NOT_FOUND', `Nothing here: ${req.method} ${req.path.slice(0, 200)}. The API is at /graphql, the explorer at /.`);
};
