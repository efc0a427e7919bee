import type { Logger } from 'pino';
import { type Config } from './config';
import { Database } from './graph/database';
import { resolveNeo4jTarget } from './graph/neo4jTarget';
import type { SupervisorEvent } from './graph/supervisor';
import { startService, type RunningService } from './server/app';
import { serveStdio } from './mcp/stdio';
import { startRankingRefresher } from './related/refresher';
import { prepareDatabase } from '../seed';

export type App = {
  service: RunningService;
  db: Database;
  /** Stops the HTTP server (in-flight requests finish), closes the driver, stops an embedded Neo4j. */
  shutdown: () => Promise<void>;
};

type Log = (line: string) => void;

/** The embedded Neo4j's deaths and restarts, as JSON log lines an operator can alert on. */
function logSupervisorEvent(logger: Logger, event: SupervisorEvent): void {
  switch (event.event) {
    case 'neo4j_died':
      logger.error(
        event,
        `Embedded Neo4j (pid ${event.pid}) died (${event.signal ?? `exit code ${event.code}`}) after ${Math.round(event.uptimeMs / 1000)} s; ` +
          `restarting in ${event.restartInMs / 1000} s. Its output is in ${event.consoleLogFile}.`,
      );
      break;
    case 'neo4j_restarted':
      logger.warn(event, `Embedded Neo4j restarted (pid ${event.pid}) after ${Math.round(event.downMs / 1000)} s down.`);
      break;
    case 'neo4j_restart_failed':
      logger.error(event, `Embedded Neo4j did not start again (attempt ${event.attempt}); next try in ${event.restartInMs / 1000} s.`);
      break;
  }
}

export type OpenGraph = {
  db: Database;
  /** Closes the driver, then stops an embedded Neo4j. */
  close: () => Promise<void>;
};

/**
 * Neo4j (external or embedded) → driver → optional seed, as `npm start` and `npm run mcp` both need it:
 * with NEO4J_URI set it connects there, otherwise it starts (and supervises) the embedded Neo4j.
 */
export async function openGraph(config: Config, log: Log, logger: Logger): Promise<OpenGraph> {
  const target = await resolveNeo4jTarget(config, log, (event) => logSupervisorEvent(logger, event));
  const db = new Database({ ...config.neo4j, uri: target.uri });
  const close = async () => {
    await db.close();
    await target.release();
  };
  try {
    await db.waitUntilReachable(target.embedded ? 30000 : config.neo4j.connectTimeoutMs * 3);
    await prepareDatabase(db, config.seedOnStart, log);
    return { db, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Wires the pieces together: the graph (openGraph), then HTTP. */
export async function startApp(config: Config, log: Log, logger: Logger): Promise<App> {
  const graph = await openGraph(config, log, logger);
  const db = graph.db;
  try {
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
    const refresher = startRankingRefresher(db, {
      onError: (error) => logger.warn({ err: error }, 'Refreshing related-conditions rankings failed; the next check tries again.'),
      onRefreshed: (count, ms) => logger.info({ count, ms }, `Recomputed ${count} related-conditions rankings in ${ms} ms.`),
    });
    let shuttingDown: Promise<void> | undefined;
    const shutdown = () =>
      (shuttingDown ??= (async () => {
        await service.stop();
        await refresher.stop();
        await graph.close();
      })());
    return { service, db, shutdown };
  } catch (error) {
    await graph.close();
    throw error;
  }
}

export type StdioApp = {
  /** Resolves when the MCP client has gone. */
  closed: Promise<void>;
  shutdown: () => Promise<void>;
};

/** `npm run mcp`: the same graph as `npm start` (openGraph), served as MCP on stdin/stdout instead of HTTP. */
export async function startMcpStdio(config: Config, log: Log, logger: Logger): Promise<StdioApp> {
  const graph = await openGraph(config, log, logger);
  try {
    const mcp = await serveStdio(graph.db, logger, config.neo4j.queryTimeoutMs * 3);
    let shuttingDown: Promise<void> | undefined;
    const shutdown = () =>
      (shuttingDown ??= (async () => {
        await mcp.close();
        await graph.close();
      })());
    return { closed: mcp.closed, shutdown };
  } catch (error) {
    await graph.close();
    throw error;
  }
}
