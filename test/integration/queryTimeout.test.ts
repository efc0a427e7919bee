import { Neo4jError } from 'neo4j-driver';
import { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { classifyDatabaseError } from '../../src/core/errors';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService } from '../support/testService';
import { writeLayeredGraph } from '../support/layeredGraph';

/**
 * Every transaction carries a timeout; a runaway traversal is cut by Neo4j and the client gets
 * QUERY_TIMEOUT with a plain message. The runaway is real: layers of WIDTH entities, each joined to every
 * entity of the next layer, give WIDTH^5 shortest 6-hop paths, which `paths` sorts in full before keeping 10.
 */

const WIDTH = 10;
const LAYERS = 7;
const TIMEOUT_MS = 50;
const RUNAWAY = `{ paths(from: "timeout-0-0", to: "timeout-${LAYERS - 1}-0", maxHops: 6, first: 10) { length nodes { id } } }`;

function tinyTimeoutDatabase(): Database {
  return new Database({
    uri: process.env.TEST_NEO4J_URI!,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE,
    maxPoolSize: 5,
    connectTimeoutMs: 3000,
    queryTimeoutMs: TIMEOUT_MS,
  });
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
    const error = await tiny.read('MATCH (a:Entity)-[*1..6]-(b:Entity) RETURN count(*) AS paths').then(
      () => undefined,
      (e: unknown) => e,
    );
    const ms = Math.round(performance.now() - started);
    expect(error).toBeInstanceOf(Neo4jError);
    const neo4jError = error as Neo4jError;
    process.stderr.write(`[timeout] raw Cypher cut after ${ms} ms: ${neo4jError.code} (GQL status ${neo4jError.gqlStatus})\n`);
    expect(neo4jError.code).toBe('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration');
    expect(classifyDatabaseError(error)?.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });

  it('cuts a runaway traversal and answers QUERY_TIMEOUT with a plain message', async () => {
    const started = performance.now();
    const { status, body } = await postGraphQL(service, RUNAWAY);
    const ms = Math.round(performance.now() - started);
    process.stderr.write(`[timeout] paths over ${WIDTH ** 5} shortest paths, ${TIMEOUT_MS} ms timeout: answered in ${ms} ms\n`);

    expect(status).toBe(200);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
    expect(error!.path).toEqual(['paths']);
    expect(error!.message).toMatch(/took too long/);
    expect(error!.message).not.toMatch(/neo4j|cypher|transaction|terminated|Neo\.|ClientError/i);
    // Cut, not retried: one timeout's worth plus Neo4j's check interval, far below the query's own run time.
    expect(ms).toBeLessThan(5000);

    // Neo4j really stopped it: no transaction of that query is left running.
    const running = await db.read<{ query: string }>(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery AS query',
      { marker: 'SHORTEST' },
    );
    expect(running).toEqual([]);
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
