/**
 * `npm run bench:import -- --size hetionet --import interchange`: the bulk import and export of
 * src/interchange at benchmark size, end to end through their own code paths.
 *
 * 1. The synthetic graph is loaded the fastest way the benchmark has (neo4j-admin from `medium` up,
 *    Cypher below) into an embedded Neo4j.
 * 2. Export: the whole graph as KGX TSV (nodes.tsv, edges.tsv), timed: relationships per second.
 * 3. Live import: claims of the export under new ids (`live-` prefix; their entities and sources exist)
 *    imported into that running, populated database: validation, comparison with the graph, the one
 *    write transaction, commit.
 * 4. Empty import: a fresh embedded Neo4j with the service's schema, then the whole export imported:
 *    validation, the one write transaction, commit, indexes online, counts checked against the export.
 *    The import runs as `npm run import` does, in its own process, whose peak RSS (VmHWM) is reported.
 * Prints one JSON object; bench/README.md records the runs.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { loadavg } from 'node:os';
import { Database } from '../src/graph/database';
import { ensureSchema } from '../src/graph/schemaSetup';
import { exportGraph } from '../src/interchange/exporter';
import { runImport, type ImportReport } from '../src/interchange/importer';
import { PROJECT_DIR } from '../src/paths';
import { finishOfflineImport, importOffline } from './adminImport';
import { SyntheticGraph, type SizeName } from './generate';
import { importGraph } from './import';
import { startBenchNeo4j } from './neo4j';

const log = (line: string) => process.stderr.write(`${line}\n`);

function database(uri: string): Database {
  return new Database({ uri, username: 'neo4j', maxPoolSize: 10, connectTimeoutMs: 5000, queryTimeoutMs: 3600000 });
}

async function counts(db: Database) {
  const [row] = await db.read<{ nodes: number; relationships: number }>(
    'CALL () { MATCH (n) WHERE NOT n:Import RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
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

export async function interchangeBench(size: SizeName, liveClaims = 100000) {
  const started = Date.now();
  const base = `data/bench/interchange-${size}-${process.pid}`;
  const sourceDir = `${base}/source`;
  const emptyDir = `${base}/empty`;
  const files = resolve(PROJECT_DIR, base, 'kgx');
  const live = resolve(PROJECT_DIR, base, 'live');
  const big = size === 'hetionet';
  const memory = { heap: big ? '4g' : '2g', pagecache: big ? '2g' : '1g', apoc: false, log };
  const result: Record<string, unknown> = { size, loadAverageBefore: loadavg().map((l) => Math.round(l * 100) / 100) };
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

      // 3. Live import of new claims into the populated database.
      const claims = await liveInput(join(files, 'edges.tsv'), live, liveClaims);
      t0 = Date.now();
      const liveReport = await runImport(db, { path: live, by: 'bench', log, progress: true });
      const liveSeconds = (Date.now() - t0) / 1000;
      if (!liveReport.ok) throw new Error(`live import refused: ${JSON.stringify(liveReport.problems.slice(0, 5))}`);
      result.liveImport = summary(liveReport, liveSeconds, { claims });
      log(
        `Live import: ${liveReport.relationships.toLocaleString('en')} relationships in ${liveSeconds.toFixed(1)} s (${rate(liveReport.relationships, liveSeconds).toLocaleString('en')}/s)`,
      );
    } finally {
      await db.close();
      await source.stop();
    }

    // 4. Import into an empty database.
    const empty = await startBenchNeo4j({ dataDir: emptyDir, ...memory });
    const target = database(empty.uri);
    try {
      await target.waitUntilReachable(60000);
      await ensureSchema(target);
      // The command users run (`npm run import`), in its own process, so its peak RSS is its own (VmHWM).
      const t0 = Date.now();
      const { report, peakRss } = await importCommand(files, empty.uri);
      await target.write('CALL db.awaitIndexes(600)');
      const seconds = (Date.now() - t0) / 1000;
      if (!report.ok) throw new Error(`import refused: ${JSON.stringify(report.problems.slice(0, 5))}`);
      const verified = await counts(target);
      result.emptyImport = {
        ...summary(report, seconds),
        peakRssMb: Math.round(peakRss / 1048576),
        verified,
        expected: (result.export as { graph: unknown }).graph,
      };
      log(
        `Empty import: ${report.relationships.toLocaleString('en')} relationships in ${seconds.toFixed(1)} s (${rate(report.relationships, seconds).toLocaleString('en')}/s), peak RSS ${Math.round(peakRss / 1048576)} MB`,
      );
    } finally {
      await target.close();
      await empty.stop();
    }
  } finally {
    rmSync(resolve(PROJECT_DIR, base), { recursive: true, force: true });
  }
  result.loadAverageAfter = loadavg().map((l) => Math.round(l * 100) / 100);
  result.wallSeconds = (Date.now() - started) / 1000;
  return result;
}

/** Runs src/interchange/importCli.ts on `path` against `uri`; its JSON report and peak RSS in bytes. */
async function importCommand(path: string, uri: string): Promise<{ report: ImportReport; peakRss: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/interchange/importCli.ts', path, '--json'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let peakRss = 0;
  const sampler = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peakRss = Math.max(peakRss, Number(hwm[1]) * 1024);
    } catch {
      // the process has exited
    }
  }, 100);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`npm run import exited with ${code}: ${stdout.slice(0, 2000)}`);
  return { report: JSON.parse(stdout) as ImportReport, peakRss };
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
