/**
 * Offline bulk import with Neo4j's own importer (`neo4j-admin database import full`), for the benchmark's
 * embedded Neo4j.
 *
 * Why: through Cypher (bench/import.ts) every relationship costs Neo4j 10 to 50 µs of CPU in its
 * transactional write path, so two cores stay near 20k relationships/s. The offline importer writes the
 * store files directly, in parallel stages, without transactions; it needs the database stopped and
 * its files on this machine, so it only serves the embedded Neo4j, never a server behind NEO4J_URI.
 *
 * Steps, each timed:
 * 1. csv: the graph as the importer's CSV (bench/adminCsv.ts, through src/graph/adminCsv.ts) in a temporary folder under data/bench/;
 * 2. tool (src/graph/adminImport.ts): `java -cp <the launcher's Maven classpath> org.neo4j.cli.AdminTool database import full neo4j`
 *    with NEO4J_HOME at the embedded data folder: the launcher hands that folder to
 *    DatabaseManagementServiceBuilder as its home, so databases live in <home>/data/databases/<name> and
 *    transaction logs in <home>/data/transactions/<name>, which is where the tool writes;
 * 3. start: the caller starts Neo4j on that folder (bench/neo4j.ts); the default database `neo4j` is
 *    created over the imported store;
 * 4. finishOfflineImport: empty arrays restored (the importer cannot store them), then the service's own
 *    schema (ensureSchema: constraints, range and full-text indexes, populated over the whole graph) and
 *    a wait until every index is ONLINE, then the counts read back.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATABASE, restoreEmptyLists, runAdminImportTool } from '../src/graph/adminImport';
import { Database } from '../src/graph/database';
import { checkTools } from '../src/graph/embedded';
import { ensureSchema } from '../src/graph/schemaSetup';
import { PROJECT_DIR } from '../src/paths';
import { writeGraphCsv } from './adminCsv';
import { SyntheticGraph, type SizeName } from './generate';
import { Progress } from '../src/interchange/progress';
import type { ImportMethod, ImportResult, OfflineImport } from './importShared';

export const IMPORT_METHODS: readonly ImportMethod[] = ['admin', 'cypher'];

export type AdminImportOptions = {
  /** Heap of the importer's JVM. */
  heap?: string;
  /** Off-heap memory the importer may take; its own default is 90% of free memory, too greedy on a shared machine. */
  offHeap?: string;
  /** Importer worker threads (its default: one per processor). */
  threads?: number;
  /** Keep the CSV folder afterwards (to look at it, or to rerun the tool by hand). */
  keepCsv?: boolean;
  progress?: boolean;
  log?: (line: string) => void;
};

/**
 * Sizes where the offline import is the default: it was faster from `medium` up (at `hetionet` 55 s
 * against 108 s), not below (at `small` both took about 20 s, at `tiny` Cypher 15 s against 18 s: the
 * importer's JVM and the first writes on a freshly started Neo4j cost about the same at any size).
 */
export const ADMIN_BY_DEFAULT: readonly SizeName[] = ['medium', 'hetionet'];

/**
 * The import to run: as asked, else admin for the larger sizes when this process starts the embedded
 * Neo4j itself (the importer needs its store files), else cypher. Asking for admin with a server
 * behind a URI is an error rather than a silent switch.
 */
export function resolveImportMethod(requested: string | undefined, externalUri: string | undefined, size: SizeName): ImportMethod {
  if (requested !== undefined && !IMPORT_METHODS.includes(requested as ImportMethod)) {
    throw new Error(`--import must be one of ${IMPORT_METHODS.join(', ')}`);
  }
  if (requested === 'admin' && externalUri) {
    throw new Error(
      '--import admin writes the store files of the embedded Neo4j, so it cannot fill the server at NEO4J_URI; use --import cypher.',
    );
  }
  if (requested) return requested as ImportMethod;
  return !externalUri && ADMIN_BY_DEFAULT.includes(size) ? 'admin' : 'cypher';
}

/**
 * Steps 1 and 2: writes the graph as CSV and runs the importer into `dataDir` (the embedded Neo4j's
 * folder, which must hold no `neo4j` database yet). Neo4j must not be running on that folder.
 */
export async function importOffline(graph: SyntheticGraph, dataDir: string, options: AdminImportOptions = {}): Promise<OfflineImport> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  checkTools();
  const home = resolve(PROJECT_DIR, dataDir);
  if (existsSync(join(home, 'data', 'databases', DATABASE))) {
    throw new Error(`${home} already holds a ${DATABASE} database; the offline import only fills a fresh data folder.`);
  }
  const createdHome = !existsSync(home);
  const dir = join(PROJECT_DIR, 'data', 'bench', `admin-csv-${graph.size}-${process.pid}-${Date.now()}`);
  const settings: OfflineImport['settings'] = {
    heap: options.heap ?? '1g',
    offHeap: options.offHeap ?? '2g',
    threads: options.threads ?? null,
  };
  const startedAt = Date.now();
  try {
    mkdirSync(dir, { recursive: true });
    mkdirSync(home, { recursive: true });
    const progress = new Progress(`csv ${graph.size}`, graph.estimate().relationships, 'rels', { enabled: options.progress ?? true });
    const csv = writeGraphCsv(graph, dir, (written) => progress.update(written));
    progress.done(csv.relationshipCount);
    const csvSeconds = (Date.now() - startedAt) / 1000;
    log(
      `Wrote ${csv.nodeCount.toLocaleString('en')} nodes and ${csv.relationshipCount.toLocaleString('en')} relationships as CSV ` +
        `(${Math.round(csv.bytes / 1048576)} MB) in ${csvSeconds.toFixed(1)} s; running neo4j-admin database import...`,
    );
    const toolStarted = Date.now();
    const tool = await runAdminImportTool(home, csv, settings, log);
    const endedAt = Date.now();
    const toolSeconds = (endedAt - toolStarted) / 1000;
    log(
      `neo4j-admin imported ${csv.relationshipCount.toLocaleString('en')} relationships in ${toolSeconds.toFixed(1)} s ` +
        `(${Math.round(csv.relationshipCount / toolSeconds).toLocaleString('en')} relationships/s, JVM start included).`,
    );
    return {
      size: graph.size,
      home,
      nodes: csv.nodeCount,
      relationships: csv.relationshipCount,
      rows: csv.rows,
      emptyLists: csv.emptyLists,
      csvSeconds,
      csvMegabytes: Math.round(csv.bytes / 1048576),
      toolSeconds,
      toolReportedSeconds: tool.reportedSeconds,
      toolPeakMemory: tool.peakMemory,
      toolCpuSeconds: tool.cpuSeconds,
      settings,
      startedAt,
      endedAt,
    };
  } catch (error) {
    // A half-written store must not be opened later as if it were a graph; only what the tool writes goes.
    if (createdHome) rmSync(home, { recursive: true, force: true });
    else for (const part of ['databases', 'transactions']) rmSync(join(home, 'data', part, DATABASE), { recursive: true, force: true });
    throw error;
  } finally {
    if (!options.keepCsv) rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ after the restart

async function countAll(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row ?? { nodes: 0, relationships: 0 };
}

/**
 * Step 4, once Neo4j runs on the imported store: empty arrays, the service's schema, every index ONLINE,
 * counts checked. The result's `seconds` are the CSV, the tool, the empty arrays and the index
 * population: everything but the start of Neo4j, which the Cypher import does not count either (its
 * Neo4j starts, empty, before its clock runs). `admin.startSeconds` and `admin.wallSeconds` (restart
 * included) are reported next to it.
 */
export async function finishOfflineImport(
  db: Database,
  offline: OfflineImport,
  options: { log?: (line: string) => void } = {},
): Promise<ImportResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const finishStarted = Date.now();
  const startSeconds = (finishStarted - offline.endedAt) / 1000;

  const restored = await restoreEmptyLists(db.driver, offline.emptyLists, DATABASE);
  const restoredAt = Date.now();
  await ensureSchema(db);
  const schemaAt = Date.now();
  // Constraint indexes are populated when CREATE CONSTRAINT returns; the range and full-text ones fill
  // in the background, and searches must not run against a half-built index.
  await db.write('CALL db.awaitIndexes(600)');
  const offlineIndexes = await db.read<{ name: string; state: string }>(
    "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
  );
  if (offlineIndexes.length > 0) throw new Error(`Indexes not ONLINE: ${JSON.stringify(offlineIndexes)}`);
  const endedAt = Date.now();
  const indexSeconds = (endedAt - restoredAt) / 1000;
  const emptyListsSeconds = (restoredAt - finishStarted) / 1000;
  const seconds = offline.csvSeconds + offline.toolSeconds + (endedAt - finishStarted) / 1000;
  const wallSeconds = (endedAt - offline.startedAt) / 1000;
  const verified = await countAll(db);
  if (verified.nodes !== offline.nodes || verified.relationships !== offline.relationships) {
    throw new Error(
      `Imported ${offline.nodes} nodes and ${offline.relationships} relationships but the database holds ${verified.nodes} and ${verified.relationships}.`,
    );
  }
  const toolRelationshipsPerSecond = Math.round(offline.relationships / offline.toolSeconds);
  log(
    `Offline import: CSV ${offline.csvSeconds.toFixed(1)} s, neo4j-admin ${offline.toolSeconds.toFixed(1)} s ` +
      `(${toolRelationshipsPerSecond.toLocaleString('en')} relationships/s), empty arrays ${emptyListsSeconds.toFixed(1)} s, ` +
      `schema and index population ${indexSeconds.toFixed(1)} s: ${seconds.toFixed(1)} s ` +
      `(${Math.round(offline.relationships / seconds).toLocaleString('en')} relationships/s); with the Neo4j restart ` +
      `(${startSeconds.toFixed(1)} s) ${wallSeconds.toFixed(1)} s (${Math.round(offline.relationships / wallSeconds).toLocaleString('en')} relationships/s).`,
  );
  const { home: _home, startedAt: _s, endedAt: _e, emptyLists: _l, ...details } = offline;
  const phase = (relationships: number, rows: number, from: number, to: number) => ({ rows, relationships, seconds: (to - from) / 1000 });
  return {
    method: 'admin',
    size: offline.size,
    nodes: offline.nodes,
    relationships: offline.relationships,
    seconds,
    relationshipsPerSecond: Math.round(offline.relationships / seconds),
    relationshipSeconds: offline.toolSeconds,
    relationshipPhasePerSecond: toolRelationshipsPerSecond,
    phases: {
      csv: { rows: offline.nodes + offline.relationships, relationships: offline.relationships, seconds: offline.csvSeconds },
      tool: { rows: offline.nodes, relationships: offline.relationships, seconds: offline.toolSeconds },
      start: phase(0, 0, offline.endedAt, finishStarted),
      emptyLists: phase(0, restored, finishStarted, restoredAt),
      schema: phase(0, 0, restoredAt, schemaAt),
      indexes: phase(0, 0, schemaAt, endedAt),
    },
    verified,
    neo4jCpu:
      offline.toolCpuSeconds !== null && offline.toolCpuSeconds > 0
        ? {
            seconds: Math.round(offline.toolCpuSeconds * 100) / 100,
            per100kRelationships: Math.round((offline.toolCpuSeconds / offline.relationships) * 100000 * 100) / 100,
            relationshipsPerCpuSecond: Math.round(offline.relationships / offline.toolCpuSeconds),
          }
        : null,
    admin: { ...details, toolRelationshipsPerSecond, startSeconds, emptyListsSet: restored, emptyListsSeconds, indexSeconds, wallSeconds },
  };
}

// ------------------------------------------------------------------ CLI (npm run bench:import -- --import admin)

/** The whole offline import with its own embedded Neo4j, removed afterwards; prints the result as JSON. */
export async function adminImportCli(size: SizeName, dataDir: string, log: (line: string) => void): Promise<ImportResult> {
  const { startBenchNeo4j } = await import('./neo4j');
  const big = size === 'hetionet';
  rmSync(resolve(PROJECT_DIR, dataDir), { recursive: true, force: true });
  try {
    const offline = await importOffline(new SyntheticGraph(size), dataDir, { log });
    const embedded = await startBenchNeo4j({ dataDir, heap: big ? '4g' : '2g', pagecache: big ? '2g' : '1g', apoc: false, log });
    const db = new Database({
      uri: embedded.uri,
      username: 'neo4j',
      maxPoolSize: 10,
      connectTimeoutMs: 5000,
      queryTimeoutMs: 600000,
    });
    try {
      await db.waitUntilReachable(60000);
      return await finishOfflineImport(db, offline, { log });
    } finally {
      await db.close();
      await embedded.stop();
    }
  } finally {
    rmSync(resolve(PROJECT_DIR, dataDir), { recursive: true, force: true });
  }
}
