import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { PROJECT_DIR } from '../../src/paths';
import type { Database } from '../../src/graph/database';
import { findFreePort } from '../../src/graph/embedded';
import { seedDatabase } from '../../seed';
import { clearDatabase, testDatabase } from '../support/testDatabase';
import { postGraphQL, startTestService, type GraphQLResponse } from '../support/testService';
import { writeLayeredGraph } from '../support/layeredGraph';

/**
 * SIGTERM to the real entrypoint (`node --import tsx src/index.ts`) while a request is in flight:
 * the server stops accepting, the request finishes with its data, the driver closes, the exit code is 0.
 * The child runs as in production (NODE_ENV=production), where Apollo also listens for SIGTERM.
 */

/** Layers of WIDTH entities, each joined to every entity of the next layer: WIDTH^5 shortest paths of 6 hops. */
const WIDTH = 7;
const LAYERS = 7;
const SLOW_QUERY = `{ paths(from: "shutdown-0-0", to: "shutdown-${LAYERS - 1}-0", maxHops: 6, first: 10) { length nodes { id } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Probe = { at: number; outcome: string };

async function postTo(url: string, query: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<{ paths: unknown[] }>['body'] };
}

/** One GET /health on a brand-new connection: 'refused', or the status code, or another error code. */
function probeNewConnection(port: number): Promise<string> {
  return new Promise((resolvePromise) => {
    const req = request({ host: '127.0.0.1', port, path: '/health', agent: false, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => resolvePromise(String(res.statusCode)));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolvePromise(error.code === 'ECONNREFUSED' ? 'refused' : (error.code ?? error.message)),
    );
    req.end();
  });
}

async function sessionsInUse(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const match = /^neo4j_sessions_in_use (\d+)/m.exec(text);
  return match ? Number(match[1]) : 0;
}

describe('SIGTERM on the real entrypoint', () => {
  let db: Database;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    db = testDatabase();
    await clearDatabase(db);
    await seedDatabase(db);
    await writeLayeredGraph(db, 'shutdown', WIDTH, LAYERS);
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await clearDatabase(db);
    await db.close();
  });

  it('stops accepting, finishes the in-flight request, closes the driver and exits 0', async () => {
    // How slow the in-flight request is, measured in-process (this also warms Neo4j's query cache).
    const service = await startTestService(db);
    let started = performance.now();
    const baseline = await postGraphQL<{ paths: unknown[] }>(service, SLOW_QUERY);
    const coldMs = Math.round(performance.now() - started);
    started = performance.now();
    await postGraphQL(service, SLOW_QUERY);
    const warmMs = Math.round(performance.now() - started);
    await service.stop();
    expect(baseline.body.errors).toBeUndefined();
    expect(baseline.body.data?.paths).toHaveLength(10);

    const port = await findFreePort();
    const base = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: PROJECT_DIR,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: process.env.TEST_NEO4J_URI,
        PORT: String(port),
        SEED_ON_START: 'false',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout!.resume();
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolvePromise) =>
      child!.once('exit', (code, signal) => resolvePromise({ code, signal, at: performance.now() })),
    );

    const startDeadline = Date.now() + 120000;
    while (!stderr.includes('GraphQL API ready at')) {
      if (child.exitCode !== null) throw new Error(`The entrypoint exited during start-up:\n${stderr}`);
      if (Date.now() > startDeadline) throw new Error(`The entrypoint did not start within 120 s:\n${stderr}`);
      await sleep(50);
    }

    // The request is in flight once the service holds a Neo4j session for it.
    const inFlightStarted = performance.now();
    const inFlight = postTo(`${base}/graphql`, SLOW_QUERY).then((response) => ({ response, at: performance.now() }));
    while ((await sessionsInUse(base)) < 1) {
      if (performance.now() - inFlightStarted > 20000) throw new Error('The slow request never reached Neo4j');
      await sleep(5);
    }
    const sigtermAt = performance.now();
    child.kill('SIGTERM');

    // New connections, one after another, until they are refused or the process is gone.
    const probes: Probe[] = [];
    let done = false;
    void exited.then(() => (done = true));
    while (!done && performance.now() - sigtermAt < 30000) {
      const outcome = await probeNewConnection(port);
      probes.push({ at: performance.now(), outcome });
      if (outcome === 'refused') break;
      await sleep(10);
    }

    const { response, at: inFlightDoneAt } = await inFlight;
    let exitTimer: NodeJS.Timeout | undefined;
    const exit = await Promise.race([exited, new Promise<undefined>((r) => (exitTimer = setTimeout(() => r(undefined), 60000)))]);
    clearTimeout(exitTimer);
    const firstRefusal = probes.find((p) => p.outcome === 'refused');
    process.stderr.write(
      `[shutdown] slow query ${coldMs} ms cold, ${warmMs} ms warm in-process; SIGTERM sent ${Math.round(sigtermAt - inFlightStarted)} ms ` +
        `into the request; new connections refused ${firstRefusal ? Math.round(firstRefusal.at - sigtermAt) : '-'} ms after SIGTERM ` +
        `(probes: ${probes.map((p) => p.outcome).join(', ')}); in-flight request answered ${Math.round(inFlightDoneAt - sigtermAt)} ms ` +
        `after SIGTERM with ${response.status}; process exited ${exit ? Math.round(exit.at - sigtermAt) : '(not yet)'} ms after SIGTERM ` +
        `with code ${exit?.code} signal ${exit?.signal}\n`,
    );

    // The in-flight request was answered in full, after SIGTERM.
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.paths).toHaveLength(10);
    expect(inFlightDoneAt).toBeGreaterThan(sigtermAt);
    // New connections were refused while the in-flight request was still being worked on. A connection that
    // was still in the listen backlog when the listener closed is reset (no request of it was processed);
    // one accepted just before gets a plain answer.
    expect(firstRefusal).toBeDefined();
    expect(firstRefusal!.at).toBeLessThan(inFlightDoneAt);
    for (const probe of probes.filter((p) => p.outcome !== 'refused')) expect(['200', 'ECONNRESET']).toContain(probe.outcome);
    // Clean exit, after the driver was closed.
    expect(exit).toEqual(expect.objectContaining({ code: 0, signal: null }));
    expect(stderr).toContain('SIGTERM received');
    expect(stderr).toMatch(/Stopped cleanly/);
    expect(stderr).not.toMatch(/Shutdown failed|took too long/);
  }, 240000);
});
