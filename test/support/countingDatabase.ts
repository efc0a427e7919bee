import { Database, type Params } from '../../src/graph/database';

/** A real database connection that also counts the read queries it runs, to prove round trips are few. */
export class CountingDatabase extends Database {
  reads = 0;
  override async read<T extends Record<string, unknown>>(cypher: string, params: Params = {}): Promise<T[]> {
    this.reads += 1;
    return super.read<T>(cypher, params);
  }
}

/** A counting connection to the run's test Neo4j. */
export function countingTestDatabase(): CountingDatabase {
  return new CountingDatabase({
    uri: process.env.TEST_NEO4J_URI!,
    username: 'neo4j',
    maxPoolSize: 10,
    connectTimeoutMs: 3000,
    queryTimeoutMs: 20000,
  });
}
