/**
 * The benchmark's own embedded Neo4j: the project's launcher (src/graph/embedded.ts) with a bigger
 * heap and page cache and, when asked, the APOC core plugin that @neo4j/graphql needs.
 *
 * APOC in embedded Neo4j needs two things, and neither needs a change to the launcher:
 * - its jars on the JVM classpath, so that Neo4j's extension loader finds APOC's components;
 * - the same jars in the plugins folder, which defaults to <data dir>/plugins for an embedded
 *   database, so that Neo4j registers APOC's procedures and functions.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort, startEmbeddedNeo4j } from '../src/graph/embedded';
import { PROJECT_DIR } from '../src/paths';

const APOC_POM = join(PROJECT_DIR, 'bench', 'apoc', 'pom.xml');
/** Where the APOC jars are copied once (data/ is git-ignored). */
export const APOC_DIR = join(PROJECT_DIR, 'data', 'bench', 'apoc');

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
  const jars = options.apoc ? apocJars(log) : [];
  if (jars.length > 0) {
    const plugins = join(resolve(PROJECT_DIR, options.dataDir), 'plugins');
    mkdirSync(plugins, { recursive: true });
    for (const jar of jars) copyFileSync(jar, join(plugins, jar.split('/').pop()!));
  }
  const embedded = await startEmbeddedNeo4j({
    port: options.port ?? (await findFreePort()),
    dataDir: options.dataDir,
    heap: options.heap,
    pagecache: options.pagecache,
    startTimeoutMs: options.startTimeoutMs ?? 300000,
    txTimeout: '900s',
    extraClasspath: jars,
    log,
  });
  return { ...embedded, apocJars: jars };
}
