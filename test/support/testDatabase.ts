import { Database, type DatabaseOptions } from '../../src/graph/database';

/** The run's Neo4j port (embedded, or NEO4J_URI), for a proxy put in front of it. */
export function testNeo4jPort(): number {
  return Number(new URL(testNeo4jUri()).port);
}

function testNeo4jUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run tests through jest so the global setup starts Neo4j.');
  return uri;
}

/**
 * A driver on the run's Neo4j (embedded, or NEO4J_URI), with the run's credentials; `overrides` change what a
 * test needs changed (a proxy's URI, a tiny timeout, a smaller pool).
 */
export function testDatabase(overrides: Partial<DatabaseOptions> = {}): Database {
  return new Database({
    uri: testNeo4jUri(),
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
    maxPoolSize: 20,
    connectTimeoutMs: 3000,
    queryTimeoutMs: 20000,
    ...overrides,
  });
}

/** Empties the database so a test file starts from a known state. */
export async function clearDatabase(db: Database): Promise<void> {
  // Batches keep each transaction small when a test left a large graph behind.
  for (;;) {
    const [row] = await db.write<{ deleted: number }>('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
    if (!row || row.deleted === 0) return;
  }
}
