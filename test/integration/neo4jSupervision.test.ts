import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findFreePort } from '../../src/graph/embedded';
import { PROJECT_DIR, commandLine, exitWithin, goneWithin, isAlive, killOwnJvms, killRuns, runEntrypoint } from '../support/entrypoint';

/**
 * The embedded Neo4j is supervised: kill -9 its JVM under the running service (the real entrypoint, its own
 * JVM, never the run's shared one) and the service logs the death with the JVM's last output, starts a new
 * JVM on the same port and data folder, and /ready comes back by itself with the data intact. The Docker
 * HEALTHCHECK command, run as Docker would run it, follows /ready.
 */
const RUN_DIR = join('data', 'test', `supervision-${process.pid}-${Date.now()}`);
const START_TIMEOUT_MS = 180000;
const jvmPids: number[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const note = (line: string) => process.stderr.write(`[supervision] ${line}\n`);

/** The Dockerfile's HEALTHCHECK command (exec form), run with the container's PORT; resolves with its exit code. */
function runDockerHealthcheck(port: number): number | null {
  const text = readFileSync(join(PROJECT_DIR, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const line = text.split('\n').find((l) => /^\s*HEALTHCHECK\b/.test(l));
  const command = JSON.parse(/\bCMD\s+(\[.*\])\s*$/.exec(line ?? '')?.[1] ?? 'null') as string[] | null;
  if (!command) throw new Error('The Dockerfile has no exec-form HEALTHCHECK CMD');
  const [program, ...args] = command;
  const result = spawnSync(program === 'node' ? process.execPath : program!, args, {
    env: { ...process.env, PORT: String(port) },
    timeout: 10000,
  });
  return result.status;
}

async function readyStatus(base: string): Promise<number> {
  try {
    return (await fetch(`${base}/ready`)).status;
  } catch {
    return 0;
  }
}

async function pollReady(base: string, wanted: number, timeoutMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await readyStatus(base)) === wanted) return Date.now() - started;
    await sleep(250);
  }
  return undefined;
}

type LogLine = { event?: string; pid?: number; signal?: string; lastOutput?: string[]; debugLogTail?: string[]; consoleLogFile?: string };

afterAll(async () => {
  await killRuns();
  await killOwnJvms(jvmPids);
  rmSync(join(PROJECT_DIR, RUN_DIR), { recursive: true, force: true });
}, 60000);

it('restarts a killed embedded Neo4j, logs its death with its last output, and /ready comes back by itself', async () => {
  const httpPort = await findFreePort();
  const run = runEntrypoint({
    NEO4J_EMBEDDED_PORT: String(await findFreePort()),
    PORT: String(httpPort),
    NEO4J_DATA_DIR: join(RUN_DIR, 'neo4j'),
    NEO4J_CONNECT_TIMEOUT_MS: '1000',
    SEED_ON_START: 'true',
    LOG_LEVEL: 'info',
  });
  const firstPid = Number((await run.waitFor(/Embedded Neo4j \(pid (\d+)\)/, START_TIMEOUT_MS))[1]);
  jvmPids.push(firstPid);
  const url = (await run.waitFor(/GraphQL API ready at (\S+)/, 60000))[1]!;
  const base = url.replace(/\/graphql$/, '');
  const ask = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "plantar-fasciitis") { id } }' }),
    });
    return (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  };
  expect(await readyStatus(base)).toBe(200);
  expect((await ask()).data).toEqual({ entity: { id: 'plantar-fasciitis' } });
  expect(runDockerHealthcheck(httpPort)).toBe(0);

  process.kill(firstPid, 'SIGKILL');
  const killedAt = Date.now();

  // Down: /ready and the container health check say so, requests get the retryable code.
  const downAfter = await pollReady(base, 503, 15000);
  expect(downAfter).toBeDefined();
  expect(runDockerHealthcheck(httpPort)).toBe(1);
  expect((await ask()).errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');

  // The death, logged as JSON with what the JVM printed last and the tail of Neo4j's debug.log.
  const diedLine = (await run.waitFor(/^.*"event":"neo4j_died".*$/m, 15000, 'stdout'))[0];
  const died = JSON.parse(diedLine) as LogLine;
  expect(died).toEqual(expect.objectContaining({ pid: firstPid, signal: 'SIGKILL', level: 50 }));
  expect(died.lastOutput?.some((l) => l.includes('NEO4J_READY'))).toBe(true);
  expect(died.debugLogTail?.length).toBeGreaterThan(0);
  expect(existsSync(died.consoleLogFile!)).toBe(true);
  expect(readFileSync(died.consoleLogFile!, 'utf8')).toContain(`JVM pid ${firstPid} started`);

  // Restarted on the same port and data folder, without anyone's help.
  const restartedLine = (await run.waitFor(/^.*"event":"neo4j_restarted".*$/m, START_TIMEOUT_MS, 'stdout'))[0];
  const restarted = JSON.parse(restartedLine) as LogLine & { downMs?: number };
  const secondPid = restarted.pid!;
  jvmPids.push(secondPid);
  expect(secondPid).not.toBe(firstPid);
  expect(commandLine(secondPid)).toContain('EmbeddedNeo4j');
  const readyAfter = await pollReady(base, 200, 60000);
  expect(readyAfter).toBeDefined();
  note(
    `kill -9 of JVM ${firstPid}: /ready 503 after ${downAfter} ms; new JVM ${secondPid} up ${restarted.downMs} ms after the death; ` +
      `/ready 200 again ${Date.now() - killedAt} ms after the kill`,
  );
  expect((await ask()).data).toEqual({ entity: { id: 'plantar-fasciitis' } });
  expect(runDockerHealthcheck(httpPort)).toBe(0);

  // A deliberate stop is not a death: nothing is restarted and the JVM goes with the service.
  run.child.kill('SIGTERM');
  const exit = await exitWithin(run, 60000);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(await goneWithin(secondPid, 40000)).toBeDefined();
  expect(isAlive(secondPid)).toBe(false);
  expect(run.stdout().match(/"event":"neo4j_died"/g)).toHaveLength(1);
}, 400000);
