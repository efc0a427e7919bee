import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { PROJECT_DIR } from '../paths';
import { ConsoleLog } from './consoleLog';

/**
 * Node side of the embedded Neo4j: fetches Neo4j Community with Maven (once; Maven's cache
 * serves later starts), runs it with Java on 127.0.0.1 and stops it again.
 * The Java side (neo4j-embedded/EmbeddedNeo4j.java) exits when its stdin closes, so the JVM
 * cannot outlive this process even when this process is killed with SIGKILL.
 */

export type EmbeddedOptions = {
  port: number;
  dataDir: string;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
  /** Transaction timeout inside Neo4j (the driver sets shorter ones per transaction). */
  txTimeout?: string;
  /** Jars to add to the JVM classpath, such as plugins (the benchmark adds APOC). */
  extraClasspath?: string[];
  /** Where progress lines go; stderr by default. */
  log?: (line: string) => void;
};

/**
 * The JVM options Neo4j's own launcher uses (server.jvm.additional in its default neo4j.conf).
 * Without the --add-opens, the page cache cannot reach direct buffers and falls back to a slow
 * path ("Reflection access to java.nio.DirectByteBuffer is not available, using fallback mode").
 */
export const NEO4J_JVM_OPTIONS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

export type EmbeddedNeo4j = {
  uri: string;
  pid: number;
  /** Where the JVM's own output (stdout and stderr) is kept: `logs/neo4j.log` in the data folder. */
  consoleLogFile: string;
  /** The last lines the JVM printed, newest last. */
  lastOutput: (count: number) => string[];
  /** Resolves when the JVM exits by itself (crash, kill -9, OOM); never after stop(). */
  died: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop: () => Promise<void>;
};

const ALTERNATIVES =
  'Alternatives: run `docker compose up`, or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) to use a Neo4j server you already have.';

export class EmbeddedNeo4jError extends Error {
  constructor(problem: string, advice: string) {
    super(`${problem}\n${advice}\n${ALTERNATIVES}`);
    this.name = 'EmbeddedNeo4jError';
  }
}

const LAUNCHER_DIR = join(PROJECT_DIR, 'neo4j-embedded');
const POM = join(LAUNCHER_DIR, 'pom.xml');
const LAUNCHER_SOURCE = join(LAUNCHER_DIR, 'EmbeddedNeo4j.java');
const TARGET_DIR = join(LAUNCHER_DIR, 'target');
const CLASSPATH_FILE = join(TARGET_DIR, 'classpath.txt');
const CLASSES_DIR = join(TARGET_DIR, 'classes');
const LAUNCHER_CLASS = join(CLASSES_DIR, 'EmbeddedNeo4j.class');

function commandWorks(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

export function checkTools(): void {
  if (!commandWorks('java', ['-version'])) {
    throw new EmbeddedNeo4jError(
      'Java was not found on PATH.',
      'Install Java 17 or newer (for example `apt-get install openjdk-17-jre-headless`).',
    );
  }
  if (!commandWorks('javac', ['-version'])) {
    throw new EmbeddedNeo4jError(
      'javac was not found on PATH.',
      'Install a Java 17+ JDK (for example `apt-get install openjdk-17-jdk-headless`).',
    );
  }
  if (!commandWorks('mvn', ['-v'])) {
    throw new EmbeddedNeo4jError(
      'Maven (mvn) was not found on PATH.',
      'Install Maven (for example `apt-get install maven`); it fetches Neo4j from Maven Central.',
    );
  }
}

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolvePromise(true)));
  });
}

/** Asks the OS for a port nobody uses right now (tests use this to stay clear of a dev server). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

function prepareDataDir(dataDir: string): string {
  const absolute = resolve(PROJECT_DIR, dataDir);
  try {
    mkdirSync(absolute, { recursive: true });
    accessSync(absolute, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new EmbeddedNeo4jError(
      `The data folder ${absolute} cannot be used (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      'Point NEO4J_DATA_DIR at a folder this user can read and write, or fix its permissions.',
    );
  }
  return absolute;
}

function isFresh(file: string, ...inputs: string[]): boolean {
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  return inputs.every((input) => statSync(input).mtimeMs <= built);
}

/**
 * Maven resolves Neo4j's jars (downloading them only the first time) and writes their classpath.
 * Exported for the benchmark's offline import, which runs Neo4j's importer from the same jars.
 */
export function resolveNeo4jClasspath(log: (line: string) => void): string {
  if (isFresh(CLASSPATH_FILE, POM)) {
    const cached = readFileSync(CLASSPATH_FILE, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  log('Resolving Neo4j Community from Maven Central (the first run downloads about 120 MB; later runs use the Maven cache)...');
  const result = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-15).join('\n');
    throw new EmbeddedNeo4jError(
      `Maven could not fetch Neo4j (exit ${result.status}).\n${output}`,
      'Check that Maven Central is reachable and that ~/.m2 is writable, then try again.',
    );
  }
  return readFileSync(CLASSPATH_FILE, 'utf8').trim();
}

function compileLauncher(classpath: string): void {
  if (isFresh(LAUNCHER_CLASS, LAUNCHER_SOURCE)) return;
  mkdirSync(CLASSES_DIR, { recursive: true });
  const result = spawnSync('javac', ['-cp', classpath, '-d', CLASSES_DIR, LAUNCHER_SOURCE], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new EmbeddedNeo4jError(`The Neo4j launcher did not compile:\n${result.stderr}`, 'Use a Java 17+ JDK.');
  }
}

const EXIT_REASONS: Record<number, string> = {
  3: 'its port is already in use',
  4: 'its data folder is not usable',
};

function waitForReady(child: ChildProcess, timeoutMs: number, port: number, consoleLog: ConsoleLog): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new EmbeddedNeo4jError(
          `The embedded Neo4j did not open Bolt on 127.0.0.1:${port} within ${Math.round(timeoutMs / 1000)} s.`,
          'Raise NEO4J_START_TIMEOUT_MS on a slow machine, or look at the Neo4j output above.',
        ),
      );
    }, timeoutMs);
    const onReady = (chunk: Buffer) => {
      if (chunk.toString().includes('NEO4J_READY')) {
        clearTimeout(timer);
        child.stdout?.off('data', onReady);
        child.off('exit', onExit);
        resolvePromise();
      }
    };
    child.stdout?.on('data', onReady);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      const reason = (code !== null && EXIT_REASONS[code]) || `it exited with code ${code}`;
      const detail = consoleLog
        .lastLines(200)
        .filter((l) => l.includes('NEO4J_ERROR') || l.includes('Exception'))
        .slice(0, 5)
        .join('\n');
      reject(
        new EmbeddedNeo4jError(
          `The embedded Neo4j could not start: ${reason}.${detail ? `\n${detail}` : ''}`,
          code === 3
            ? `Stop whatever listens on port ${port}, or choose another with NEO4J_EMBEDDED_PORT.`
            : `Look at the message above and at ${consoleLog.file}; NEO4J_DATA_DIR, NEO4J_HEAP and NEO4J_PAGECACHE tune the embedded database.`,
        ),
      );
    };
    child.once('exit', onExit);
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  checkTools();
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedNeo4jError(
      `Port ${options.port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot listen there.`,
      `Stop whatever listens on port ${options.port}, or choose another with NEO4J_EMBEDDED_PORT.`,
    );
  }
  const dataDir = prepareDataDir(options.dataDir);
  const classpath = resolveNeo4jClasspath(log);
  compileLauncher(classpath);

  const child = spawn(
    'java',
    [
      `-Xms256m`,
      `-Xmx${options.heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      ...NEO4J_JVM_OPTIONS,
      '-cp',
      [CLASSES_DIR, classpath, ...(options.extraClasspath ?? [])].join(':'),
      'EmbeddedNeo4j',
      '--port',
      String(options.port),
      '--data',
      dataDir,
      '--pagecache',
      options.pagecache,
      ...(options.txTimeout ? ['--tx-timeout', options.txTimeout] : []),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  // Every byte the JVM prints goes to logs/neo4j.log (also draining the pipes, so a chatty JVM never blocks).
  const consoleLog = ConsoleLog.open(join(dataDir, 'logs', 'neo4j.log'), child.pid);
  child.stdout?.on('data', (chunk: Buffer) => consoleLog.write(chunk));
  child.stderr?.on('data', (chunk: Buffer) => consoleLog.write(chunk));
  child.once('close', () => consoleLog.close());
  await waitForReady(child, options.startTimeoutMs, options.port, consoleLog);

  let stopping: Promise<void> | undefined;
  const died = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) => {
    child.once('exit', (code, signal) => {
      if (!stopping) resolvePromise({ code, signal });
    });
  });
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 30000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        resolvePromise();
      });
      // Closing stdin is the launcher's stop signal; SIGTERM runs the same shutdown hook.
      child.stdin?.end();
      child.kill('SIGTERM');
    });
    return stopping;
  };
  // Last resort if this process exits without calling stop(): a synchronous kill.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    pid: child.pid ?? -1,
    consoleLogFile: consoleLog.file,
    lastOutput: (count) => consoleLog.lastLines(count),
    died,
    stop,
  };
}
