/**
 * The benchmark: one database, one synthetic graph, the same workload by four contenders.
 *
 *   npm run bench                     hetionet size (~2M relationships), 10 s per measurement
 *   npm run bench -- --quick          small size, short runs
 *   npm run bench -- --size medium    any of tiny, small, medium, hetionet
 *   other flags: --runs N (back-to-back runs on the same graph, reported with their spread),
 *                --duration S, --warmup S, --concurrency 1,8,32, --ops search,paths, --out FILE,
 *                --contenders raw,oursNoCache (a subset, for an A/B of one side),
 *                --skip-import (reuse the graph already in NEO4J_URI), --keep-data,
 *                --import admin|cypher (offline neo4j-admin importer or UNWIND batches; see bench/adminImport.ts)
 *   cost curves over several sizes: npm run bench:curves (bench/curves.ts)
 *
 * Starts an embedded Neo4j with APOC (fresh data folder under data/bench/) unless NEO4J_URI is set and
 * imports the graph (bench/import.ts). Then, per run, one contender at a time, so that on a small
 * machine the contender measured has the CPU to itself (with Neo4j): its API server is started (for
 * the HTTP contenders), every operation is probed and warmed up, then measured at every concurrency,
 * and the server is stopped before the next contender starts. Each measurement records the load
 * average before and after it and the machine's CPU busy share during it. Prints the tables and the
 * targets of issue 12 (bench/targets.ts) and writes bench/results/latest.json (bench/results/README.md).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { Database } from '../src/graph/database';
import { PROJECT_DIR } from '../src/paths';
import { SIZE_NAMES, SyntheticGraph, type SizeName } from './generate';
import { importGraph } from './import';
import { refreshAllRankings } from '../src/related/repository';
import { finishOfflineImport, importOffline, resolveImportMethod } from './adminImport';
import type { ImportMethod, ImportResult, OfflineImport } from './importShared';
import { httpLoad, rawLoad, type LoadPlan } from './load';
import { buildCompiled } from './build';
import { busyShare, cpuTimes, loadAverages } from './machine';
import { processCpuSeconds } from './importShared';
import { drainDatabase, type Drained } from './drain';
import { startBenchNeo4j } from './neo4j';
import { markdown } from './report';
import {
  isMeasured,
  ratio,
  type BenchResults,
  type ByConcurrency,
  type ContenderPhase,
  type ContenderResult,
  type MeasuredResult,
  type OperationResults,
  type Ratios,
  type RunResults,
  type Spread,
} from './results';
import { cacheCounters, describeExit, probe, startServer, type ServerHandle } from './servers';
import { readTargets } from './targets';
import {
  CONTENDERS,
  OPERATIONS,
  OPERATION_NAMES,
  SamplePool,
  graphqlCall,
  graphqlErrors,
  sampleArgs,
  type Args,
  type Contender,
  type OperationName,
} from './workload';

export type { BenchResults, ContenderResult, OperationResults } from './results';

export type BenchOptions = {
  size: SizeName;
  /** Back-to-back runs over the same graph (each one every contender in turn); their spread is reported. */
  runs: number;
  /** Seconds per measurement (ignored when `requests` is set). */
  durationS: number;
  /** Warm-up seconds before each measurement (or warm-up requests when `requests` is set: `requests`). */
  warmupS: number;
  /** A fixed number of requests per measurement instead of a duration (the smoke test uses this). */
  requests?: number;
  concurrency: number[];
  operations: OperationName[];
  /**
   * The contenders measured, in the harness's fixed order (default: all four). Fewer make an A/B of one side
   * quicker; the ratios and targets that need a contender left out read "not measured".
   */
  contenders: Contender[];
  /** Where the JSON goes. */
  out: string;
  /** Reuse the graph already in the database (NEO4J_URI) instead of importing. */
  skipImport?: boolean;
  /** admin (offline, embedded Neo4j only) or cypher; by default admin from size medium up without NEO4J_URI (resolveImportMethod). */
  importMethod?: ImportMethod;
  /**
   * Use this Neo4j instead of starting one (it must have APOC for @neo4j/graphql). Undefined: NEO4J_URI
   * when set, else an embedded one; null: always start an embedded one.
   */
  neo4jUri?: string | null;
  /** Keep the embedded data folder afterwards. */
  keepData?: boolean;
  heap?: string;
  pagecache?: string;
  log?: (line: string) => void;
  /** Print the tables at the end. */
  print?: boolean;
  /** Show the import progress bar on stderr (default true). */
  progress?: boolean;
};

export const DEFAULTS: BenchOptions = {
  size: 'hetionet',
  runs: 1,
  durationS: 10,
  warmupS: 2,
  concurrency: [1, 8, 32],
  operations: [...OPERATION_NAMES],
  contenders: [...CONTENDERS],
  out: join(PROJECT_DIR, 'bench', 'results', 'latest.json'),
};

export const QUICK: Partial<BenchOptions> = { size: 'small', durationS: 1.2, warmupS: 0.3 };

/**
 * Arguments per operation, sent in order: a stream long enough that no measurement wraps around it, so
 * a request repeats an earlier one only when the popularity model (half Zipf hubs, half uniform tail)
 * drew the same arguments twice. The response cache's hit rate comes from that model, not from cycling.
 * Every contender's phase starts the stream from its beginning, on a freshly started server.
 */
const SAMPLES = 16384;

const HTTP_CONTENDERS = ['ours', 'oursNoCache', 'neo4jGraphql'] as const;
type HttpContender = (typeof HTTP_CONTENDERS)[number];
const isHttp = (c: Contender): c is HttpContender => (HTTP_CONTENDERS as readonly string[]).includes(c);

/**
 * The first line of an error, with its cause (fetch and undici keep the socket's error there). Duck
 * typed, not `instanceof Error`: under Jest the errors of Node's own fetch and http come from another
 * realm, where `instanceof Error` and `instanceof TypeError` are false (the retry that relied on
 * `instanceof TypeError` never ran in the smoke test).
 */
function firstLine(error: unknown): string {
  const e = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  if (!e || typeof e.message !== 'string') return String(error);
  const c = e.cause;
  const cause = c && typeof c.message === 'string' ? `: ${typeof c.code === 'string' ? `${c.code} ` : ''}${c.message}` : '';
  return `${e.message.split('\n')[0]!}${cause}`;
}

/** What every run shares: the database, the graph's argument sets and the request bodies (built once). */
type Context = {
  options: BenchOptions;
  db: Database;
  uri: string;
  apoc: boolean;
  args: Map<OperationName, Args[]>;
  bodies: Map<string, string[]>;
  /** The embedded Neo4j's process, when the benchmark started it (for CPU per request). */
  neo4jPid?: number;
  log: (line: string) => void;
};

/** The request bodies of one HTTP contender for one operation, built once so the load generator only picks the next one. */
async function bodiesFor(ctx: Context, name: OperationName, contender: HttpContender): Promise<string[]> {
  const key = `${name}:${contender}`;
  const known = ctx.bodies.get(key);
  if (known) return known;
  const call = graphqlCall(OPERATIONS[name], contender);
  if (!call) throw new Error('no GraphQL operation defined for this contender');
  const query = typeof call.query === 'string' ? call.query : await call.query();
  const bodies = await Promise.all(ctx.args.get(name)!.map(async (a) => JSON.stringify({ query, variables: await call.variables(a) })));
  ctx.bodies.set(key, bodies);
  return bodies;
}

type Go = (plan: LoadPlan) => ReturnType<typeof rawLoad>;

/** CPU seconds so far of the processes that share the machine during a measurement. */
function processTimes(pids: { server?: number; neo4j?: number }) {
  const own = process.cpuUsage();
  return { server: processCpuSeconds(pids.server), neo4j: processCpuSeconds(pids.neo4j), loadGenerator: (own.user + own.system) / 1e6 };
}

function cpuMsPerRequest(
  before: ReturnType<typeof processTimes>,
  after: ReturnType<typeof processTimes>,
  requests: number,
): NonNullable<MeasuredResult['cpuMsPerRequest']> {
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || requests === 0 ? null : Math.round(((b - a) * 1000 * 100) / requests) / 100;
  return {
    server: per(before.server, after.server),
    neo4j: per(before.neo4j, after.neo4j),
    loadGenerator: per(before.loadGenerator, after.loadGenerator) ?? 0,
  };
}

/** One measurement: warm-up, then the measured load, with the machine's state around it. */
async function measure(
  go: Go,
  warm: LoadPlan | null,
  plan: LoadPlan,
  pids: { server?: number; neo4j?: number },
  afterWarmUp?: () => Promise<void>,
): Promise<MeasuredResult> {
  const loadBefore = os.loadavg()[0]!;
  if (warm) await go(warm);
  await afterWarmUp?.();
  const cpuBefore = cpuTimes();
  const timesBefore = processTimes(pids);
  const result = await go(plan);
  return {
    ...result,
    loadBefore: Math.round(loadBefore * 100) / 100,
    loadAfter: Math.round(os.loadavg()[0]! * 100) / 100,
    machineCpuBusy: busyShare(cpuBefore, cpuTimes()),
    cpuMsPerRequest: cpuMsPerRequest(timesBefore, processTimes(pids), result.requests),
  };
}

/**
 * One contender's turn: start its server (HTTP contenders), probe and warm every operation, measure
 * every concurrency and operation, stop the server. Only Neo4j and the load generator run beside it.
 */
async function contenderPhase(
  ctx: Context,
  contender: Contender,
  run: number,
): Promise<{ phase: ContenderPhase; cells: Map<string, ContenderResult> }> {
  const { options, log } = ctx;
  const cells = new Map<string, ContenderResult>();
  const started = new Date();
  const phase: ContenderPhase = {
    contender,
    started: started.toISOString(),
    seconds: 0,
    loadBefore: loadAverages(),
    loadAfter: [],
    peakRssMb: null,
  };
  const skipAll = (reason: string) => {
    phase.skipped = reason;
    for (const c of options.concurrency) for (const name of options.operations) cells.set(`${c}:${name}`, { skipped: reason });
    log(`run ${run}: skipping ${contender}: ${reason}`);
  };
  const finish = () => {
    phase.loadAfter = loadAverages();
    phase.seconds = Math.round((Date.now() - started.getTime()) / 100) / 10;
    return { phase, cells };
  };

  let server: ServerHandle | null = null;
  const skipped = new Map<OperationName, string>();
  const bodies = new Map<OperationName, string[]>();
  if (isHttp(contender)) {
    if (contender === 'neo4jGraphql' && !ctx.apoc) {
      skipAll('APOC is not loaded in this Neo4j');
      return finish();
    }
    // Every request body first, before the server starts: building them is CPU work (16,384 per
    // operation; the library's search and facts capture the service's parameters for each) that must
    // neither run beside the server being measured nor sit between two of its requests.
    const building = Date.now();
    for (const name of options.operations) {
      try {
        bodies.set(name, await bodiesFor(ctx, name, contender));
      } catch (error) {
        skipped.set(name, firstLine(error));
      }
    }
    const built = (Date.now() - building) / 1000;
    if (built > 1) log(`run ${run}: ${contender}: request bodies built in ${built.toFixed(1)} s`);
    try {
      server = await startServer(contender, ctx.uri);
    } catch (error) {
      skipAll(`server did not start: ${firstLine(error)}`);
      return finish();
    }
  }
  log(
    `run ${run}: ${contender}${server ? ` (server pid ${server.child.pid})` : ' (driver calls in this process)'}, load ${phase.loadBefore.join(' ')}`,
  );
  try {
    // Probe: three requests per operation; an operation whose probe fails is skipped with the reason.
    const callers = new Map<OperationName, Go>();
    for (const name of options.operations) {
      const op = OPERATIONS[name];
      const list = ctx.args.get(name)!;
      if (skipped.has(name)) continue;
      try {
        if (!server) {
          if (!op.raw) throw new Error('no raw Cypher entry for this operation yet');
          const raw = op.raw;
          for (const a of list.slice(0, 3)) await raw(ctx.db, a);
          let i = 0;
          const call = () => raw(ctx.db, list[i++ % list.length]!);
          callers.set(name, (plan) => rawLoad(call, plan));
        } else {
          const sent = bodies.get(name)!;
          for (const body of sent.slice(0, 3)) {
            const problem = graphqlErrors(await probe(server.url, body));
            if (problem) throw new Error(problem);
          }
          let b = 0;
          const url = server.url;
          callers.set(name, (plan) => httpLoad(url, () => sent[b++ % sent.length]!, plan));
        }
      } catch (error) {
        // A network failure because the server went away says so, with its exit and last stderr lines.
        const exit = server?.exited();
        const reason = exit ? describeExit(server!.kind, exit, server!.stderrTail()) : firstLine(error);
        skipped.set(name, reason);
        log(`run ${run}: skipping ${name} for ${contender}: ${reason}`);
      }
    }

    // JIT and query-plan caches: every operation once at the middle concurrency before measuring.
    if (!options.requests && options.warmupS > 0) {
      const middle = options.concurrency[Math.floor(options.concurrency.length / 2)] ?? 8;
      for (const go of callers.values()) await go({ connections: middle, durationS: options.warmupS * 2 });
    }

    for (const connections of options.concurrency) {
      for (const name of options.operations) {
        const key = `${connections}:${name}`;
        const go = callers.get(name);
        const exit = server?.exited();
        if (exit) {
          cells.set(key, { skipped: describeExit(server!.kind, exit, server!.stderrTail()) });
          continue;
        }
        if (!go) {
          cells.set(key, { skipped: skipped.get(name) ?? 'not run' });
          continue;
        }
        const warm: LoadPlan | null = options.requests
          ? { connections, amount: Math.max(connections, options.requests) }
          : options.warmupS > 0
            ? { connections, durationS: options.warmupS }
            : null;
        const plan: LoadPlan = options.requests ? { connections, amount: options.requests } : { connections, durationS: options.durationS };
        // The response cache's counters are read after the warm-up, so the rate is the measured requests'.
        const cache: { before?: { hits: number; misses: number } } = {};
        const url = contender === 'ours' ? server?.url : undefined;
        const pids = { server: server?.child.pid, neo4j: ctx.neo4jPid };
        // The previous measurement's requests still running in Neo4j finish (or are stopped) first.
        noteDrain(await drainDatabase(ctx.db, DRAIN_GRACE_MS), phase, log, `before c=${connections} ${name}`);
        const result = await measure(go, warm, plan, pids, url ? async () => void (cache.before = await cacheCounters(url)) : undefined);
        const cacheBefore = cache.before;
        if (cacheBefore && url) {
          const after = await cacheCounters(url);
          const looked = after.hits - cacheBefore.hits + (after.misses - cacheBefore.misses);
          result.cacheHitRate = looked > 0 ? Math.round(((after.hits - cacheBefore.hits) / looked) * 100) / 100 : null;
        }
        if (server && !server.exited()) result.peakRssMb = (await server.memory()).peakRssMb;
        cells.set(key, result);
        log(
          `run ${run} c=${connections} ${name.padEnd(17)} ${contender.padEnd(12)} p50 ${result.p50 ?? '-'} ms, p99 ${result.p99 ?? '-'} ms, ` +
            `${result.rps} req/s, ${result.requests} requests${result.errors ? `, ${result.errors} errors` : ''}` +
            (result.cacheHitRate !== undefined
              ? `, cache hits ${result.cacheHitRate === null ? '-' : `${Math.round(result.cacheHitRate * 100)}%`}`
              : '') +
            `, CPU ms/request server ${result.cpuMsPerRequest?.server ?? '-'} neo4j ${result.cpuMsPerRequest?.neo4j ?? '-'} load generator ${result.cpuMsPerRequest?.loadGenerator ?? '-'}` +
            `, load ${result.loadBefore} → ${result.loadAfter}, CPU busy ${result.machineCpuBusy === null ? '-' : `${Math.round(result.machineCpuBusy * 100)}%`}`,
        );
      }
    }
    if (server && !server.exited()) phase.peakRssMb = (await server.memory()).peakRssMb;
  } finally {
    await server?.stop();
    // Its server is gone, so nobody reads what its queries still running would answer.
    noteDrain(await drainDatabase(ctx.db, 0), phase, log, `after ${contender}'s server stopped`);
  }
  return finish();
}

/** How long a measurement waits for the previous one's queries before terminating them. */
const DRAIN_GRACE_MS = 30000;

function noteDrain(drained: Drained, phase: ContenderPhase, log: (line: string) => void, when: string): void {
  phase.terminatedTransactions = (phase.terminatedTransactions ?? 0) + drained.terminated;
  phase.drainWaitMs = (phase.drainWaitMs ?? 0) + drained.waitedMs;
  if (drained.terminated > 0 || drained.waitedMs > 1000)
    log(
      `${phase.contender}: ${when}: waited ${(drained.waitedMs / 1000).toFixed(1)} s for earlier queries, terminated ${drained.terminated}`,
    );
}

function ratiosAt(operations: Record<string, OperationResults>): Ratios {
  const ratios: Ratios = {};
  for (const [name, row] of Object.entries(operations)) {
    const overRaw = (r: ContenderResult) => (isMeasured(r) && isMeasured(row.raw) ? ratio(r.p50, row.raw.p50) : null);
    const overLibrary = (r: ContenderResult) => (isMeasured(r) && isMeasured(row.neo4jGraphql) ? ratio(r.rps, row.neo4jGraphql.rps) : null);
    ratios[name] = {
      oursOverRawP50: overRaw(row.ours),
      oursOverNeo4jGraphqlRps: overLibrary(row.ours),
      oursNoCacheOverRawP50: overRaw(row.oursNoCache),
      oursNoCacheOverNeo4jGraphqlRps: overLibrary(row.oursNoCache),
    };
  }
  return ratios;
}

/** One run: every contender in turn. */
async function oneRun(ctx: Context, run: number, reported: number): Promise<RunResults> {
  const started = new Date();
  const byConcurrency: ByConcurrency = {};
  for (const c of ctx.options.concurrency) {
    byConcurrency[String(c)] = Object.fromEntries(ctx.options.operations.map((name) => [name, {} as OperationResults]));
  }
  const phases: ContenderPhase[] = [];
  for (const contender of CONTENDERS.filter((c) => ctx.options.contenders.includes(c))) {
    const { phase, cells } = await contenderPhase(ctx, contender, run);
    phases.push(phase);
    for (const [key, cell] of cells) {
      const [c, name] = key.split(':') as [string, string];
      byConcurrency[c]![name]![contender] = cell;
    }
  }
  return {
    run,
    started: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    byConcurrency,
    ratios: ratiosAt(byConcurrency[String(reported)] ?? {}),
    phases,
  };
}

const spreadPct = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return null;
  const min = Math.min(...present);
  return min > 0 ? Math.round(((Math.max(...present) - min) / min) * 1000) / 10 : null;
};

/** Per concurrency, operation and contender: each run's p50, p99 and rps, and (max - min) / min in percent. */
export function spreadOf(runs: RunResults[]): BenchResults['spread'] {
  if (runs.length < 2) return {};
  const spread: BenchResults['spread'] = {};
  for (const [c, ops] of Object.entries(runs[0]!.byConcurrency)) {
    spread[c] = {};
    for (const name of Object.keys(ops)) {
      spread[c][name] = {};
      for (const contender of CONTENDERS) {
        const cells = runs.map((r) => r.byConcurrency[c]?.[name]?.[contender]);
        if (!cells.some(isMeasured)) continue;
        const pick = (f: 'p50' | 'p99' | 'rps') => cells.map((cell) => (isMeasured(cell) && cell.requests > 0 ? cell[f] : null));
        const s: Spread = { p50: pick('p50'), p99: pick('p99'), rps: pick('rps'), p50Pct: null, p99Pct: null, rpsPct: null };
        s.p50Pct = spreadPct(s.p50);
        s.p99Pct = spreadPct(s.p99);
        s.rpsPct = spreadPct(s.rps);
        spread[c][name][contender] = s;
      }
    }
  }
  return spread;
}

export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResults> {
  const options: BenchOptions = { ...DEFAULTS, ...partial };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a whole number, 1 or more');
  const cleanups: (() => Promise<void>)[] = [];
  try {
    // 0. The servers run compiled, as deployed (bench/build.ts).
    buildCompiled(log);
    // 1. Neo4j.
    let uri = options.neo4jUri === null ? undefined : (options.neo4jUri ?? process.env.NEO4J_URI);
    // A Neo4j behind NEO4J_URI that runs on this machine can name its process (NEO4J_PID) for its CPU per request.
    let neo4jPid: number | undefined = uri && process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : undefined;
    const importMethod = options.skipImport ? null : resolveImportMethod(options.importMethod, uri, options.size);
    let offline: OfflineImport | null = null;
    if (!uri) {
      const dataDir = join('data', 'bench', `neo4j-${options.size}-${process.pid}`);
      rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
      // The offline importer writes the store files, so it runs before Neo4j starts on them.
      if (importMethod === 'admin') {
        offline = await importOffline(new SyntheticGraph(options.size), dataDir, { log, progress: options.progress ?? true });
      }
      const big = options.size === 'hetionet';
      const heap = options.heap ?? process.env.NEO4J_HEAP ?? (big ? '4g' : '1g');
      const pagecache = options.pagecache ?? process.env.NEO4J_PAGECACHE ?? (big ? '2g' : '512m');
      log(`Starting an embedded Neo4j with APOC (heap ${heap}, page cache ${pagecache}) in ${dataDir}...`);
      const embedded = await startBenchNeo4j({ dataDir, heap, pagecache, apoc: true, log });
      uri = embedded.uri;
      neo4jPid = embedded.pid;
      cleanups.push(async () => {
        await embedded.stop();
        if (!options.keepData) rmSync(join(PROJECT_DIR, dataDir), { recursive: true, force: true });
      });
    }
    const db = new Database({
      uri,
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE,
      maxPoolSize: 50,
      connectTimeoutMs: 5000,
      queryTimeoutMs: 60000,
    });
    cleanups.push(() => db.close());
    await db.waitUntilReachable(60000);
    const apoc = await db
      .read<{ version: string }>('RETURN apoc.version() AS version')
      .then((rows) => rows[0] ?? null)
      .catch(() => null);
    log(`APOC: ${apoc?.version ?? 'not loaded (@neo4j/graphql will be skipped)'}`);

    // 2. The graph.
    let imported: ImportResult | null = null;
    if (!options.skipImport) {
      imported = offline
        ? await finishOfflineImport(db, offline, { log })
        : await importGraph(db, new SyntheticGraph(options.size), {
            clear: true,
            log,
            neo4jPid,
            progress: options.progress ?? true,
          });
      log(
        `Imported ${imported.nodes.toLocaleString('en')} nodes and ${imported.relationships.toLocaleString('en')} relationships in ${imported.seconds.toFixed(1)} s: ` +
          `${imported.relationshipsPerSecond.toLocaleString('en')} relationships/s overall, ${imported.relationshipPhasePerSecond.toLocaleString('en')}/s while writing relationships.`,
      );
      await refreshAllRankings(db, log);
      // Index statistics as the load left them (the rankings' index was sampled empty): without a resample,
      // the first contender ran on plans made for an empty :RelatedRanking (stored-ranking lookups scanned
      // every ranking, 248 ms of Neo4j CPU per request at hetionet) until Neo4j replanned on its own.
      await db.read('CALL db.prepareForReplanning()');
      log('Index statistics resampled and query caches cleared (db.prepareForReplanning).');
    }
    const pool = await SamplePool.load(db);

    // 3. The runs: every contender in turn, its server up only during its own measurements.
    const ctx: Context = {
      options,
      db,
      uri,
      apoc: Boolean(apoc?.version),
      args: new Map(options.operations.map((name) => [name, sampleArgs(OPERATIONS[name], pool, SAMPLES)])),
      bodies: new Map(),
      neo4jPid,
      log,
    };
    const reported = options.concurrency.includes(8) ? 8 : options.concurrency[Math.floor(options.concurrency.length / 2)]!;
    // The database's own warm-up (page cache, query plans, the JVM's JIT), through the driver before the
    // first run, so that whichever contender is measured first does not pay for it: in a trial at
    // `small` with a 0.3 s warm-up and without this, raw (measured first) had c=8 p50s 2 to 18 times
    // those of its second run (on a loaded machine, so not all of it was cold caches).
    if (!options.requests && options.warmupS > 0) {
      const middle = options.concurrency[Math.floor(options.concurrency.length / 2)] ?? 8;
      log(`Warming up the database: every operation through the driver (${options.warmupS * 2} s each at c=${middle})...`);
      for (const name of options.operations) {
        const raw = OPERATIONS[name].raw;
        const list = ctx.args.get(name)!;
        let i = 0;
        if (raw) await rawLoad(() => raw(db, list[i++ % list.length]!), { connections: middle, durationS: options.warmupS * 2 });
      }
    }
    const loadAverageBefore = loadAverages();
    const runs: RunResults[] = [];
    for (let run = 1; run <= options.runs; run++) runs.push(await oneRun(ctx, run, reported));

    // 4. Results, targets, tables.
    const peakOf = (contenders: Contender[]) => {
      const peaks = runs.map((r) => {
        const values = r.phases.filter((p) => contenders.includes(p.contender) && p.peakRssMb !== null).map((p) => p.peakRssMb!);
        return values.length ? Math.max(...values) : null;
      });
      return { peaks, max: peaks.some((p) => p !== null) ? Math.max(...peaks.filter((p): p is number => p !== null)) : null };
    };
    const service = peakOf(['ours', 'oursNoCache']);
    const first = runs[0]!;
    const results: BenchResults = {
      size: options.size,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round((os.totalmem() / 1073741824) * 10) / 10,
        node: process.version,
        date: new Date().toISOString(),
        loadAverage: loadAverages(),
        loadAverageBefore,
      },
      importRate: imported?.relationshipsPerSecond ?? null,
      import: imported,
      peakRssMb: service.max,
      peakRssMbNeo4jGraphql: peakOf(['neo4jGraphql']).max,
      concurrency: reported,
      durationS: options.requests ? null : options.durationS,
      requests: options.requests ?? null,
      runs,
      operations: first.byConcurrency[String(reported)] ?? {},
      byConcurrency: first.byConcurrency,
      ratios: first.ratios,
      spread: spreadOf(runs),
      targets: readTargets({
        size: options.size,
        runs,
        serviceRssMb: service.peaks,
        concurrency: options.concurrency,
        importRate: imported?.relationshipsPerSecond ?? null,
        operations: options.operations,
      }),
    };
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    if (options.print ?? true) log(`\n${markdown(results)}`);
    log(`\nResults written to ${options.out}`);
    return results;
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
    }
  }
}

// ------------------------------------------------------------------ CLI

export function parseArgs(argv: string[]): Partial<BenchOptions> {
  const options: Partial<BenchOptions> = argv.includes('--quick') ? { ...QUICK } : {};
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = value('size');
  if (size) {
    if (!SIZE_NAMES.includes(size as SizeName)) throw new Error(`--size must be one of ${SIZE_NAMES.join(', ')}`);
    options.size = size as SizeName;
  }
  if (value('runs')) options.runs = Number(value('runs'));
  if (value('duration')) options.durationS = Number(value('duration'));
  if (value('warmup')) options.warmupS = Number(value('warmup'));
  if (value('requests')) options.requests = Number(value('requests'));
  if (value('concurrency')) options.concurrency = value('concurrency')!.split(',').map(Number);
  if (value('ops')) {
    const ops = value('ops')!.split(',');
    const unknown = ops.filter((op) => !(OPERATION_NAMES as readonly string[]).includes(op));
    if (unknown.length) throw new Error(`--ops: unknown ${unknown.join(', ')} (known: ${OPERATION_NAMES.join(', ')})`);
    options.operations = ops as OperationName[];
  }
  if (value('contenders')) {
    const contenders = value('contenders')!.split(',');
    const unknown = contenders.filter((c) => !(CONTENDERS as readonly string[]).includes(c));
    if (unknown.length) throw new Error(`--contenders: unknown ${unknown.join(', ')} (known: ${CONTENDERS.join(', ')})`);
    options.contenders = contenders as Contender[];
  }
  if (value('out')) options.out = value('out')!;
  if (value('heap')) options.heap = value('heap')!;
  if (value('pagecache')) options.pagecache = value('pagecache')!;
  if (argv.includes('--skip-import')) options.skipImport = true;
  if (argv.includes('--keep-data')) options.keepData = true;
  if (value('import')) options.importMethod = value('import') as ImportMethod;
  return options;
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  if (argv.includes('--sizes')) {
    process.stderr.write('Several sizes are the cost curves: npm run bench:curves -- --sizes small,medium,hetionet [other bench flags]\n');
    process.exit(2);
  }
  runBench(parseArgs(argv)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
