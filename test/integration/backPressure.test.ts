import { connect } from 'node:net';
import type { Database } from '../../src/graph/database';
import { DEFAULT_BACK_PRESSURE } from '../../src/server/backPressure';
import { seedDatabase } from '../../seed';
import { metricValue, startChildService, type ChildService } from '../support/childService';
import { pipeline, rawGraphQLPost } from '../support/pipelining';
import { writeLayeredGraph } from '../support/layeredGraph';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { startTestService, stopService } from '../support/testService';

/**
 * Back-pressure, against the real entrypoint under npm start's heap budget: a pipelining flood on one
 * keep-alive socket (issue 10: 10,000 of them crashed the process) costs a bounded amount, each request
 * is answered, in order, with its data or a 429 that says when to retry; and past the total bound a
 * request gets 503 with Retry-After instead of waiting without end.
 */

const FLOOD = 10000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Peak of a /metrics gauge, sampled every 200 ms while `work` runs. */
async function peakWhile<T>(base: string, series: string, work: Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = 0;
  let done = false;
  const sampling = (async () => {
    while (!done) {
      peak = Math.max(peak, (await metricValue(base, series).catch(() => 0)) ?? 0);
      await sleep(200);
    }
  })();
  const result = await work;
  done = true;
  await sampling;
  return { result, peak };
}

describe('back-pressure', () => {
  let db: Database;
  let service: ChildService | undefined;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
  });
  afterAll(async () => {
    await service?.stop();
    await db.close();
  });

  it(`answers ${FLOOD.toLocaleString('en-US')} pipelined requests on one socket, in order, and stays up`, async () => {
    service = await startChildService();
    const requests = Array.from({ length: FLOOD }, (_, i) =>
      rawGraphQLPost(
        service!.port,
        `query Page${i % 100} { entities(first: ${1 + (i % 100)}) { totalCount edges { node { id name description } } } }`,
      ),
    );
    const rssBefore = (await metricValue(service.base, 'process_resident_memory_bytes'))!;
    const started = performance.now();
    const { result, peak } = await peakWhile(service.base, 'process_resident_memory_bytes', pipeline(service.port, requests, 180000));
    const seconds = (performance.now() - started) / 1000;
    const statuses = new Map<number, number>();
    for (const a of result.answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    process.stderr.write(
      `[backPressure] ${result.answers.length} of ${FLOOD} pipelined answers in ${seconds.toFixed(1)} s ` +
        `(${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}); RSS ${Math.round(rssBefore / 1048576)} MB before, ` +
        `peak ${Math.round(peak / 1048576)} MB during; closed early ${result.closedEarly}\n`,
    );

    expect(service.alive()).toBe(true);
    expect(result.timedOut).toBe(false);
    expect(result.answers).toHaveLength(FLOOD);
    // The first requests of the connection ran; those beyond its bound were refused with a retry hint.
    expect(result.answers.slice(0, DEFAULT_BACK_PRESSURE.maxPerConnection).every((a) => a.status === 200)).toBe(true);
    for (const answer of result.answers) {
      if (answer.status === 200) {
        expect(JSON.parse(answer.body)).toEqual({ data: { entities: expect.objectContaining({ totalCount: expect.any(Number) }) } });
      } else {
        expect(answer.status).toBe(429);
        expect(answer.headers['retry-after']).toBe(String(DEFAULT_BACK_PRESSURE.retryAfterSeconds));
        expect(JSON.parse(answer.body)).toEqual({
          errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS', retryable: true }) })],
        });
      }
    }
    // Bounded: far below what 10,000 requests at once cost (the process died at the heap limit).
    expect(peak).toBeLessThan(300 * 1048576);
    // Still serving, and the refusals are counted under the code the client got.
    const after = await fetch(`${service.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "acupuncture") { id } }' }),
    });
    expect(await after.json()).toEqual({ data: { entity: { id: 'acupuncture' } } });
    const refused = await metricValue(service.base, 'graphql_errors_total{code="TOO_MANY_REQUESTS"}');
    expect(refused).toBe(statuses.get(429) ?? 0);
  }, 240000);

  it('closes connections that never finish their headers or their body, and serves others meanwhile', async () => {
    // A quick request may wait 2 s for a slot. Stalled bodies must not hold the slots: if they did, the 25
    // below (more than the 16 slots) would keep it waiting until their 10 s body deadline, and it would be
    // refused as SERVER_BUSY.
    const inProcess = await startTestService(db, { backPressure: { ...DEFAULT_BACK_PRESSURE, maxWaitMs: 2000 } });
    try {
      const port = Number(new URL(inProcess.url).port);
      const closed: boolean[] = [];
      const sockets = Array.from({ length: 50 }, (_, i) => {
        const socket = connect(port, '127.0.0.1');
        closed[i] = false;
        socket.on('error', () => undefined);
        socket.on('close', () => (closed[i] = true));
        // Half send a request line and one header, then nothing (slowloris); half a body that never ends.
        socket.write(
          i % 2 === 0
            ? 'POST /graphql HTTP/1.1\r\nHost: x\r\n'
            : 'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
        );
        return socket;
      });
      await Promise.all(sockets.map((socket) => new Promise((resolve) => socket.write('', resolve))));
      await sleep(500);
      const answer = await fetch(inProcess.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(id: "acupuncture") { id } }' }),
      });
      expect(await answer.json()).toEqual({ data: { entity: { id: 'acupuncture' } } });
      // The server hangs up on them after DEFAULT_SLOW_CLIENT_LIMITS (10 s for headers, 10 s for a body).
      const deadline = Date.now() + 30000;
      while (closed.some((c) => !c) && Date.now() < deadline) await sleep(500);
      for (const socket of sockets) socket.destroy();
      expect(closed.filter((c) => !c)).toHaveLength(0);
    } finally {
      await stopService(inProcess, undefined);
    }
  }, 60000);

  it('answers 503 with Retry-After beyond the total bound, and runs what it admitted', async () => {
    await writeLayeredGraph(db, 'busy', 5, 7);
    const slow = `{ paths(from: "busy-0-0", to: "busy-6-0", maxHops: 6, first: 10) { length } }`;
    const inProcess = await startTestService(db, {
      responseCache: null,
      backPressure: { maxRunning: 2, maxQueued: 2, maxWaitMs: 60000, maxPerConnection: 8, retryAfterSeconds: 2 },
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await fetch(inProcess.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: slow }),
          });
          return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as unknown };
        }),
      );
      const ok = answers.filter((a) => a.status === 200);
      const busy = answers.filter((a) => a.status === 503);
      expect(ok.length + busy.length).toBe(10);
      expect(ok.length).toBeGreaterThanOrEqual(4);
      expect(busy.length).toBeGreaterThanOrEqual(1);
      expect(ok.map((a) => a.body)).toEqual(ok.map(() => ({ data: { paths: expect.any(Array) } })));
      for (const a of busy) {
        expect(a.retryAfter).toBe('2');
        expect(a.body).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'SERVER_BUSY' }) })] });
      }
    } finally {
      await stopService(inProcess, undefined);
    }
  }, 120000);
});
