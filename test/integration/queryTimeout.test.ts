import { Neo4jError } from 'neo4j-driver';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { classifyDatabaseError } from '../../src/core/errors';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService } from '../support/testService';
import { writeLayeredGraph } from '../support/layeredGraph';

/**
 * Every transaction carries a timeout; a runaway query is cut by Neo4j and the client gets QUERY_TIMEOUT with a
 * plain message. No client request runs away any more: `paths`, the old runaway (layers of WIDTH entities, each
 * joined to every entity of the next layer, give WIDTH^5 shortest 6-hop paths, which it sorted in full before
 * keeping 10), is a bounded search now (src/traversal/pathSearch.ts) and answers that question at once. So the
 * timeout is shown with a runaway Cypher query run through the very Database the service runs on, and the error
 * it raises is read the way the service reads it for a client.
 */

const WIDTH = 10;
const LAYERS = 7;
const TIMEOUT_MS = 50;
const FORMER_RUNAWAY = `{ pathSearch(from: "timeout-0-0", to: "timeout-${LAYERS - 1}-0", maxHops: 6, first: 10) { paths { length nodes { id } } truncated } }`;
const RUNAWAY_CYPHER = 'MATCH (a:Entity)-[*1..6]-(b:Entity) RETURN count(*) AS paths';

function tinyTimeoutDatabase(): Database {
  return testDatabase({ maxPoolSize: 5, queryTimeoutMs: TIMEOUT_MS });
}

describe('query timeout', () => {
  let db: Database;
  let tiny: Database;
  let service: RunningService;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    await writeLayeredGraph(db, 'timeout', WIDTH, LAYERS);
    tiny = tinyTimeoutDatabase();
    service = await startTestService(tiny);
  });

  afterAll(async () => {
    await service.stop();
    await tiny.close();
    await clearDatabase(db);
    await db.close();
  });

  it('is what Neo4j reports for a transaction past the timeout the driver sent, and classifies as QUERY_TIMEOUT', async () => {
    const started = performance.now();
    const error = await tiny.read(RUNAWAY_CYPHER).then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = Math.round(performance.now() - started);
    expect(error).toBeInstanceOf(Neo4jError);
    const neo4jError = error as Neo4jError;
    process.stderr.write(`[timeout] raw Cypher cut after ${ms} ms: ${neo4jError.code} (GQL status ${neo4jError.gqlStatus})\n`);
    expect(neo4jError.code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    // What a client of the service is told: a stable code and a plain message, nothing of Neo4j's.
    const answer = classifyDatabaseError(error);
    expect(answer?.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(answer?.message).toMatch(/took too long/);
    expect(answer?.message).not.toMatch(/neo4j|cypher|transaction|terminated|Neo\.|ClientError/i);
    // Cut, not retried: one timeout's worth plus Neo4j's check interval, far below the query's own run time.
    expect(ms).toBeLessThan(5000);

    // Neo4j really stopped it: no transaction of that query is left running.
    const running = await db.read<{ query: string }>(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery AS query',
      { marker: '[*1..6]' },
    );
    expect(running.filter((r) => !r.query.includes('SHOW TRANSACTIONS'))).toEqual([]);
  });

  it('answers the question that used to run away (10^5 shortest paths) with the bounded search, not a timeout', async () => {
    const normal = await startTestService(db);
    try {
      const { status, body } = await postGraphQL<{ pathSearch: { paths: { length: number }[]; truncated: boolean } }>(
        normal,
        FORMER_RUNAWAY,
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.pathSearch.paths.map((p) => p.length)).toEqual(Array(10).fill(6));
      expect(body.data!.pathSearch.truncated).toBe(false);
    } finally {
      await normal.stop();
    }
  });

  it('keeps serving quick operations on the same service', async () => {
    const quick = '{ entity(id: "plantar-fasciitis") { id } }';
    // Planned once with a normal timeout, so the run below is a few milliseconds (Neo4j checks timeouts every 100 ms, and planning alone can take longer).
    const normal = await startTestService(db);
    await postGraphQL(normal, quick);
    await normal.stop();
    const { status, body } = await postGraphQL(service, quick);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ entity: { id: 'plantar-fasciitis' } });
  });
});
