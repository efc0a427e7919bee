import { readFileSync } from 'node:fs';
import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { seedDatabase } from '../../seed';
import { privateDatabase, startPrivateNeo4j, type PrivateNeo4j } from '../support/privateNeo4j';
import { postGraphQL, startTestService, type GraphQLResponse } from '../support/testService';

/**
 * Neo4j hangs (its JVM stopped with SIGSTOP: the kernel still accepts connections, nothing answers).
 * Requests must not hang with it: they get DATABASE_UNAVAILABLE from the service's own deadlines, long before
 * Neo4j moves again, /ready says 503 from a real round trip, and once Neo4j resumes the service serves again.
 * The JVM is this file's own (test/support/privateNeo4j.ts), never the run's shared one.
 */

const QUERY_TIMEOUT_MS = 4000;
const CONNECT_TIMEOUT_MS = 1000;
/** How long Neo4j stays frozen at most; every answer below must come well within it. */
const FREEZE_MS = 25000;

const STATS = '{ stats { nodeCount } }';
const ENTITY = '{ entity(id: "plantar-fasciitis") { id name } }';
const SEARCH = '{ search(text: "heel", first: 3) { entity { id } } }';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - started), value };
}

/** 'T' is the state of a stopped process in /proc/PID/stat. */
function processState(pid: number): string {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2)[0] ?? '?';
}

function expectUnavailable(response: GraphQLResponse): void {
  expect(response.status).toBe(200);
  // Nullable fields come back null, the others null the whole data.
  for (const value of Object.values(response.body.data ?? {})) expect(value).toBeNull();
  expect(response.body.errors?.length).toBeGreaterThan(0);
  for (const error of response.body.errors ?? []) {
    expect(error.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', retryable: true }));
    expect(error.message).not.toMatch(/neo4j|bolt|cypher|driver|within \d+ ms/i);
  }
}

describe('a frozen Neo4j', () => {
  let neo: PrivateNeo4j;
  let db: Database;
  let service: RunningService;
  let base: string;

  beforeAll(async () => {
    neo = await startPrivateNeo4j('frozen');
    db = privateDatabase(neo.uri, { queryTimeoutMs: QUERY_TIMEOUT_MS, connectTimeoutMs: CONNECT_TIMEOUT_MS });
    await db.waitUntilReachable(60000);
    await seedDatabase(db);
    service = await startTestService(db);
    base = service.url.replace(/\/graphql$/, '');
  }, 240000);

  afterAll(async () => {
    await service?.stop();
    await neo?.stop();
    await db?.close();
  }, 90000);

  it('gives DATABASE_UNAVAILABLE and /ready 503 while frozen, then serves again by itself', async () => {
    // Warm: the pool holds live connections, which is exactly what a frozen server leaves hanging.
    for (const query of [STATS, ENTITY]) expect((await postGraphQL(service, query)).body.errors).toBeUndefined();
    expect((await fetch(`${base}/ready`)).status).toBe(200);

    neo.signal('SIGSTOP');
    const frozenAt = Date.now();
    try {
      const firstRound = Promise.all([
        timed(() => postGraphQL(service, STATS)),
        timed(() => postGraphQL(service, SEARCH)),
        timed(() => fetch(`${base}/ready`)),
      ]);
      const first = await Promise.race([firstRound, sleep(FREEZE_MS).then(() => 'still waiting' as const)]);
      expect(first).not.toBe('still waiting');
      if (first === 'still waiting') return;
      const [stats, search, ready] = first;
      // The next requests find the server known to be away and are answered after one quick probe.
      const second = await Promise.race([
        Promise.all([timed(() => postGraphQL(service, ENTITY)), timed(() => fetch(`${base}/ready`))]),
        sleep(FREEZE_MS).then(() => 'still waiting' as const),
      ]);
      expect(second).not.toBe('still waiting');
      if (second === 'still waiting') return;
      const [entity, readyAgain] = second;
      // Every answer above came while Neo4j was still stopped.
      expect(processState(neo.embedded.pid)).toBe('T');
      process.stderr.write(
        `[frozen] QUERY_TIMEOUT_MS ${QUERY_TIMEOUT_MS}, NEO4J_CONNECT_TIMEOUT_MS ${CONNECT_TIMEOUT_MS}: ` +
          `first requests answered in ${stats.ms} / ${search.ms} ms, /ready ${ready.value.status} in ${ready.ms} ms; ` +
          `next request ${entity.ms} ms, /ready ${readyAgain.value.status} in ${readyAgain.ms} ms ` +
          `(${Date.now() - frozenAt} ms into the freeze)\n`,
      );
      expectUnavailable(stats.value);
      expectUnavailable(search.value);
      expectUnavailable(entity.value);
      expect(ready.value.status).toBe(503);
      expect(readyAgain.value.status).toBe(503);
    } finally {
      neo.signal('SIGCONT');
    }

    const resumedAt = Date.now();
    let served: GraphQLResponse | undefined;
    while (Date.now() - resumedAt < 30000) {
      const response = await postGraphQL(service, ENTITY);
      if (!response.body.errors) {
        served = response;
        break;
      }
      expectUnavailable(response);
      await sleep(250);
    }
    process.stderr.write(`[frozen] served again ${Date.now() - resumedAt} ms after SIGCONT\n`);
    expect(served?.body.data).toEqual({ entity: { id: 'plantar-fasciitis', name: expect.any(String) } });
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  }, 120000);
});
