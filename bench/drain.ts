/**
 * Between two measurements, the database must be idle. A load generator stops sending when its time is up, but
 * the requests still in flight go on running in Neo4j: at hetionet and c=32, @neo4j/graphql's live paths and
 * neighbourhood queries ran for many seconds after its turn ended (its server stopped), and the next contender
 * (raw, in the second run) was measured beside them. So before each measurement the harness waits for
 * the transactions of earlier ones to finish, and terminates those still running after a grace period (at once
 * when their server has stopped: nobody will read their answer).
 */
import type { Database } from '../src/graph/database';

/**
 * Queries running on the benchmark's Neo4j other than the one asking. A transaction between two statements (no
 * current query) is left alone: the driver's own transactions show so for a moment while they commit.
 */
const OTHERS = `
SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS query
WHERE query <> '' AND NOT trim(query) STARTS WITH 'SHOW TRANSACTIONS'
RETURN id`;

export type Drained = { waitedMs: number; terminated: number };

/**
 * Waits (polling every 100 ms) until no other transaction runs, for at most `graceMs`; then terminates what is
 * left. Returns how long it waited and how many it terminated.
 */
export async function drainDatabase(db: Database, graceMs: number): Promise<Drained> {
  const started = Date.now();
  const running = async () => (await db.read<{ id: string }>(OTHERS)).map((r) => r.id);
  let ids = await running();
  while (ids.length > 0 && Date.now() - started < graceMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    ids = await running();
  }
  let terminated = 0;
  if (ids.length > 0) {
    // A transaction may finish between the listing and the termination; TERMINATE then reports it as not found.
    const rows = await db.read<{ status: string }>('TERMINATE TRANSACTIONS $ids YIELD message RETURN message AS status', { ids });
    terminated = rows.filter((r) => /terminated/i.test(r.status)).length;
  }
  return { waitedMs: Date.now() - started, terminated };
}
