/**
 * Neo4j's offline importer (`neo4j-admin database import full`), run from the embedded Neo4j's own Maven
 * jars, and what has to follow it once Neo4j runs on the imported store. Shared by the offline
 * `npm run import -- --offline` (src/interchange/offline.ts) and the benchmark's loader (bench/adminImport.ts).
 *
 * The tool runs as `java -cp <the launcher's Maven classpath> org.neo4j.cli.AdminTool database import
 * full neo4j` with NEO4J_HOME at a folder laid out as the embedded launcher lays out its data folder (the
 * launcher hands that folder to DatabaseManagementServiceBuilder as its home, so databases live in
 * <home>/data/databases/<name> and transaction logs in <home>/data/transactions/<name>), which is where the
 * tool writes. It needs no running Neo4j and writes the store files directly, in parallel stages, without
 * transactions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ARRAY_DELIMITER_OPTION, IDENTIFIER, type AdminCsv, type EmptyLists } from './adminCsv';
import { NEO4J_JVM_OPTIONS, resolveNeo4jClasspath } from './embedded';

/** The database the embedded launcher serves (its default database). */
export const DATABASE = 'neo4j';

export type AdminToolSettings = {
  /** Heap of the importer's JVM. */
  heap: string;
  /** Off-heap memory the importer may take; its own default is 90% of free memory, too greedy on a shared machine. */
  offHeap: string;
  /** Importer worker threads (its default: one per processor). */
  threads: number | null;
};

export type AdminToolResult = {
  /** The tool's own `IMPORT DONE in` time (its JVM start not included). */
  reportedSeconds: number | null;
  peakMemory: string | null;
  cpuSeconds: number | null;
};

/** User plus system CPU seconds of a process so far (Linux /proc), or null. */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (!pid || pid < 0) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Lines of the importer's output worth showing: its stages and its summary, not its progress dots. */
const TOOL_SUMMARY =
  /^(\(\d\/\d\)|.*COMPLETED in|IMPORT DONE|Imported:|\s+\d+ (nodes|relationships|properties)$|Peak memory usage|.*ERROR|.*Exception)/;

/**
 * Runs the importer on `csv` into `<home>/data/databases/neo4j` (which must not exist). Its output goes to
 * `<csv.dir>/import-tool.log`; a non-zero exit, or counts other than the CSV's, is an error. `onSpawn`
 * sees the tool's process (a test kills it there).
 */
export async function runAdminImportTool(
  home: string,
  csv: AdminCsv,
  settings: AdminToolSettings,
  log: (line: string) => void,
  onSpawn: (child: ChildProcess) => void = () => undefined,
): Promise<AdminToolResult> {
  const classpath = resolveNeo4jClasspath(log);
  // The importer takes comma-separated file lists.
  if (csv.dir.includes(',') || home.includes(',')) throw new Error(`Paths with commas cannot be passed to neo4j-admin: ${csv.dir}`);
  const conf = join(csv.dir, 'conf');
  mkdirSync(conf, { recursive: true });
  // The tool's own configuration: nothing but defaults (the launcher writes its neo4j.conf at start).
  writeFileSync(join(conf, 'neo4j.conf'), '');
  const args = [
    `-Xmx${settings.heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    ...NEO4J_JVM_OPTIONS,
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database name goes first: the file lists of --nodes/--relationships would swallow it.
    DATABASE,
    ...csv.nodes.map((files) => `--nodes=${files}`),
    ...csv.relationships.map((files) => `--relationships=${files}`),
    // The CSV refers to nodes by the ids the importer gives them (see the writers of the CSV).
    '--id-type=actual',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    ...(csv.lineBreaks ? ['--multiline-fields=true'] : []),
    // Any bad row fails the import instead of being skipped (the default tolerates 1000).
    '--bad-tolerance=0',
    `--max-off-heap-memory=${settings.offHeap}`,
    ...(settings.threads ? [`--threads=${settings.threads}`] : []),
    `--report-file=${join(csv.dir, 'import.report')}`,
  ];
  const logFile = join(csv.dir, 'import-tool.log');
  const output = createWriteStream(logFile);
  const child = spawn('java', args, {
    cwd: csv.dir,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The tool must not outlive this process (an interrupted import leaves only its own folder behind).
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  onSpawn(child);
  let cpu: number | null = null;
  const sampler = setInterval(() => {
    cpu = processCpuSeconds(child.pid) ?? cpu;
  }, 250);
  let tail = '';
  let partial = '';
  const onData = (chunk: Buffer) => {
    output.write(chunk);
    const text = partial + chunk.toString();
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      tail = `${tail}${line}\n`.slice(-6000);
      if (TOOL_SUMMARY.test(line)) log(`  neo4j-admin: ${line.trim()}`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (c, s) => resolvePromise([c, s]));
  });
  process.off('exit', killOnExit);
  clearInterval(sampler);
  await new Promise((r) => output.end(r));
  const all = readFileSync(logFile, 'utf8');
  if (code !== 0) {
    throw new Error(
      `neo4j-admin database import failed (${signal ? `killed by ${signal}` : `exit ${code}`}); its output is in ${logFile}:\n${`${tail}${partial}`.slice(-3000)}`,
    );
  }
  const done = /IMPORT DONE in ((\d+)m )?((\d+)s )?(\d+)ms/.exec(all);
  const peak = /Peak memory usage: (\S+)/.exec(all);
  const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(all);
  if (imported && (Number(imported[1]) !== csv.nodeCount || Number(imported[2]) !== csv.relationshipCount)) {
    throw new Error(
      `neo4j-admin imported ${imported[1]} nodes and ${imported[2]} relationships, but ${csv.nodeCount} and ${csv.relationshipCount} were written`,
    );
  }
  return {
    reportedSeconds: done ? Number(done[2] ?? 0) * 60 + Number(done[4] ?? 0) + Number(done[5]) / 1000 : null,
    peakMemory: peak?.[1] ?? null,
    cpuSeconds: cpu,
  };
}

/**
 * Sets the arrays the importer could not store to `[]`: in each column that had empty arrays (and is
 * never null, see adminCsv.ts) a missing value is an empty array. One statement per label or type
 * and property, with the names written into the text: a static property write cost about half the time
 * of a dynamic one (`SET n[key]`) on the 45,000 entities concerned. The names are the code's own labels
 * and the rows' own keys, checked as plain identifiers, never values.
 */
export async function restoreEmptyLists(driver: Driver, emptyLists: EmptyLists, database?: string): Promise<number> {
  const name = (text: string) => {
    if (!IDENTIFIER.test(text)) throw new Error(`Not a plain identifier: ${JSON.stringify(text)}`);
    return `\`${text}\``;
  };
  let touched = 0;
  const run = async (cypher: string) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const result = await session.run(cypher);
      touched += neo4j.integer.toNumber((result.records[0]?.get('rows') as number | undefined) ?? 0);
    } finally {
      await session.close();
    }
  };
  // Batched in their own transactions, so that a small heap copes too.
  for (const [label, keys] of Object.entries(emptyLists.labels)) {
    for (const key of keys) {
      await run(
        `MATCH (n:${name(label)}) WHERE n.${name(key)} IS NULL
         CALL (n) { SET n.${name(key)} = [] } IN TRANSACTIONS OF 20000 ROWS
         RETURN count(*) AS rows`,
      );
    }
  }
  for (const [type, keys] of Object.entries(emptyLists.types)) {
    for (const key of keys) {
      await run(
        `MATCH ()-[r:${name(type)}]->() WHERE r.${name(key)} IS NULL
         CALL (r) { SET r.${name(key)} = [] } IN TRANSACTIONS OF 20000 ROWS
         RETURN count(*) AS rows`,
      );
    }
  }
  return touched;
}
