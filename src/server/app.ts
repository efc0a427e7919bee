import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Database } from '../graph/database';
import { createContext, type GraphQLContext } from './context';
import { formatError } from './errors';
import { loadTypeDefs, resolvers } from './schema';

export type ServiceOptions = {
  db: Database;
  host: string;
  port: number;
  /** development shows stack traces and field suggestions; nothing else does. */
  development: boolean;
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
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    includeStacktraceInErrorResponses: options.development,
    formatError: (formatted, error) => formatError(formatted, error, options.development),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(options.db, req.header('x-request-id') ?? randomUUID()),
    }),
  );

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
