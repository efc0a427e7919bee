import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../src/graph/database';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from '../../src/graph/embedded';
import { PROJECT_DIR } from '../../src/paths';
import type { RunningService } from '../../src/server/app';
import { seedDatabase } from '../../seed';
import { postGraphQL, startTestService, type GraphQLResponse } from '../support/testService';

/**
 * Neo4j stops while the service runs, then comes back on the same port and data folder.
 * This file runs its own embedded Neo4j (the shared one from the global setup stays untouched),
 * and two services over it: one with a direct bolt:// driver and one with a routing neo4j:// driver,
 * so a stale routing table would show as well as a stale pool.
 */

const QUERY = '{ stats { nodeCount } entity(id: "plantar-fasciitis") { id name } }';
/** How long a client may wait for DATABASE_UNAVAILABLE. */
const FAIL_FAST_MS = 8000;
/** How long /ready may take to say 503. */
const READY_MS = 5000;
/** How soon after Neo4j is back the service must serve again. */
const RECOVERY_MS = 10000;
const POLL_EVERY_MS = 500;

type Timed<T> = { ms: number; value: T };

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - started), value };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function baseUrl(service: RunningService): string {
  return service.url.replace(/\/graphql$/, '');
}

function expectUnavailable(response: GraphQLResponse): void {
  expect(response.status).toBe(200);
  expect(response.body.data ?? null).toBeNull();
  const [error] = response.body.errors ?? [];
  expect(error?.extensions).toEqual(
    expect.objectContaining({ code: 'DATABASE_UNAVAILABLE', retryable: true, retryAfterSeconds: expect.any(Number) }),
  );
  expect(error?.message).not.toMatch(/neo4j|bolt|cypher|driver|ECONNREFUSED/i);
  // Every error of the response says the same thing (one per failed field).
  for (const each of response.body.errors ?? []) expect(each.extensions?.code).toBe('DATABASE_UNAVAILABLE');
}

function expectServing(response: GraphQLResponse): void {
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data).toEqual({
    stats: { nodeCount: expect.any(Number) },
    entity: { id: 'plantar-fasciitis', name: expect.any(String) },
  });
}

/** Polls QUERY every 500 ms until it succeeds or `stopAt`; records every attempt. */
async function pollUntilServing(service: RunningService, stopAt: number) {
  const attempts: Array<{ startedAt: number; endedAt: number; ok: boolean; response: GraphQLResponse }> = [];
  while (Date.now() < stopAt) {
    const startedAt = Date.now();
    const response = await postGraphQL(service, QUERY);
    const endedAt = Date.now();
    const ok = response.status === 200 && !response.body.errors;
    attempts.push({ startedAt, endedAt, ok, response });
    if (ok) break;
    await sleep(POLL_EVERY_MS);
  }
  return attempts;
}

/** Polls RETURN 1 through a driver of its own until Neo4j answers; resolves with the time it did. */
async function answersCypher(port: number): Promise<number> {
  const probe = new Database({
    uri: `bolt://127.0.0.1:${port}`,
    username: 'neo4j',
    maxPoolSize: 1,
    connectTimeoutMs: 3000,
    queryTimeoutMs: 60000,
  });
  try {
    for (;;) {
      try {
        await probe.read('RETURN 1 AS one');
        return Date.now();
      } catch {
        await sleep(100);
      }
    }
  } finally {
    await probe.close();
  }
}

describe('Neo4j outage while the service runs', () => {
  let port: number;
  let dataDir: string;
  let options: EmbeddedOptions;
  let embedded: EmbeddedNeo4j | undefined;
  const dbs: Database[] = [];
  const services: Array<{ scheme: string; service: RunningService }> = [];

  beforeAll(async () => {
    port = await findFreePort();
    dataDir = join('data', 'test', `outage-${port}`);
    rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
    options = { port, dataDir, heap: '512m', pagecache: '64m', startTimeoutMs: 180000, log: () => undefined };
    embedded = await startEmbeddedNeo4j(options);
    for (const scheme of ['bolt', 'neo4j']) {
      const db = new Database({
        uri: `${scheme}://127.0.0.1:${port}`,
        username: 'neo4j',
        maxPoolSize: 10,
        connectTimeoutMs: 3000,
        queryTimeoutMs: 20000,
      });
      dbs.push(db);
      await db.waitUntilReachable(30000);
      if (scheme === 'bolt') await seedDatabase(db);
      services.push({ scheme, service: await startTestService(db) });
    }
  }, 240000);

  afterAll(async () => {
    for (const { service } of services) await service.stop();
    for (const db of dbs) await db.close();
    await embedded?.stop();
    rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
  }, 60000);

  it('fails fast with a retryable DATABASE_UNAVAILABLE, stays up, and serves again once Neo4j is back', async () => {
    for (const { service } of services) expectServing(await postGraphQL(service, QUERY));

    await embedded!.stop();
    embedded = undefined;

    for (const { scheme, service } of services) {
      // The first request finds out (the driver retries briefly); later ones are answered at once.
      const first = await timed(() => postGraphQL(service, QUERY));
      const second = await timed(() => postGraphQL(service, QUERY));
      const ready = await timed(() => fetch(`${baseUrl(service)}/ready`));
      const health = await fetch(`${baseUrl(service)}/health`);
      process.stderr.write(
        `[outage ${scheme}://] Neo4j down: first request failed in ${first.ms} ms, next in ${second.ms} ms; ` +
          `/ready ${ready.value.status} in ${ready.ms} ms; /health ${health.status}\n`,
      );
      expectUnavailable(first.value);
      expect(first.ms).toBeLessThan(FAIL_FAST_MS);
      expectUnavailable(second.value);
      expect(second.ms).toBeLessThan(FAIL_FAST_MS);
      expect(ready.value.status).toBe(503);
      expect(ready.ms).toBeLessThan(READY_MS);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
    }

    // Clients keep asking while Neo4j starts again; each poller runs until it gets an answer.
    const restartStarted = Date.now();
    const giveUpAt = restartStarted + 240000;
    const polls = services.map(({ service }) => pollUntilServing(service, giveUpAt));
    embedded = await startEmbeddedNeo4j(options);
    const boltOpenAt = Date.now();
    // "Back" as the compose healthcheck means it: Neo4j answers RETURN 1 (a fresh driver, not the service's).
    // A freshly started JVM takes seconds over its first Cypher query on a loaded machine; that part is Neo4j's.
    const healthyAt = await answersCypher(port);
    const results = await Promise.all(polls);

    for (const [i, attempts] of results.entries()) {
      const { scheme, service } = services[i]!;
      const failed = attempts.filter((a) => !a.ok);
      const success = attempts.find((a) => a.ok);
      const recoveryMs = success ? success.endedAt - healthyAt : Number.NaN;
      const slowestFailure = Math.max(0, ...failed.map((a) => a.endedAt - a.startedAt));
      process.stderr.write(
        `[outage ${scheme}://] Neo4j restarted in ${((boltOpenAt - restartStarted) / 1000).toFixed(1)} s, ` +
          `answered its first query ${healthyAt - boltOpenAt} ms after Bolt opened; ` +
          `${failed.length} polls failed meanwhile (slowest ${slowestFailure} ms); the service served again ` +
          `${recoveryMs} ms after Neo4j answered (${success ? success.endedAt - boltOpenAt : '-'} ms after Bolt opened; ` +
          `that request took ${success ? success.endedAt - success.startedAt : '-'} ms)\n`,
      );
      for (const attempt of failed) {
        expectUnavailable(attempt.response);
        expect(attempt.endedAt - attempt.startedAt).toBeLessThan(FAIL_FAST_MS);
      }
      expect(success).toBeDefined();
      expectServing(success!.response);
      expect(recoveryMs).toBeLessThan(RECOVERY_MS);

      const ready = await fetch(`${baseUrl(service)}/ready`);
      expect(ready.status).toBe(200);
      expectServing(await postGraphQL(service, QUERY));
    }
  }, 240000);
});
