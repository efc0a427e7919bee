import { loadConfig } from '../src/config';
import { Database } from '../src/graph/database';
import { resolveNeo4jTarget } from '../src/graph/neo4jTarget';
import { DEFAULT_SEED_DIR, seedDatabase } from './index';

/** `npm run seed [dir]`: loads the curated seed (idempotently) into NEO4J_URI or the embedded Neo4j. */
async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const config = loadConfig();
  const target = await resolveNeo4jTarget(config, log);
  const db = new Database({ ...config.neo4j, uri: target.uri });
  try {
    await db.waitUntilReachable(30000);
    const dir = process.argv[2] ?? DEFAULT_SEED_DIR;
    const started = Date.now();
    await seedDatabase(db, dir);
    const [counts] = await db.read<{ nodes: number; rels: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    );
    log(`Seeded ${dir}: ${counts?.nodes} nodes, ${counts?.rels} relationships in ${Date.now() - started} ms.`);
  } finally {
    await db.close();
    await target.release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
