import './productionByDefault';
import { ConfigError, loadConfig } from './config';
import { EmbeddedNeo4jError } from './graph/embedded';
import { startApp } from './main';
import { createLogger } from './server/observability';

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Last resort if shutting down hangs. In-flight requests get 10 s (Apollo's drain grace) and an embedded
 * Neo4j up to 30 s to stop before it is killed, so this only fires when something never settles.
 */
const SHUTDOWN_DEADLINE_MS = 45000;

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await startApp(config, log, createLogger(config.logLevel));
  log(`GraphQL API ready at ${app.service.url}`);

  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    log(`${signal} received: finishing in-flight requests, then stopping.`);
    setTimeout(() => {
      log(`Shutdown took too long (over ${SHUTDOWN_DEADLINE_MS / 1000} s); exiting anyway.`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    app.shutdown().then(
      () => {
        log('Stopped cleanly: in-flight requests answered, Neo4j driver closed.');
        process.exit(0);
      },
      (error: unknown) => {
        log(`Shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
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
