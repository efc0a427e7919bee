import type { ManagedTransaction } from 'neo4j-driver';
import { Database } from '../../src/graph/database';

/**
 * A real database connection that also counts the read statements it runs (each one a round trip), to prove round
 * trips are few: every statement of every read transaction, whether sent through `read` or `readTx`.
 */
export class CountingDatabase extends Database {
  reads = 0;
  override async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number, fetchSize?: number): Promise<T> {
    return super.readTx(
      (tx) =>
        work(
          new Proxy(tx, {
            get: (target, key, receiver) => {
              const value = Reflect.get(target, key, receiver) as unknown;
              if (key !== 'run' || typeof value !== 'function') return value;
              return (...args: unknown[]) => {
                this.reads += 1;
                return (value as (...a: unknown[]) => unknown).apply(target, args);
              };
            },
          }),
        ),
      timeoutMs,
      fetchSize,
    );
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
