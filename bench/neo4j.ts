/**
 * The benchmark's own embedded Neo4j: the project's launcher (neo4j-embedded/EmbeddedNeo4j.java,
 * its compiled class and Maven classpath) started with a bigger heap and page cache and, when asked,
 * with the APOC core plugin that @neo4j/graphql needs.
 *
 * APOC in embedded Neo4j needs two things, and neither needs a change to the launcher:
 * - its jars on the JVM classpath, so that Neo4j's extension loader finds APOC's components;
 * - the same jars in the plugins folder, which defaults to <data dir>/plugins for an embedded
 *   database, so that Neo4j registers APOC's procedures and functions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '../src/graph/embedded';
import { PROJECT_DIR } from '../src/paths';

const LAUNCHER_DIR = join(PROJECT_DIR, 'neo4j-embedded');
const CLASSPATH_FILE = join(LAUNCHER_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = join(LAUNCHER_DIR, 'target', 'classes');
const LAUNCHER_SOURCE = join(LAUNCHER_DIR, 'EmbeddedNeo4j.java');
const LAUNCHER_CLASS = join(CLASSES_DIR, 'EmbeddedNeo4j.class');
const APOC_POM = join(PROJECT_DIR, 'bench', 'apoc', 'pom.xml');
/** Where the APOC jars are copied once (data/ is git-ignored). */
export const APOC_DIR = join(PROJECT_DIR, 'data', 'bench', 'apoc');

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

export type BenchNeo4jOptions = {
  dataDir: string;
  heap: string;
  pagecache: string;
  apoc: boolean;
  port?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
};

export type BenchNeo4j = { uri: string; pid: number; apocJars: string[]; stop: () => Promise<void> };

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-20).join('\n');
    throw new Error(`${what} failed (exit ${result.status}):\n${output}`);
  }
}

/** The launcher's classpath, resolved and compiled the way src/graph/embedded.ts does it when missing. */
function launcherClasspath(log: (line: string) => void): string {
  if (!existsSync(CLASSPATH_FILE) || statSync(CLASSPATH_FILE).mtimeMs < statSync(join(LAUNCHER_DIR, 'pom.xml')).mtimeMs) {
    log('Resolving Neo4j Community with Maven (first run only)...');
    run(
      'mvn',
      ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`],
      'mvn',
    );
  }
  const classpath = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  if (!existsSync(LAUNCHER_CLASS) || statSync(LAUNCHER_CLASS).mtimeMs < statSync(LAUNCHER_SOURCE).mtimeMs) {
    mkdirSync(CLASSES_DIR, { recursive: true });
    run('javac', ['-cp', classpath, '-d', CLASSES_DIR, LAUNCHER_SOURCE], 'javac');
  }
  return classpath;
}

/** APOC core and the jars it uses, fetched from Maven Central on first use. */
export function apocJars(log: (line: string) => void = () => {}): string[] {
  const list = () => (existsSync(APOC_DIR) ? readdirSync(APOC_DIR).filter((f) => f.endsWith('.jar')) : []);
  if (!list().some((f) => f.startsWith('apoc-core-'))) {
    log('Fetching the APOC core plugin from Maven Central (first run only)...');
    run(
      'mvn',
      ['-B', '-q', '-f', APOC_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${APOC_DIR}`, '-DincludeScope=runtime'],
      'mvn (APOC)',
    );
  }
  return list()
    .sort()
    .map((f) => join(APOC_DIR, f));
}

export async function startBenchNeo4j(options: BenchNeo4jOptions): Promise<BenchNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const classpath = launcherClasspath(log);
  const dataDir = resolve(PROJECT_DIR, options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const jars = options.apoc ? apocJars(log) : [];
  if (jars.length > 0) {
    const plugins = join(dataDir, 'plugins');
    mkdirSync(plugins, { recursive: true });
    for (const jar of jars) copyFileSync(jar, join(plugins, jar.split('/').pop()!));
  }
  const port = options.port ?? (await findFreePort());
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+ExitOnOutOfMemoryError',
      ...NEO4J_JVM_OPTIONS,
      '-cp',
      [CLASSES_DIR, classpath, ...jars].join(':'),
      'EmbeddedNeo4j',
      '--port',
      String(port),
      '--data',
      dataDir,
      '--pagecache',
      options.pagecache,
      '--tx-timeout',
      '900s',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderrTail = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString()).slice(-4000);
  });
  await new Promise<void>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The benchmark Neo4j did not start within ${options.startTimeoutMs ?? 300000} ms.`));
    }, options.startTimeoutMs ?? 300000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolvePromise();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The benchmark Neo4j exited with code ${code}:\n${stderrTail.split('\n').slice(0, 12).join('\n')}`));
    });
  });
  child.stdout?.resume();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= new Promise<void>((resolvePromise) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 60000);
      child.once('exit', () => {
        clearTimeout(killTimer);
        resolvePromise();
      });
      child.stdin?.end();
      child.kill('SIGTERM');
    }));
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return { uri: `bolt://127.0.0.1:${port}`, pid: child.pid ?? -1, apocJars: jars, stop };
}
