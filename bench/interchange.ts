/**
 * `npm run bench:import -- --size hetionet --import interchange`: the bulk import and export of
 * src/interchange at benchmark size, end to end through their own code paths.
 *
 * 1. The synthetic graph is loaded the fastest way the benchmark has (neo4j-admin from `medium` up,
 *    Cypher below) into an embedded Neo4j.
 * 2. Export: the whole graph as KGX TSV (nodes.tsv, edges.tsv), timed: relationships per second; then again,
 *    on the Neo4j the first export warmed (`exportWarm`).
 * 3. Live import: claims of the export under new ids (`live-` prefix; their entities and sources exist)
 *    imported into that running, populated database, its rankings stored first (not timed): validation,
 *    comparison with the graph, the one write transaction (which marks the rankings it can change),
 *    commit; then those rankings recomputed (refreshRankings, as the service's refresher would), timed apart.
 * 4. Empty import: a fresh embedded store with the service's schema (started once, as the service leaves
 *    it), then the whole export imported by `npm run import -- <files> --offline --data-dir <store>`
 *    (src/interchange/offline.ts): validation, CSV, neo4j-admin, swap, start, schema, indexes online,
 *    shared names, counts checked against what was validated, then the rankings, timed apart. The counts
 *    are read back again afterwards against the export's. With `--empty-import cypher` the earlier path
 *    instead: the command against the running empty Neo4j, one write transaction, commit, indexes online.
 *    The import runs as `npm run import` does, in its own process, whose peak RSS (VmHWM) is reported.
 * Prints one JSON object; bench/README.md records the runs.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { loadavg } from 'node:os';
import { Database } from '../src/graph/database';
import { ensureSchema } from '../src/graph/schemaSetup';
import { exportGraph } from '../src/interchange/exporter';
import { runImport, type ImportReport } from '../src/interchange/importer';
import { OFFLINE_HEAP_FLAG, type OfflineReport } from '../src/interchange/offline';
import { refreshAllRankings, refreshRankings } from '../src/related/repository';
import { PROJECT_DIR } from '../src/paths';
import { scriptNodeFlags } from '../src/nodeFlags';
import { finishOfflineImport, importOffline } from './adminImport';
import { SyntheticGraph, type SizeName } from './generate';
import { importGraph } from './import';
import { startBenchNeo4j } from './neo4j';

const log = (line: string) => process.stderr.write(`${line}\n`);

function database(uri: string): Database {
  return new Database({ uri, username: 'neo4j', maxPoolSize: 10, connectTimeoutMs: 5000, queryTimeoutMs: 3600000 });
}

/** Records only: the :Import record and the stored related-conditions rankings (and their lock) are bookkeeping the source graph may lack. */
async function counts(db: Database) {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) WHERE NOT (n:Import OR n:RelatedRanking OR n:RelatedRankingLock) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

/** Claim lines of an edges.tsv under new ids, at most `limit` of them, into `out`. */
async function liveInput(edges: string, out: string, limit: number): Promise<number> {
  mkdirSync(out, { recursive: true });
  const writer = createWriteStream(join(out, 'live_edges.tsv'));
  const lines = createInterface({ input: createReadStream(edges), crlfDelay: Infinity });
  let header: string[] | null = null;
  let written = 0;
  for await (const line of lines) {
    if (!header) {
      header = line.split('\t');
      writer.write(`${line}\n`);
      continue;
    }
    const cells = line.split('\t');
    if (!cells[header.indexOf('grade')]) continue;
    cells[0] = cells[0]!.replace(/^AKG:/, 'AKG:live-');
    writer.write(`${cells.join('\t')}\n`);
    if (++written >= limit) break;
  }
  lines.close();
  await new Promise((r) => writer.end(r));
  // An edges file needs a nodes file beside it: an empty one (every end already is in the graph).
  await new Promise<void>((r) => createWriteStream(join(out, 'live_nodes.tsv')).end('id\tcategory\tname\n', () => r()));
  return written;
}

function rate(relationships: number, seconds: number): number {
  return Math.round(relationships / seconds);
}

export async function interchangeBench(size: SizeName, liveClaims = 100000, emptyImport: 'offline' | 'cypher' | 'none' = 'offline') {
  const started = Date.now();
  const base = `data/bench/interchange-${size}-${process.pid}`;
  const sourceDir = `${base}/source`;
  const emptyDir = `${base}/empty`;
  const files = resolve(PROJECT_DIR, base, 'kgx');
  const live = resolve(PROJECT_DIR, base, 'live');
  const big = size === 'hetionet';
  const memory = { heap: big ? '4g' : '2g', pagecache: big ? '2g' : '1g', apoc: false, log };
  const result: Record<string, unknown> = {
    size,
    emptyImportMethod: emptyImport,
    loadAverageBefore: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  mkdirSync(files, { recursive: true });
  try {
    // 1. The graph to export.
    const graph = new SyntheticGraph(size);
    let source;
    if (size === 'medium' || big) {
      const offline = await importOffline(graph, sourceDir, { log });
      source = await startBenchNeo4j({ dataDir: sourceDir, ...memory });
      const db = database(source.uri);
      await db.waitUntilReachable(60000);
      await finishOfflineImport(db, offline, { log });
      await db.close();
    } else {
      source = await startBenchNeo4j({ dataDir: sourceDir, ...memory });
      const db = database(source.uri);
      await db.waitUntilReachable(60000);
      await importGraph(db, graph, { progress: false, log });
      await db.close();
    }
    const db = database(source.uri);
    try {
      const held = await counts(db);
      // 2. Export.
      let t0 = Date.now();
      const exported = await exportGraph(db, 'kgx', (file) => createWriteStream(join(files, file)));
      const exportSeconds = (Date.now() - t0) / 1000;
      result.export = {
        ...exported,
        seconds: exportSeconds,
        relationshipsPerSecond: rate(exported.relationships, exportSeconds),
        graph: held,
      };
      log(
        `Export: ${exported.relationships.toLocaleString('en')} relationships in ${exportSeconds.toFixed(1)} s (${rate(exported.relationships, exportSeconds).toLocaleString('en')}/s)`,
      );
      // The same export again, on the Neo4j the first one warmed (its JVM compiled, its page cache filled): the
      // first is the first query on a just-started Neo4j (bench/README.md, "export profiled"), the second what a
      // served database does. Both are reported; the files of the second are discarded.
      const warmDir = resolve(PROJECT_DIR, base, 'kgx-warm');
      mkdirSync(warmDir, { recursive: true });
      t0 = Date.now();
      const again = await exportGraph(db, 'kgx', (file) => createWriteStream(join(warmDir, file)));
      const warmSeconds = (Date.now() - t0) / 1000;
      rmSync(warmDir, { recursive: true, force: true });
      result.exportWarm = { seconds: warmSeconds, relationshipsPerSecond: rate(again.relationships, warmSeconds) };
      log(`Export again (warm): ${warmSeconds.toFixed(1)} s (${rate(again.relationships, warmSeconds).toLocaleString('en')}/s)`);

      // 3. Live import of new claims into the populated database, with its rankings stored as a service
      //    keeps them (the offline load above stores none), so that what the import marks is what it changes.
      await refreshAllRankings(db, log);
      const claims = await liveInput(join(files, 'edges.tsv'), live, liveClaims);
      t0 = Date.now();
      const liveReport = await runImport(db, { path: live, by: 'bench', log, progress: true });
      const liveSeconds = (Date.now() - t0) / 1000;
      if (!liveReport.ok) throw new Error(`live import refused: ${JSON.stringify(liveReport.problems.slice(0, 5))}`);
      // The rankings the import marked, recomputed after it (the service's refresher does this in the
      // background, 100 a batch); timed apart: the work the import no longer does in its transaction.
      t0 = Date.now();
      const refreshed = await refreshRankings(db);
      const refreshSeconds = (Date.now() - t0) / 1000;
      result.liveImport = {
        ...summary(liveReport, liveSeconds, { claims }),
        rankingsRefreshed: { rankings: refreshed, seconds: refreshSeconds },
      };
      log(
        `Live import: ${liveReport.relationships.toLocaleString('en')} relationships in ${liveSeconds.toFixed(1)} s (${rate(liveReport.relationships, liveSeconds).toLocaleString('en')}/s); then ${refreshed.toLocaleString('en')} rankings refreshed in ${refreshSeconds.toFixed(1)} s`,
      );
    } finally {
      await db.close();
      await source.stop();
    }

    // 4. Import into an empty database: the empty store as the service leaves it after a first start (its
    //    schema, a system database), then the command users run, in its own process, so that its peak RSS
    //    is its own (VmHWM).
    const expected = (result.export as { graph: { nodes: number; relationships: number } }).graph;
    if (emptyImport === 'none') {
      log('Empty import skipped (--empty-import none).');
    } else if (emptyImport === 'offline') {
      const empty = await startBenchNeo4j({ dataDir: emptyDir, ...memory });
      const target = database(empty.uri);
      try {
        await target.waitUntilReachable(60000);
        await ensureSchema(target);
      } finally {
        await target.close();
        await empty.stop();
      }
      // `npm run import -- <files> --offline --data-dir <store>`: validation, CSV, neo4j-admin, swap, start,
      // schema, indexes ONLINE, shared names, counts checked, then the rankings (timed apart); Neo4j stopped.
      const t0 = Date.now();
      const { report, peakRss, peakToolRss } = await importCommand(files, {
        args: ['--offline', '--data-dir', emptyDir],
        env: { NEO4J_HEAP: memory.heap, NEO4J_PAGECACHE: memory.pagecache },
      });
      const seconds = (Date.now() - t0) / 1000;
      if (!report.ok) throw new Error(`import refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
      // Read back once more by this process, on a Neo4j of its own.
      const again = await startBenchNeo4j({ dataDir: emptyDir, ...memory });
      const check = database(again.uri);
      let verified;
      let notOnline;
      try {
        await check.waitUntilReachable(60000);
        verified = await counts(check);
        notOnline = await check.read("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name, state");
      } finally {
        await check.close();
        await again.stop();
      }
      const o = report.offline!;
      result.emptyImport = {
        method: 'offline',
        ...summary(report, seconds),
        // Up to counts checked (rankings not included): the import's own end-to-end figure.
        importSeconds: o.seconds.import,
        importRelationshipsPerSecond: rate(report.relationships, o.seconds.import),
        steps: o.seconds,
        toolRelationshipsPerSecond: rate(report.relationships, o.seconds.tool),
        tool: o.tool,
        csvMegabytes: o.csvMegabytes,
        emptyListsSet: o.emptyListsSet,
        rankings: o.rankings,
        peakRssMb: Math.round(peakRss / 1048576),
        peakToolRssMb: Math.round(peakToolRss / 1048576),
        peakRssMbByStep: o.peakRssMb,
        peakHeapMbByStep: o.peakHeapMb,
        verified,
        expected,
        indexesNotOnline: notOnline,
      };
      log(
        `Empty import (offline): ${report.relationships.toLocaleString('en')} relationships in ${o.seconds.import.toFixed(1)} s ` +
          `(${rate(report.relationships, o.seconds.import).toLocaleString('en')}/s) up to counts checked, rankings ${o.seconds.rankings.toFixed(1)} s more; ` +
          `whole command ${seconds.toFixed(1)} s; peak RSS ${Math.round(peakRss / 1048576)} MB (neo4j-admin's JVM ${Math.round(peakToolRss / 1048576)} MB)`,
      );
    } else {
      const empty = await startBenchNeo4j({ dataDir: emptyDir, ...memory });
      const target = database(empty.uri);
      try {
        await target.waitUntilReachable(60000);
        await ensureSchema(target);
        const t0 = Date.now();
        const { report, peakRss } = await importCommand(files, { env: { NEO4J_URI: empty.uri } });
        await target.write('CALL db.awaitIndexes(600)');
        const seconds = (Date.now() - t0) / 1000;
        if (!report.ok) throw new Error(`import refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
        const verified = await counts(target);
        result.emptyImport = {
          method: 'cypher',
          ...summary(report, seconds),
          peakRssMb: Math.round(peakRss / 1048576),
          verified,
          expected,
        };
        log(
          `Empty import (Cypher): ${report.relationships.toLocaleString('en')} relationships in ${seconds.toFixed(1)} s (${rate(report.relationships, seconds).toLocaleString('en')}/s), peak RSS ${Math.round(peakRss / 1048576)} MB`,
        );
      } finally {
        await target.close();
        await empty.stop();
      }
    }
  } finally {
    rmSync(resolve(PROJECT_DIR, base), { recursive: true, force: true });
  }
  result.loadAverageAfter = loadavg().map((l) => Math.round(l * 100) / 100);
  result.wallSeconds = (Date.now() - started) / 1000;
  return result;
}

/** Resident set sizes (VmHWM, VmRSS) of a process, in bytes, or null once it has exited. */
function memoryOf(pid: number): { hwm: number; rss: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return null;
  }
}

/** The processes a process started (Linux /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * The Node flags `npm run import` runs the command with: those of the npm script (read from package.json, as
 * bench/servers.ts does for npm start), and for an offline import its heap cap, which importCli.ts would
 * otherwise apply by starting itself again (in a child whose memory this process would not see).
 */
function importNodeFlags(args: string[]): string[] {
  const flags = scriptNodeFlags('import');
  return args.includes('--offline') && flags.length === 0 ? [OFFLINE_HEAP_FLAG] : flags;
}

/**
 * Runs src/interchange/importCli.ts on `path` as `npm run import` does (its Node flags; with `args`, and `env`
 * on top of this process's); its JSON report, its own peak RSS in bytes (VmHWM), and the peak RSS seen of the
 * Java processes it started (neo4j-admin's, sampled every 100 ms; the Neo4j it starts afterwards is not counted there).
 */
async function importCommand(
  path: string,
  options: { args?: string[]; env?: Record<string, string> },
): Promise<{ report: OfflineReport; peakRss: number; peakToolRss: number }> {
  const child = spawn(
    process.execPath,
    [...importNodeFlags(options.args ?? []), '--import', 'tsx', 'src/interchange/importCli.ts', path, ...(options.args ?? []), '--json'],
    {
      cwd: PROJECT_DIR,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let peakRss = 0;
  let peakToolRss = 0;
  const sampler = setInterval(() => {
    const own = child.pid ? memoryOf(child.pid) : null;
    if (own) peakRss = Math.max(peakRss, own.hwm);
    for (const pid of child.pid ? childrenOf(child.pid) : []) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.cli.AdminTool')) continue;
      } catch {
        continue;
      }
      const tool = memoryOf(pid);
      if (tool) peakToolRss = Math.max(peakToolRss, tool.hwm);
    }
  }, 100);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`npm run import exited with ${code}: ${stdout.slice(0, 2000)}`);
  return { report: JSON.parse(stdout) as OfflineReport, peakRss, peakToolRss };
}

function summary(report: ImportReport, seconds: number, extra: Record<string, unknown> = {}) {
  return {
    ...extra,
    relationships: report.relationships,
    read: report.read,
    seconds,
    validateSeconds: report.seconds.validate,
    writeSeconds: report.seconds.write,
    relationshipsPerSecond: rate(report.relationships, seconds),
    added: Object.fromEntries(Object.entries(report.changes ?? {}).map(([k, v]) => [k, v.added])),
  };
}
