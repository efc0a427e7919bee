import './productionByDefault';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { EmbeddedNeo4jError } from './graph/embedded';
import { startApp, startMcpStdio } from './main';
import { createLogger } from './server/observability';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** `npm run mcp` passes `mcp`: the MCP server on stdio instead of HTTP. */
const stdioMcp = process.argv[2] === 'mcp';

/**
 * Last resort if shutting down hangs. In-flight requests get 10 s (Apollo's drain grace) and an embedded
 * Neo4j up to 30 s to stop before it is killed, so this only fires when something never settles.
 */
const SHUTDOWN_DEADLINE_MS = 45000;

async function start(): Promise<{ shutdown: () => Promise<void> }> {
  const config = loadConfig();
  if (!stdioMcp) {
    const app = await startApp(config, log, createLogger(config.logLevel));
    log(`GraphQL API ready at ${app.service.url}`);
    return app;
  }
  // stdout belongs to the protocol: log lines go to stderr, and so does anything a library prints.
  console.log = console.error;
  const app = await startMcpStdio(config, log, createLogger(config.logLevel, pino.destination(2)));
  log('MCP server ready on stdio.');
  void app.closed.then(() => onEnd('the MCP client closed the connection', app.shutdown));
  return app;
}

let ending = false;

/** Stops once, within SHUTDOWN_DEADLINE_MS, then exits. */
function onEnd(reason: string, shutdown: () => Promise<void>): void {
  if (ending) return;
  ending = true;
  log(`${reason}: finishing in-flight requests, then stopping.`);
  setTimeout(() => {
    log(`Shutdown took too long (over ${SHUTDOWN_DEADLINE_MS / 1000} s); exiting anyway.`);
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  shutdown().then(
    () => {
      log('Stopped cleanly: in-flight requests answered, Neo4j driver closed.');
      process.exit(0);
    },
    (error: unknown) => {
      log(`Shutdown failed: ${String(error)}`);
      process.exit(1);
    },
  );
}

async function main(): Promise<void> {
  const app = await start();

  const onSignal = (signal: NodeJS.Signals) => onEnd(`${signal} received`, app.shutdown);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    log(error.message);
  } else {
    log(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
