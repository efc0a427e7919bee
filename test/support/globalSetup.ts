import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/graph/embedded';

declare global {
  var __EMBEDDED_NEO4J__: EmbeddedNeo4j | undefined;
}

/**
 * Starts one embedded Neo4j for the whole run on a free port (never the dev server's),
 * with a throw-away data folder, unless NEO4J_URI points at a server to use instead.
 * Test files read the URI from TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.TEST_NEO4J_URI = process.env.NEO4J_URI;
    return;
  }
  const port = await findFreePort();
  const dataDir = join('data', 'test', `neo4j-${port}`);
  rmSync(join(__dirname, '..', '..', dataDir), { recursive: true, force: true });
  const started = Date.now();
  const embedded = await startEmbeddedNeo4j({ port, dataDir, heap: '1g', pagecache: '256m', startTimeoutMs: 600000 });
  process.stderr.write(`\nEmbedded Neo4j for tests on ${embedded.uri} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  globalThis.__EMBEDDED_NEO4J__ = embedded;
  process.env.TEST_NEO4J_URI = embedded.uri;
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
}
