import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/graph/database';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded';
import { PROJECT_DIR } from '../../src/paths';

/**
 * An embedded Neo4j of the test file's own, on a free port with a throw-away data folder, for tests that
 * freeze or kill it: the run's shared Neo4j (global setup) must never be harmed.
 */
export type PrivateNeo4j = {
  embedded: EmbeddedNeo4j;
  port: number;
  uri: string;
  /** Sends the JVM a signal (SIGSTOP, SIGCONT, SIGKILL); only ever this file's own JVM. */
  signal: (signal: NodeJS.Signals) => void;
  stop: () => Promise<void>;
};

export async function startPrivateNeo4j(name: string): Promise<PrivateNeo4j> {
  const port = await findFreePort();
  const dataDir = join('data', 'test', `${name}-${port}`);
  rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
  const embedded = await startEmbeddedNeo4j({
    port,
    dataDir,
    heap: '512m',
    pagecache: '64m',
    startTimeoutMs: 180000,
    log: () => undefined,
  });
  let stopped = false;
  return {
    embedded,
    port,
    uri: embedded.uri,
    signal: (signal) => {
      if (!stopped) process.kill(embedded.pid, signal);
    },
    stop: async () => {
      if (stopped) return;
      // A stopped JVM cannot run its shutdown hook: let it go on first.
      try {
        process.kill(embedded.pid, 'SIGCONT');
      } catch {
        // already gone
      }
      stopped = true;
      await embedded.stop();
      rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
    },
  };
}

/** A driver on a private Neo4j with the given deadlines. */
export function privateDatabase(uri: string, timeouts: { queryTimeoutMs: number; connectTimeoutMs: number }): Database {
  return new Database({ uri, username: 'neo4j', maxPoolSize: 10, ...timeouts });
}
