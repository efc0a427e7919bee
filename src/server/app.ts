import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { isUtf8 } from 'node:buffer';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { ApiKeyEntry } from '../config';
import { checkApiKey } from '../auth/apiKeys';
import type { Database } from '../graph/database';
import { DEFAULT_RESPONSE_CACHE, responseCachePlugins, type ResponseCacheOptions } from '../cache/responseCache';
import { authPlugin } from './authPlugin';
import { NO_CORS, corsMiddleware, type CorsOptions } from './cors';
import type { GraphQLContext } from '../core/context';
import { ErrorCode } from '../core/errors';
import { formatError } from './formatError';
import { sendError } from './httpErrors';
import { interchangeRouter } from './interchangeRoutes';
import { createContext } from './loaders';
import { LIMITS, armor } from './limits';
import { costPlugin } from './costModel';
import { responseCeilingPlugin } from './responseCeiling';
import { DEFAULT_BACK_PRESSURE, backPressure, type BackPressureOptions } from './backPressure';
import { guardSlowClients } from './slowClients';
import { withVariableField } from './variableErrors';
import { documentStore, persistedQueryCache } from './memoryBudget';
import { createLogger, createMetrics, observabilityPlugin } from './observability';
import { mcpRouter } from '../mcp/http';
import { loadTypeDefs, resolvers } from './schema';
import { explorerRoutes, graphiqlPage, notFound } from './web';

export type ServiceOptions = {
  db: Database;
  host: string;
  port: number;
  /** development shows stack traces and field suggestions; nothing else does. */
  development: boolean;
  introspection?: boolean;
  auth?: { keys: ApiKeyEntry[]; readsRequireKey: boolean };
  logger?: Logger;
  /** The query response cache; on with the configuration defaults unless null. */
  responseCache?: ResponseCacheOptions | null;
  /** Origins whose pages may call /graphql from a browser; none unless given. */
  cors?: CorsOptions;
  /** How many requests run, wait, and run per connection at once (src/server/backPressure.ts). */
  backPressure?: BackPressureOptions;
  /** The response ceiling; LIMITS.maxResponseBytes unless a test wants a smaller one. */
  maxResponseBytes?: number;
};

export type RunningService = {
  url: string;
  port: number;
  httpServer: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Stops accepting, lets in-flight requests finish, then resolves. The driver is the caller's. */
  stop: () => Promise<void>;
};

/** How long /ready waits for Neo4j before it says 503. */
const READY_TIMEOUT_MS = 3000;

/** Requests that the /graphql route below handles (Express matches the path and anything under it). */
const isGraphQLPath = (url = '') => url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolvePromise(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function startService(options: ServiceOptions): Promise<RunningService> {
  const logger = options.logger ?? createLogger('silent');
  const auth = options.auth ?? { keys: [], readsRequireKey: false };
  const metrics = createMetrics(options.db);
  const responseCache = options.responseCache === undefined ? DEFAULT_RESPONSE_CACHE : options.responseCache;
  const app = express();
  app.disable('x-powered-by');
  // Every request but the cheap probes waits for a slot; a GraphQL POST once its body is in (runWhenBodyRead).
  const admission = backPressure(options.backPressure ?? DEFAULT_BACK_PRESSURE, (code) => {
    metrics.countRefusal(code);
    logger.info({ errorCodes: [code] }, 'http request refused');
  });
  const httpServer = createServer((req, res) => {
    headersArrived(req, res);
    if (req.url === '/health' || req.url === '/metrics') app(req, res);
    else admission.admit(req, res, () => app(req, res), req.method === 'POST' && isGraphQLPath(req.url));
  });
  const headersArrived = guardSlowClients(httpServer);
  const protection = armor(options.development);

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection ?? true,
    // src/index.ts owns SIGINT/SIGTERM; Apollo's own handlers would stop twice and hang the second stop.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: options.development,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    documentStore: documentStore(),
    persistedQueries: { cache: persistedQueryCache() },
    formatError: (formatted, error) => withVariableField(formatError(formatted, error, options.development)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Browsers get GraphiQL from src/server/web.ts instead: Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      costPlugin({ maxEstimatedValues: LIMITS.maxEstimatedValues }),
      authPlugin(auth.readsRequireKey),
      // Before observability: what it counts is the answer after the ceiling has had its say.
      responseCeilingPlugin(options.maxResponseBytes ?? LIMITS.maxResponseBytes),
      observabilityPlugin(logger, metrics),
      // After auth: a cached answer is given only to a caller allowed to ask the question.
      // Without the cache, Apollo's default cache-control plugin would still visit every resolved field
      // to compute Cache-Control headers that we must not send (a proxy cannot know when the graph changes).
      ...(responseCache
        ? responseCachePlugins<GraphQLContext>(responseCache, () => options.db.lastCommitBookmark())
        : [ApolloServerPluginCacheControlDisabled()]),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await withTimeout(options.db.ping(), READY_TIMEOUT_MS);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j does not answer' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  /** Requests refused before Apollo sees them are counted and logged with the code the client gets. */
  const refuse = (res: Response, status: number, code: string, message: string): void => {
    metrics.countRefusal(code);
    logger.info({ requestId: res.req.header('x-request-id')?.slice(0, 128), status, errorCodes: [code] }, 'http request refused');
    sendError(res, status, code, message);
  };

  // Body size and JSON syntax are checked before anything else touches the request.
  const parseBody = express.json({
    limit: LIMITS.maxBodyBytes,
    // body-parser would replace invalid UTF-8 with U+FFFD and run something the client did not send.
    verify: (_req, _res, body, encoding) => {
      if (/^utf-?8$/i.test(encoding) && !isUtf8(body)) throw Object.assign(new Error('invalid UTF-8'), { type: 'invalid.utf8' });
    },
  });
  const refuseBadRequests: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'invalid.utf8') {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid UTF-8.');
    }
    if (error.type === 'entity.too.large') {
      return refuse(res, 400, ErrorCode.REQUEST_TOO_LARGE, `The request body is larger than ${LIMITS.maxBodyBytes / 1024} kB.`);
    }
    if (error.type === 'entity.parse.failed' || error.status === 400) {
      return refuse(res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.');
    }
    if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
      return refuse(res, 415, ErrorCode.BAD_REQUEST, 'The request body must be UTF-8 JSON (plain, gzip, deflate or br).');
    }
    if (error.status !== undefined && error.status >= 400 && error.status < 500) {
      return refuse(res, error.status, ErrorCode.BAD_REQUEST, 'The request body cannot be read.');
    }
    return next(error);
  };

  app.use(explorerRoutes());
  app.get('/graphql', graphiqlPage);
  app.use(
    '/graphql',
    corsMiddleware(options.cors ?? NO_CORS),
    parseBody,
    refuseBadRequests,
    admission.runWhenBodyRead,
    (req: Request, res: Response, next: NextFunction) => {
      const check = checkApiKey(req.header('authorization'), auth.keys);
      if (check.status === 'invalid') {
        return refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'The API key is not valid.');
      }
      res.locals.caller = check.status === 'valid' ? check.caller : null;
      return next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header('x-request-id')?.slice(0, 128) || randomUUID();
        res.setHeader('x-request-id', requestId);
        const idempotencyKey = req.header('idempotency-key');
        return {
          ...createContext(options.db, requestId, res.locals.caller ?? null),
          ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
        };
      },
    }),
  );

  // Bulk import (writer keys) and export (readers) of the whole graph: src/interchange.
  app.use(interchangeRouter({ db: options.db, auth, logger }));

  // MCP (Streamable HTTP) on the same port: the same repositories, body limit, API keys, metrics and logs.
  app.use('/mcp', mcpRouter({ db: options.db, logger, registry: metrics.registry, auth, maxBodyBytes: LIMITS.maxBodyBytes }));

  app.use(notFound);

  // Anything that still fails here is ours: a plain 500 without internals.
  const lastResort: ErrorRequestHandler = (error, _req, res, _next) => {
    logger.error({ err: error }, 'unhandled HTTP error');
    refuse(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side.');
  };
  app.use(lastResort);

  await new Promise<void>((resolvePromise, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolvePromise());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const displayHost = options.host === '0.0.0.0' ? 'localhost' : options.host;

  return {
    url: `http://${displayHost}:${port}/graphql`,
    port,
    httpServer,
    apollo,
    stop: () => apollo.stop(),
  };
}
