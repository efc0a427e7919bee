import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real entrypoint (`node --import tsx src/index.ts`) as a child process, with its output captured:
 * human lines on stderr, JSON logs (pino) on stdout.
 */
export const PROJECT_DIR = join(__dirname, '..', '..');

export type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Stream = 'stdout' | 'stderr';
export type Run = {
  child: ChildProcess;
  stderr: () => string;
  stdout: () => string;
  exited: Promise<Exit>;
  /** Resolves with the first match of `pattern` on the stream (stderr unless told), from its beginning. */
  waitFor: (pattern: RegExp, timeoutMs: number, stream?: Stream) => Promise<RegExpMatchArray>;
};

/** Every run started, so a file's afterAll can make sure none is left. */
export const runs: Run[] = [];

export function runEntrypoint(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: PROJECT_DIR,
    env: {
      ...process.env,
      // As deployed: Jest sets NODE_ENV=test, which changes behaviour (Apollo installs its own
      // SIGINT/SIGTERM handlers unless NODE_ENV is test), so the signal tests would prove nothing.
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      // Empty counts as unset: always the embedded Neo4j here, even when the run uses an external one.
      NEO4J_URI: '',
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const text: Record<Stream, string> = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.on('data', (chunk: Buffer) => {
      text[stream] += chunk.toString();
      listeners.forEach((l) => l());
    });
  }
  const exited = new Promise<Exit>((resolvePromise) => child.once('exit', (code, signal) => resolvePromise({ code, signal })));

  const waitFor = (pattern: RegExp, timeoutMs: number, stream: Stream = 'stderr') =>
    new Promise<RegExpMatchArray>((resolvePromise, reject) => {
      const check = () => {
        const match = pattern.exec(text[stream]);
        if (match) {
          done();
          resolvePromise(match);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`No ${pattern} on ${stream} within ${timeoutMs} ms. ${stream}:\n${text[stream]}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then((exit) => {
        check();
        if (listeners.has(check)) {
          done();
          reject(new Error(`Exited (${JSON.stringify(exit)}) before ${pattern}. ${stream}:\n${text[stream]}`));
        }
      });
      check();
    });

  const run = { child, stderr: () => text.stderr, stdout: () => text.stdout, exited, waitFor };
  runs.push(run);
  return run;
}

export async function exitWithin(run: Run, timeoutMs: number): Promise<Exit & { ms: number }> {
  const started = Date.now();
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  const exit = await run.exited;
  clearTimeout(timer);
  return { ...exit, ms: Date.now() - started };
}

/** Kills every run still going (SIGKILL) and waits for them. */
export async function killRuns(): Promise<void> {
  for (const run of runs) {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  }
  await Promise.all(runs.map((r) => r.exited));
}

/** Alive and not a zombie: a zombie has exited and only waits for its (new) parent to reap it. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

export async function goneWithin(pid: number, timeoutMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!isAlive(pid)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

/** Kills JVMs the runs started, but only ever our own: the pid must still run the launcher. */
export async function killOwnJvms(pids: number[]): Promise<void> {
  for (const pid of pids) {
    if (isAlive(pid) && commandLine(pid).includes('EmbeddedNeo4j')) process.kill(pid, 'SIGKILL');
  }
  await Promise.all(pids.map((pid) => goneWithin(pid, 10000)));
}
