import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from '../../src/paths';
import { scriptNodeFlags } from '../../src/nodeFlags';
import { findFreePort } from '../../src/graph/embedded';

export type ChildService = {
  child: ChildProcess;
  port: number;
  base: string;
  /** Everything the process wrote to stderr so far. */
  stderr: () => string;
  alive: () => boolean;
  stop: () => Promise<void>;
};

/**
 * The real entrypoint (`node <memory flags of npm start> --import tsx src/index.ts`) over the run's Neo4j,
 * as production runs it: a crash here is a crash there.
 */
export async function startChildService(env: Record<string, string> = {}, nodeFlags: string[] = []): Promise<ChildService> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [...scriptNodeFlags('start'), '--import', 'tsx', ...nodeFlags, 'src/index.ts'], {
    cwd: PROJECT_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: process.env.TEST_NEO4J_URI,
      PORT: String(port),
      SEED_ON_START: 'false',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  const deadline = Date.now() + 120000;
  while (!stderr.includes('GraphQL API ready at')) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The entrypoint exited during start-up:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The entrypoint did not start within 120 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    alive,
    stop: async () => {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Node flags that let retainedHeapBytes force a full collection in the child (see gcOnSignal.ts). */
export const GC_ON_SIGNAL_FLAGS = ['--expose-gc', '--import', join(PROJECT_DIR, 'test', 'support', 'gcOnSignal.ts')];

/** The child's used heap right after a full collection: what it keeps, not what it has yet to collect. */
export async function retainedHeapBytes(service: ChildService): Promise<number> {
  const before = service.stderr().split('gcOnSignal: collected').length;
  service.child.kill('SIGUSR2');
  const deadline = Date.now() + 30000;
  while (service.stderr().split('gcOnSignal: collected').length === before) {
    if (service.stderr().includes('gcOnSignal: no gc')) throw new Error('the child service was started without --expose-gc');
    if (Date.now() > deadline) throw new Error('the child service did not collect within 30 s');
    await new Promise((r) => setTimeout(r, 20));
  }
  return (await metricValue(service.base, 'nodejs_heap_size_used_bytes'))!;
}

/** A value of one Prometheus series from /metrics, or undefined. */
export async function metricValue(base: string, series: string): Promise<number | undefined> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}
