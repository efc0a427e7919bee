/**
 * Offline bulk import into an EMPTY embedded store (`npm run import -- <input> --offline`), through Neo4j's
 * own importer instead of one Cypher transaction. The Cypher import (importer.ts) holds the whole import
 * as transaction state on the Neo4j heap; at the benchmark's hetionet size that passed Neo4j's transaction
 * memory limit. neo4j-admin writes store files directly, so it only fills a store that holds nothing yet,
 * on this machine, with Neo4j stopped.
 *
 * 1. Refusals, before anything is read or written: a server behind NEO4J_URI (its files are not here), a
 *    Neo4j running on the data folder (its lock files are held), a store that holds any node (checked by
 *    starting Neo4j on it for a moment, while the input is validated; a ranking lock node aside).
 * 2. Validation: the same pass as the Cypher import (validateImport), the same problem reports; any
 *    problem and nothing is written. The graph holds nothing, so no id outside the import is looked up.
 * 3. CSV, in the same pass: each record that passes is written as the importer's CSV (offlineCsv.ts) into
 *    the staging folder, exactly what the Cypher import creates in an empty graph, :Import record and
 *    importId pointers included. A problem anywhere in the input, and the CSV is removed unread.
 * 4. neo4j-admin into a fresh store in a staging folder inside the data folder (same file system).
 * 5. Swap: the old (empty) store's folders moved aside, the imported ones moved in: two renames. Until
 *    then an interrupted or failed import leaves the old store as it was; the staging folder is removed
 *    (by the next offline import if this process was killed).
 * 6. Neo4j started on it: empty arrays restored (the importer cannot store them), ensureSchema, every
 *    index ONLINE, which names are shared (as the Cypher import's last pass), counts checked against what
 *    was validated. A failure here stops Neo4j and moves the old store back.
 * 7. The related-conditions rankings (src/related refreshRankings, in batches), timed on their own, then Neo4j stops.
 *    The import is in place by then: a failure here is OfflineRankingsFailed and the imported store stays.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { DATABASE, restoreEmptyLists, runAdminImportTool, type AdminToolResult, type AdminToolSettings } from '../graph/adminImport';
import { Database } from '../graph/database';
import { findFreePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../graph/embedded';
import { ensureSchema } from '../graph/schemaSetup';
import { PROJECT_DIR } from '../paths';
import { refreshRankings } from '../related/repository';
import { findInput, type InputSet } from './formats';
import {
  COLLECTION_OF,
  emptyChanges,
  importCounts,
  importProps,
  newImportId,
  refreshAmbiguity,
  validateImport,
  type Collection,
  type RecordSink,
  type ImportOptions,
  type ImportReport,
} from './importer';
import { writeImportCsv, type ImportCsv } from './offlineCsv';
import type { GraphLookup } from './validate';

/**
 * The rankings step failed after the swap: the import itself is in the store, verified, and stays (the old,
 * empty store is gone by then). Not "nothing was written": the service computes the missing rankings in the
 * background when it starts on the store (src/related/refresher.ts), and answers from the live scoring until
 * then. `cause` is the failure.
 */
export class OfflineRankingsFailed extends Error {
  readonly code = 'RANKINGS_FAILED';
  constructor(relationships: number, cause: unknown) {
    super(
      `The import is in the store (${relationships.toLocaleString('en')} relationships written, indexed and counted), ` +
        `but storing its related-conditions rankings failed: ${cause instanceof Error ? cause.message : String(cause)}. ` +
        'Nothing needs to be imported again: the service computes the missing rankings when it starts on this store.',
      { cause },
    );
    this.name = 'OfflineRankingsFailed';
  }
}

/** Why an offline import did not start; `code` is stable, for scripts and tests. */
export class OfflineRefused extends Error {
  constructor(
    readonly code: 'NOT_EMBEDDED' | 'IN_USE' | 'NOT_EMPTY',
    message: string,
  ) {
    super(`Offline import refused: ${message}`);
    this.name = 'OfflineRefused';
  }
}

export type OfflineOptions = Omit<ImportOptions, 'dryRun' | 'batchSize' | 'timeoutMs'> & {
  /** The embedded Neo4j's data folder (NEO4J_DATA_DIR by default), relative to the project or absolute. */
  dataDir?: string;
  /** Heap and page cache of the Neo4j started on the imported store (NEO4J_HEAP, NEO4J_PAGECACHE by default). */
  heap?: string;
  pagecache?: string;
  tool?: Partial<AdminToolSettings>;
  /** Sees the importer's process (a test kills it). */
  onToolSpawn?: (child: ChildProcess) => void;
  /** Skips the rankings (for a test that compares stores only); they are computed by default. */
  rankings?: boolean;
  /** Sees the Neo4j started on the imported store just before the rankings (a test stops it); awaited. */
  onRankingsStart?: (neo4j: EmbeddedNeo4j) => void | Promise<void>;
};

export type OfflineSeconds = {
  /** The one pass over the input: validation, with the CSV written as the records pass. */
  validate: number;
  /** Starting Neo4j on an existing store to see that it is empty (runs during validation). */
  emptyCheck: number;
  /** Of `validate`, the CSV's finishing after the last record (its files flushed and closed). */
  csv: number;
  tool: number;
  swap: number;
  start: number;
  emptyLists: number;
  schema: number;
  indexes: number;
  ambiguity: number;
  verify: number;
  /** Everything up to here: validated, written, indexes online, counts checked. */
  import: number;
  rankings: number;
  total: number;
};

export type OfflineReport = ImportReport & {
  offline: {
    dataDir: string;
    csvMegabytes: number;
    nodes: number;
    relationships: number;
    tool: AdminToolResult & { settings: AdminToolSettings };
    emptyListsSet: number;
    rankings: number | null;
    seconds: OfflineSeconds;
    /** This process's peak RSS per step, in MB (neo4j-admin and Neo4j run in processes of their own). */
    peakRssMb: Record<string, number>;
    /** Its peak V8 heap in use per step (live data and garbage not yet collected), in MB. */
    peakHeapMb: Record<string, number>;
  } | null;
};

const STAGING_PREFIX = '.offline-import-';

/**
 * The V8 heap cap of an offline import (importCli.ts runs itself again with it). At hetionet (796,830 records,
 * 1,975,632 relationships) the command peaked at 269 MB RSS up to the counts and 374 MB in the rankings with it,
 * and at 1,288 to 1,439 MB with the heap uncapped before (bench/README.md). The Cypher import keeps Node's
 * default: its rankings are stored in its one transaction, which holds them all until the commit.
 */
export const OFFLINE_HEAP_FLAG = '--max-old-space-size=320';

/** Peak resident set size and V8 heap in use of this process per step, in MB: sampled every 250 ms and at each step's end. */
class StepMemory {
  readonly peakMb: Record<string, number> = {};
  readonly peakHeapMb: Record<string, number> = {};
  private step = 'validate';
  private readonly timer = setInterval(() => this.sample(), 250);

  constructor() {
    this.timer.unref();
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakMb[this.step] = Math.max(this.peakMb[this.step] ?? 0, Math.round(rss / 1048576));
    this.peakHeapMb[this.step] = Math.max(this.peakHeapMb[this.step] ?? 0, Math.round(heapUsed / 1048576));
  }

  /** Ends the current step (sampled once more) and starts `next`. */
  next(next: string): void {
    this.sample();
    this.step = next;
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }
}

// ------------------------------------------------------------------ refusals

/** "fe:00:5620140" in /proc/locks for a file's device and inode. */
function lockKey(path: string): string {
  const s = statSync(path);
  const major = (s.dev >> 8) & 0xfff;
  const minor = (s.dev & 0xff) | ((s.dev >> 12) & 0xfff00);
  return `${major.toString(16).padStart(2, '0')}:${minor.toString(16).padStart(2, '0')}:${s.ino}`;
}

/**
 * Whether a Neo4j holds the store's lock files (Neo4j takes a file lock on data/databases/store_lock and
 * on each database's database_lock while it runs). Linux: the kernel lists held locks in /proc/locks.
 */
export function storeInUse(home: string): boolean {
  const lockFiles = [join(home, 'data', 'databases', 'store_lock'), join(home, 'data', 'databases', DATABASE, 'database_lock')].filter(
    (f) => existsSync(f),
  );
  if (lockFiles.length === 0) return false;
  let locks: string;
  try {
    locks = readFileSync('/proc/locks', 'utf8');
  } catch {
    return false; // no /proc: the emptiness check's start of Neo4j fails on a held lock instead
  }
  const held = new Set(locks.split('\n').map((line) => line.trim().split(/\s+/)[5]));
  return lockFiles.some((f) => held.has(lockKey(f)));
}

/** Removes staging folders of offline imports whose process is gone (killed mid-import). */
function removeStaleStaging(home: string): void {
  if (!existsSync(home)) return;
  for (const name of readdirSync(home)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const pid = Number(name.slice(STAGING_PREFIX.length));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      alive = false;
    }
    if (!alive) rmSync(join(home, name), { recursive: true, force: true });
  }
}

type Neo4jSettings = { heap: string; pagecache: string; startTimeoutMs: number };

async function startOn(
  home: string,
  settings: Neo4jSettings,
  log: (line: string) => void,
): Promise<{ neo4j: EmbeddedNeo4j; db: Database }> {
  const config = loadConfig();
  const neo4j = await startEmbeddedNeo4j({ port: await findFreePort(), dataDir: home, ...settings, log });
  const db = new Database({ ...config.neo4j, uri: neo4j.uri, maxPoolSize: 5, queryTimeoutMs: 3600000 });
  try {
    await db.waitUntilReachable(60000);
  } catch (error) {
    await db.close();
    await neo4j.stop();
    throw error;
  }
  return { neo4j, db };
}

/** Nodes the store holds, a ranking lock (bookkeeping a started service may leave) aside. */
const NODES_HELD = `MATCH (n) WHERE NOT n:RelatedRankingLock RETURN count(n) AS nodes`;

/** Refuses a store that holds a node; a data folder without the database is empty. */
async function checkEmpty(home: string, settings: Neo4jSettings, log: (line: string) => void): Promise<void> {
  if (!existsSync(join(home, 'data', 'databases', DATABASE))) return;
  // Only a count is read: a small heap and page cache start faster and leave the validation its CPU and memory.
  const { neo4j, db } = await startOn(home, { ...settings, heap: '512m', pagecache: '64m' }, () => undefined);
  try {
    const [row] = await db.read<{ nodes: number }>(NODES_HELD);
    if ((row?.nodes ?? 0) > 0) {
      throw new OfflineRefused(
        'NOT_EMPTY',
        `the store in ${home} holds ${row!.nodes.toLocaleString('en')} node(s); the offline import only fills an empty store. ` +
          'Import into it without --offline, or point --data-dir at a new folder.',
      );
    }
    log(`The store in ${home} is empty.`);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

// ------------------------------------------------------------------ the swap

type Place = { db: string; tx: string };
const placeIn = (home: string): Place => ({
  db: join(home, 'data', 'databases', DATABASE),
  tx: join(home, 'data', 'transactions', DATABASE),
});

function move(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(resolve(to, '..'), { recursive: true });
  renameSync(from, to);
}

/** Moves `from`'s store into `to`'s place (which must be free). */
function moveStore(from: Place, to: Place): void {
  move(from.db, to.db);
  move(from.tx, to.tx);
}

// ------------------------------------------------------------------ the import

type CsvPass = {
  report: OfflineReport;
  /** Null when the validation found a problem: what was written is left for the staging folder's removal, unread. */
  csv: ImportCsv | null;
  importId: string;
  changes: ReturnType<typeof emptyChanges>;
  emptyCheckSeconds: number;
  /** The CSV's own finishing after the last record (its files closed); the writing itself is in the validation's time. */
  csvSeconds: number;
};

/**
 * One pass over the input: the validation, the records written as CSV into `csvDir` as they pass (every one
 * of them added: the graph holds none), and the emptiness check (`emptyCheck`) beside them. The graph is
 * empty, so no id outside the import exists. Reading the input once instead of twice (validation, then the
 * CSV from a second pass) saves the second parse: at hetionet the two passes took 64 and 78 s, the one 50 and
 * 38 s (bench/README.md).
 */
async function validateIntoCsv(input: InputSet, options: OfflineOptions, csvDir: string, emptyCheck: Promise<void>): Promise<CsvPass> {
  const nothing: GraphLookup = { entityKinds: async () => new Map(), sources: async () => new Map(), findings: async () => new Map() };
  const emptyCheckStarted = Date.now();
  const emptyCheckDone = emptyCheck.then(() => (Date.now() - emptyCheckStarted) / 1000);
  emptyCheckDone.catch(() => undefined);
  const changes = emptyChanges();
  let csv: ImportCsv | null = null;
  let importId = '';
  let recordsEnded = 0;
  let csvSeconds = 0;
  const writeCsv: RecordSink = async (records, pass) => {
    mkdirSync(csvDir, { recursive: true });
    importId = newImportId(pass.at);
    async function* counted() {
      for await (const record of records) {
        const collection: Collection = COLLECTION_OF[record.type];
        const ch = changes[collection];
        ch.added += 1;
        if (ch.examples.added.length < 5)
          ch.examples.added.push(record.type === 'link' ? `${record.data.from} ${record.data.type} ${record.data.to}` : record.data.id);
        yield record;
      }
      recordsEnded = Date.now();
    }
    // The :Import record's counts are asked for once the records have ended, when the pass has counted them all.
    csv = await writeImportCsv(counted(), csvDir, { importId, at: pass.at, by: pass.by, importProps: importProps(pass) }, () =>
      importCounts(pass, changes),
    );
    csvSeconds = (Date.now() - recordsEnded) / 1000;
  };
  const [checked, validated] = await Promise.allSettled([emptyCheckDone, validateImport(input, options, nothing, writeCsv)]);
  if (checked.status === 'rejected') throw checked.reason;
  if (validated.status === 'rejected') throw validated.reason;
  const report: OfflineReport = { ...validated.value.report, offline: null };
  return {
    report,
    csv: report.problems.length > 0 ? null : csv,
    importId,
    changes,
    emptyCheckSeconds: checked.value,
    csvSeconds,
  };
}

export async function runOfflineImport(
  options: OfflineOptions,
  input: InputSet = findInput(options.path, options.format),
): Promise<OfflineReport> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const config = loadConfig();
  if (config.neo4j.uri) {
    throw new OfflineRefused(
      'NOT_EMBEDDED',
      `NEO4J_URI is set (${config.neo4j.uri}): neo4j-admin writes the store files of the embedded Neo4j and cannot fill a server. Import without --offline.`,
    );
  }
  const home = resolve(PROJECT_DIR, options.dataDir ?? config.embedded.dataDir);
  const neo4jSettings: Neo4jSettings = {
    heap: options.heap ?? config.embedded.heap,
    pagecache: options.pagecache ?? config.embedded.pagecache,
    startTimeoutMs: config.embedded.startTimeoutMs,
  };
  if (storeInUse(home)) {
    throw new OfflineRefused(
      'IN_USE',
      `a Neo4j is running on ${home} (it holds the store's lock). Stop the service (or whatever runs Neo4j there) first.`,
    );
  }
  removeStaleStaging(home);

  const staging = join(home, `${STAGING_PREFIX}${process.pid}`);
  const toolHome = join(staging, 'store');
  const live = placeIn(home);
  const staged = placeIn(toolHome);
  const old = { db: join(staging, 'old', 'databases', DATABASE), tx: join(staging, 'old', 'transactions', DATABASE) };
  const settings: AdminToolSettings = {
    heap: options.tool?.heap ?? '1g',
    offHeap: options.tool?.offHeap ?? '2g',
    threads: options.tool?.threads ?? null,
  };
  const memory = new StepMemory();
  let swapped = false;
  let running: { neo4j: EmbeddedNeo4j; db: Database } | null = null;
  try {
    const pass = await validateIntoCsv(input, options, join(staging, 'csv'), checkEmpty(home, neo4jSettings, log));
    const { report, csv } = pass;
    if (csv === null) return report;
    const seconds: OfflineSeconds = {
      validate: report.seconds.validate,
      emptyCheck: pass.emptyCheckSeconds,
      csv: pass.csvSeconds,
      tool: 0,
      swap: 0,
      start: 0,
      emptyLists: 0,
      schema: 0,
      indexes: 0,
      ambiguity: 0,
      verify: 0,
      import: 0,
      rankings: 0,
      total: 0,
    };
    if (csv.relationshipCount !== report.relationships) {
      throw new Error(`Validated ${report.relationships} relationships but wrote ${csv.relationshipCount} as CSV`);
    }
    log(
      `Wrote ${csv.nodeCount.toLocaleString('en')} nodes and ${csv.relationshipCount.toLocaleString('en')} relationships as CSV ` +
        `(${Math.round(csv.bytes / 1048576)} MB) in the validation's pass; running neo4j-admin database import...`,
    );

    // The importer, into a fresh store of its own.
    memory.next('tool');
    let t = Date.now();
    mkdirSync(toolHome, { recursive: true });
    const tool = await runAdminImportTool(toolHome, csv, settings, log, options.onToolSpawn);
    seconds.tool = (Date.now() - t) / 1000;
    log(
      `neo4j-admin imported ${csv.relationshipCount.toLocaleString('en')} relationships in ${seconds.tool.toFixed(1)} s ` +
        `(${Math.round(csv.relationshipCount / seconds.tool).toLocaleString('en')} relationships/s, its JVM start included).`,
    );

    // The swap: the old store aside, the new one in.
    t = Date.now();
    if (storeInUse(home)) throw new OfflineRefused('IN_USE', `a Neo4j was started on ${home} during the import; nothing was swapped in.`);
    moveStore(live, old);
    swapped = true;
    moveStore(staged, live);
    seconds.swap = (Date.now() - t) / 1000;

    memory.next('start');
    t = Date.now();
    running = await startOn(home, neo4jSettings, log);
    const db = running.db;
    seconds.start = (Date.now() - t) / 1000;
    memory.next('emptyLists');
    t = Date.now();
    const emptyListsSet = await restoreEmptyLists(db.driver, csv.emptyLists, DATABASE);
    seconds.emptyLists = (Date.now() - t) / 1000;
    memory.next('schema');
    t = Date.now();
    await ensureSchema(db);
    seconds.schema = (Date.now() - t) / 1000;
    t = Date.now();
    // Constraint indexes are populated when CREATE CONSTRAINT returns; the range and full-text ones fill
    // in the background, and searches must not run against a half-built index.
    await db.write('CALL db.awaitIndexes(3600)');
    const notOnline = await db.read<{ name: string; state: string }>(
      "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state",
    );
    if (notOnline.length > 0) throw new Error(`Indexes not ONLINE: ${JSON.stringify(notOnline)}`);
    seconds.indexes = (Date.now() - t) / 1000;
    memory.next('ambiguity');
    t = Date.now();
    if (report.read.entities > 0) await db.writeTx((tx) => refreshAmbiguity(tx, 5000), 3600000);
    seconds.ambiguity = (Date.now() - t) / 1000;

    memory.next('verify');
    t = Date.now();
    const expected = {
      Import: 1,
      Source: report.read.sources,
      Entity: report.read.entities,
      Finding: report.read.findings,
      Claim: report.read.claims,
      nodes: 1 + report.read.sources + report.read.entities + report.read.findings + report.read.claims,
      relationships: report.relationships,
    };
    const [found] = await db.read<Record<keyof typeof expected, number>>(
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       CALL () { MATCH (n:Import) RETURN count(n) AS Import }
       CALL () { MATCH (n:Source) RETURN count(n) AS Source }
       CALL () { MATCH (n:Entity) RETURN count(n) AS Entity }
       CALL () { MATCH (n:Finding) RETURN count(n) AS Finding }
       CALL () { MATCH (n:Claim) RETURN count(n) AS Claim }
       RETURN nodes, relationships, Import, Source, Entity, Finding, Claim`,
    );
    const mismatch = (Object.keys(expected) as (keyof typeof expected)[]).filter((k) => found?.[k] !== expected[k]);
    if (mismatch.length > 0) {
      throw new Error(
        `The imported store does not hold what was validated: ${mismatch.map((k) => `${k} ${found?.[k]} (expected ${expected[k]})`).join(', ')}`,
      );
    }
    seconds.verify = (Date.now() - t) / 1000;
    seconds.import = (Date.now() - started) / 1000;
    log(
      `Offline import: ${report.relationships.toLocaleString('en')} relationships validated, written, indexed and counted in ` +
        `${seconds.import.toFixed(1)} s (${Math.round(report.relationships / seconds.import).toLocaleString('en')} relationships/s).`,
    );

    // The store is the import's now: the old one goes.
    rmSync(join(staging, 'old'), { recursive: true, force: true });
    swapped = false;

    let rankings: number | null = null;
    memory.next('rankings');
    try {
      await options.onRankingsStart?.(running.neo4j);
      if (options.rankings !== false) {
        t = Date.now();
        // Every ranking is missing, so the refresher's batches (2,000 conditions, each computed in a read
        // transaction and stored in a write transaction of its own) compute them all. Nothing else runs on this
        // Neo4j (its port is this process's), so nothing can race them; refreshAllRankings' one transaction
        // would hold every row it stored until its commit (the driver keeps each query's parameters for the
        // transaction's life), which took this process past a 320 MB heap at hetionet.
        rankings = await refreshRankings(db);
        log(
          `Stored related-conditions rankings of ${rankings.toLocaleString('en')} conditions in ${((Date.now() - t) / 1000).toFixed(1)} s.`,
        );
        seconds.rankings = (Date.now() - t) / 1000;
      }
      // Index statistics resampled before Neo4j stops, so that the service's first plans on this store are made
      // for the graph it holds (the rankings' index was sampled empty; the benchmark met the same: bench/run.ts).
      await db.read('CALL db.prepareForReplanning()');
    } catch (error) {
      throw new OfflineRankingsFailed(report.relationships, error);
    }
    report.offline = {
      dataDir: home,
      csvMegabytes: Math.round(csv.bytes / 1048576),
      nodes: csv.nodeCount,
      relationships: csv.relationshipCount,
      tool: { ...tool, settings },
      emptyListsSet,
      rankings,
      seconds,
      peakRssMb: memory.peakMb,
      peakHeapMb: memory.peakHeapMb,
    };
    await running.db.close();
    await running.neo4j.stop();
    running = null;
    report.importId = pass.importId;
    report.changes = pass.changes;
    report.ok = true;
    seconds.total = (Date.now() - started) / 1000;
    report.seconds.write = seconds.total - seconds.validate;
    report.seconds.total = seconds.total;
    return report;
  } catch (error) {
    if (running) {
      await running.db.close();
      await running.neo4j.stop();
      running = null;
    }
    if (swapped) {
      // Back to the old store: the imported one out of its place first.
      rmSync(live.db, { recursive: true, force: true });
      rmSync(live.tx, { recursive: true, force: true });
      moveStore(old, live);
    }
    throw error;
  } finally {
    memory.stop();
    if (running) {
      await running.db.close();
      await running.neo4j.stop();
    }
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The offline part of the report as lines for a terminal (after describeReport's). */
export function describeOffline(report: OfflineReport): string[] {
  const o = report.offline;
  if (!o) return [];
  const s = o.seconds;
  const f = (n: number) => n.toFixed(1);
  return [
    `  offline into ${o.dataDir}: validation with the CSV ${f(s.validate)} s (${o.csvMegabytes} MB of CSV, its finishing ${f(s.csv)} s; emptiness check beside it ${f(s.emptyCheck)} s), ` +
      `neo4j-admin ${f(s.tool)} s, swap ${f(s.swap)} s, start ${f(s.start)} s, empty lists ${f(s.emptyLists)} s, schema ${f(s.schema)} s, ` +
      `indexes ${f(s.indexes)} s, shared names ${f(s.ambiguity)} s, counts ${f(s.verify)} s: ${f(s.import)} s ` +
      `(${Math.round(report.relationships / s.import).toLocaleString('en')} relationships/s)`,
    o.rankings === null
      ? '  related-conditions rankings not computed'
      : `  then related-conditions rankings of ${o.rankings.toLocaleString('en')} conditions in ${f(s.rankings)} s`,
  ];
}
