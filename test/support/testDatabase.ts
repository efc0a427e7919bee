import { Database } from '../../src/graph/database';

/** A driver on the run's Neo4j (embedded, or NEO4J_URI). */
export function testDatabase(): Database {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run tests through jest so the global setup starts Neo4j.');
  return new Database({
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
    maxPoolSize: 20,
    connectTimeoutMs: 3000,
    queryTimeoutMs: 20000,
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
