/**
 * One GraphQL server for the benchmark, in its own process so that its memory can be measured and
 * so that it does not share an event loop with the load generator:
 *   node dist/bench/serve.js ours|oursNoCache|neo4jGraphql <bolt uri>   (compiled: bench/build.ts)
 * It talks to its parent over IPC: it sends {type: 'ready', url} once listening, answers
 * {type: 'memory'} with its current and peak RSS, and exits after {type: 'stop'}.
 *
 * `ours` is this project's service exactly as src/server/app.ts builds it, with the configuration
 * defaults of src/config.ts (driver pool, timeouts, response cache); `oursNoCache` the same with the
 * response cache off, so that the API layer can be compared with and without it. `neo4jGraphql` is @neo4j/graphql on its own
 * Apollo Server (the same Apollo and Express versions) with bench/neo4jGraphql.ts's type definitions.
 */
import '../src/productionByDefault';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { Database } from '../src/graph/database';
import { startService } from '../src/server/app';
import { createLogger } from '../src/server/observability';
import { neo4jGraphqlTypeDefs } from './neo4jGraphql';

export type ServerKind = 'ours' | 'oursNoCache' | 'neo4jGraphql';

export type ServerMessage =
  { type: 'ready'; url: string } | { type: 'memory'; rssMb: number; peakRssMb: number } | { type: 'error'; message: string };

type Running = { url: string; stop: () => Promise<void> };

/** `ours` runs as deployed, response cache included; `oursNoCache` with the cache off (RESPONSE_CACHE_MB=0). */
async function startOurs(uri: string, cache: boolean): Promise<Running> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' });
  const db = new Database({ ...config.neo4j, uri });
  await db.waitUntilReachable(30000);
  // As in production (src/index.ts): the configured log level (info unless LOG_LEVEL says otherwise).
  const service = await startService({
    db,
    host: '127.0.0.1',
    port: 0,
    development: false,
    logger: createLogger(config.logLevel),
    responseCache: cache ? config.responseCache : null,
  });
  return {
    url: `http://127.0.0.1:${service.port}/graphql`,
    stop: async () => {
      await service.stop();
      await db.close();
    },
  };
}

async function startNeo4jGraphql(uri: string): Promise<Running> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NODE_ENV: 'production' });
  const auth = neo4j.auth.basic(config.neo4j.username, config.neo4j.password ?? '');
  const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: config.neo4j.maxPoolSize });
  const library = new Neo4jGraphQL({ typeDefs: await neo4jGraphqlTypeDefs(), driver });
  const schema = await library.getSchema();
  // Fails early when APOC is missing, which the library needs.
  await library.checkNeo4jCompat();
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async ({ req }) => ({ token: req.headers.authorization }) }),
  );
  await new Promise<void>((resolvePromise) => httpServer.listen(0, '127.0.0.1', () => resolvePromise()));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}

async function main(): Promise<void> {
  const [kind, uri] = process.argv.slice(2) as [ServerKind, string];
  const send = (message: ServerMessage) => process.send?.(message);
  try {
    const running = kind === 'neo4jGraphql' ? await startNeo4jGraphql(uri) : await startOurs(uri, kind === 'ours');
    process.on('message', (message: { type: string }) => {
      if (message.type === 'memory') {
        send({
          type: 'memory',
          rssMb: Math.round(process.memoryUsage().rss / 1048576),
          // resourceUsage().maxRSS is the kernel's high-water mark, in kilobytes.
          peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        });
      } else if (message.type === 'stop') {
        void running.stop().finally(() => process.exit(0));
      }
    });
    // The parent going away (even by SIGKILL) closes the IPC channel: stop then too.
    process.on('disconnect', () => void running.stop().finally(() => process.exit(0)));
    send({ type: 'ready', url: running.url });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    process.exit(1);
  }
}

if (require.main === module) void main();
