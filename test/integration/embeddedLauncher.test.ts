import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { EmbeddedNeo4jError, findFreePort, isPortFree, startEmbeddedNeo4j } from '../../src/graph/embedded';
import {
  PROJECT_DIR,
  commandLine,
  exitWithin,
  goneWithin,
  isAlive,
  killOwnJvms,
  killRuns,
  runEntrypoint,
  type Run,
} from '../support/entrypoint';

/**
 * The real entrypoint (`node --import tsx src/index.ts`) with the real embedded Neo4j:
 * start-up failures must be quick and say what to do, and the JVM must never outlive Node.
 * Each JVM start takes 10-20 s, so only the two orphan tests start one.
 */
const RUN_DIR = join('data', 'test', `launcher-${process.pid}-${Date.now()}`);
const JVM_GONE_WITHIN_MS = 40000;
const START_TIMEOUT_MS = 180000;

const jvmPids: number[] = [];
const servers: Server[] = [];

function occupy(port: number): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolvePromise(server));
    servers.push(server);
  });
}

const note = (line: string) => process.stderr.write(`[embeddedLauncher] ${line}\n`);

beforeAll(() => {
  rmSync(join(PROJECT_DIR, RUN_DIR), { recursive: true, force: true });
  mkdirSync(join(PROJECT_DIR, RUN_DIR), { recursive: true });
});

afterAll(async () => {
  await killRuns();
  await killOwnJvms(jvmPids);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  rmSync(join(PROJECT_DIR, RUN_DIR), { recursive: true, force: true });
}, 60000);

describe('start-up failures', () => {
  it('stops quickly when the embedded Bolt port is taken, and says what to do instead', async () => {
    const boltPort = await findFreePort();
    await occupy(boltPort);
    const run = runEntrypoint({
      NEO4J_EMBEDDED_PORT: String(boltPort),
      PORT: String(await findFreePort()),
      NEO4J_DATA_DIR: join(RUN_DIR, 'busy-port'),
    });
    const exit = await exitWithin(run, 30000);
    note(`port in use: exit ${exit.code} after ${exit.ms} ms`);

    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(exit.ms).toBeLessThan(15000); // a JVM start takes longer even on an idle machine
    const stderr = run.stderr();
    expect(stderr).toContain(`Port ${boltPort} on 127.0.0.1 is already in use`);
    expect(stderr).toContain('NEO4J_EMBEDDED_PORT');
    expect(stderr).toContain('NEO4J_URI');
    expect(stderr).toContain('docker compose up');
    expect(stderr).not.toMatch(/Embedded Neo4j \(pid/);
  });

  it('rejects with EmbeddedNeo4jError when startEmbeddedNeo4j is called on a taken port', async () => {
    const boltPort = await findFreePort();
    await occupy(boltPort);
    const starting = startEmbeddedNeo4j({
      port: boltPort,
      dataDir: join(RUN_DIR, 'busy-port-direct'),
      heap: '512m',
      pagecache: '64m',
      startTimeoutMs: 60000,
      log: () => {},
    });
    await expect(starting).rejects.toBeInstanceOf(EmbeddedNeo4jError);
    await expect(starting).rejects.toThrow(new RegExp(`Port ${boltPort} .*already in use`));
    await expect(starting).rejects.toThrow(/NEO4J_URI/);
  });

  it('stops with a message naming the data folder when it cannot be created', async () => {
    // A folder below a regular file cannot be created, not even by root.
    const file = join(RUN_DIR, 'a-file');
    writeFileSync(join(PROJECT_DIR, file), 'not a folder\n');
    const dataDir = join(file, 'neo4j');
    const run = runEntrypoint({
      NEO4J_EMBEDDED_PORT: String(await findFreePort()),
      PORT: String(await findFreePort()),
      NEO4J_DATA_DIR: dataDir,
    });
    const exit = await exitWithin(run, 30000);
    note(`unusable data folder: exit ${exit.code} after ${exit.ms} ms`);

    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    const stderr = run.stderr();
    expect(stderr).toContain(`The data folder ${join(PROJECT_DIR, dataDir)} cannot be used`);
    expect(stderr).toContain('NEO4J_DATA_DIR');
    expect(stderr).not.toMatch(/Embedded Neo4j \(pid/);

    await expect(
      startEmbeddedNeo4j({
        port: await findFreePort(),
        dataDir,
        heap: '512m',
        pagecache: '64m',
        startTimeoutMs: 60000,
        log: () => {},
      }),
    ).rejects.toThrow(EmbeddedNeo4jError);
  });
});

describe('no orphan JVM', () => {
  /** Starts the entrypoint and waits until it serves; returns the JVM pid and the GraphQL URL. */
  async function startServing(name: string): Promise<{ run: Run; jvmPid: number; url: string; boltPort: number }> {
    const boltPort = await findFreePort();
    const started = Date.now();
    const run = runEntrypoint({
      NEO4J_EMBEDDED_PORT: String(boltPort),
      PORT: String(await findFreePort()),
      NEO4J_DATA_DIR: join(RUN_DIR, name),
    });
    const pidMatch = await run.waitFor(/Embedded Neo4j \(pid (\d+)\)/, START_TIMEOUT_MS);
    const jvmPid = Number(pidMatch[1]);
    jvmPids.push(jvmPid);
    const readyMatch = await run.waitFor(/GraphQL API ready at (\S+)/, 30000);
    note(`${name}: JVM pid ${jvmPid}, API ready ${((Date.now() - started) / 1000).toFixed(1)} s after spawn`);

    expect(isAlive(jvmPid)).toBe(true);
    expect(commandLine(jvmPid)).toMatch(new RegExp(`EmbeddedNeo4j .*--port ${boltPort}\\b`));
    return { run, jvmPid, url: readyMatch[1]!, boltPort };
  }

  it('on SIGTERM, answers first, then exits 0 and takes the JVM with it', async () => {
    const { run, jvmPid, url } = await startServing('sigterm');

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { nodeCount } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { stats?: { nodeCount?: unknown } } };
    expect(typeof body.data?.stats?.nodeCount).toBe('number');

    run.child.kill('SIGTERM');
    // A hang here (killed after 60 s, signal SIGKILL) means two SIGTERM handlers fight, e.g. Apollo's
    // own (stopOnTerminationSignals) next to src/index.ts's.
    const exit = await exitWithin(run, 60000);
    note(`sigterm: node exited ${exit.code} after ${exit.ms} ms`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(run.stderr()).toContain('SIGTERM received');

    const goneAfter = await goneWithin(jvmPid, JVM_GONE_WITHIN_MS);
    note(`sigterm: JVM ${jvmPid} gone ${goneAfter ?? 'NEVER'} ms after node exited`);
    expect(goneAfter).toBeDefined();
  }, 300000);

  it('when Node is killed with SIGKILL, the JVM notices its stdin closing and exits on its own', async () => {
    const { run, jvmPid, boltPort } = await startServing('sigkill');

    run.child.kill('SIGKILL');
    const exit = await exitWithin(run, 10000);
    expect(exit.signal).toBe('SIGKILL');

    const goneAfter = await goneWithin(jvmPid, JVM_GONE_WITHIN_MS);
    note(`sigkill: JVM ${jvmPid} gone ${goneAfter ?? 'NEVER'} ms after node was killed`);
    expect(goneAfter).toBeDefined();
    expect(await isPortFree(boltPort)).toBe(true);
  }, 300000);
});
