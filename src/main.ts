import type { Logger } from 'pino';
import { type Config } from './config';
import { Database } from './graph/database';
import { resolveNeo4jTarget } from './graph/neo4jTarget';
import { startService, type RunningService } from './server/app';
import { prepareDatabase } from '../seed';

export type App = {
  service: RunningService;
  db: Database;
  /** Stops the HTTP server (in-flight requests finish), closes the driver, stops an embedded Neo4j. */
  shutdown: () => Promise<void>;
};

type Log = (line: string) => void;

/** Wires the pieces together: Neo4j (external or embedded) → driver → optional seed → HTTP. */
export async function startApp(config: Config, log: Log, logger: Logger): Promise<App> {
  const target = await resolveNeo4jTarget(config, log);
  const db = new Database({ ...config.neo4j, uri: target.uri });
  try {
    await db.waitUntilReachable(target.embedded ? 30000 : config.neo4j.connectTimeoutMs * 3);
    await prepareDatabase(db, config.seedOnStart, log);
    const service = await startService({
      db,
      host: config.host,
      port: config.port,
      development: config.nodeEnv === 'development',
      introspection: config.introspection,
      auth: config.auth,
      logger,
      responseCache: config.responseCache,
      cors: config.cors,
    });
    let shuttingDown: Promise<void> | undefined;
    const shutdown = () =>
      (shuttingDown ??= (async () => {
        await service.stop();
        await db.close();
        await target.release();
      })());
    return { service, db, shutdown };
  } catch (error) {
    await db.close();
    await target.release();
    throw error;
  }
}
