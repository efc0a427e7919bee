/**
 * The shape of a benchmark results file (bench/results/README.md explains every field), kept apart
 * from bench/run.ts so that the report, the targets and the cost curves can read it without
 * importing the harness.
 */
import type { SizeName } from './generate';
import type { ImportResult } from './importShared';
import type { LoadResult } from './load';
import type { Contender } from './workload';

/** The machine while one measurement ran: load averages (1 min) around it, and its CPU busy share. */
export type MeasurementContext = {
  /** os.loadavg()[0] just before the warm-up of this measurement and just after it. */
  loadBefore: number;
  loadAfter: number;
  /** Share of the machine's CPU time (all cores) that was busy during the measurement, 0-1, from /proc/stat; null elsewhere. */
  machineCpuBusy: number | null;
  /** For the HTTP contenders: their server's peak RSS so far (the kernel's high-water mark), MB. */
  peakRssMb?: number;
  /**
   * CPU milliseconds per measured request spent by each process (user + system, from /proc and
   * process.cpuUsage): where the two cores' time goes. `server` is the contender's API server (null for
   * raw, whose driver calls run in the load generator), `neo4j` null when the benchmark did not start it.
   */
  cpuMsPerRequest?: { server: number | null; neo4j: number | null; loadGenerator: number };
};

/** `cacheHitRate`: for `ours`, the share of the measured requests its response cache answered. */
export type MeasuredResult = LoadResult & MeasurementContext & { cacheHitRate?: number | null };
export type ContenderResult = MeasuredResult | { skipped: string };
export type OperationResults = Record<Contender, ContenderResult>;
/** Concurrency → operation → contender. */
export type ByConcurrency = Record<string, Record<string, OperationResults>>;

export type Ratios = Record<
  string,
  {
    oursOverRawP50: number | null;
    oursOverNeo4jGraphqlRps: number | null;
    oursNoCacheOverRawP50: number | null;
    oursNoCacheOverNeo4jGraphqlRps: number | null;
  }
>;

/** One contender's turn in a run: its server started, every measurement, its server stopped. */
export type ContenderPhase = {
  contender: Contender;
  started: string;
  seconds: number;
  /** 1, 5 and 15 minute load averages when the phase began and ended. */
  loadBefore: number[];
  loadAfter: number[];
  /** Peak RSS of the contender's server process over the phase (null for raw, or when it did not start). */
  peakRssMb: number | null;
  /** Why the whole contender was skipped (server did not start, no APOC). */
  skipped?: string;
  /**
   * Queries of earlier measurements still running in Neo4j before a measurement of this phase (or after its
   * server stopped): how long the harness waited for them in all, and how many it terminated (bench/drain.ts).
   */
  drainWaitMs?: number;
  terminatedTransactions?: number;
};

/** One pass over every contender, operation and concurrency. */
export type RunResults = {
  run: number;
  started: string;
  seconds: number;
  byConcurrency: ByConcurrency;
  ratios: Ratios;
  phases: ContenderPhase[];
};

export type Comparator = '<=' | '>=';

/** One target of issue 12 read from the measurements: met, or missed by how much. */
export type TargetReading = {
  name: string;
  /** What is asked, in words ("search p99 at c=8, cache off"). */
  target: string;
  comparator: Comparator;
  threshold: number;
  unit: 'ms' | 'x' | 'MB' | '/s';
  /** The value of each run (null where that run did not measure it). */
  values: (number | null)[];
  /** The worst of the runs: the highest for a `<=` target, the lowest for a `>=` one. */
  value: number | null;
  met: boolean | null;
  /** How far the worst run is from the threshold, in the target's unit (0 when met), and as a factor. */
  missedBy: number | null;
  missedFactor: number | null;
  /** Why a value is missing, or what qualifies it (a size other than the one the target is set for). */
  note?: string;
};

/** Spread between the runs of one measurement: each run's value and (max - min) / min in percent. */
export type Spread = {
  p50: (number | null)[];
  p99: (number | null)[];
  rps: (number | null)[];
  p50Pct: number | null;
  p99Pct: number | null;
  rpsPct: number | null;
};

export type BenchResults = {
  size: SizeName;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    date: string;
    /** At the end of the whole benchmark. */
    loadAverage: number[];
    /** Before the first measurement (after the import). */
    loadAverageBefore: number[];
  };
  importRate: number | null;
  import: ImportResult | null;
  /** Peak RSS of this service's process over the run (the highest of `ours` and `oursNoCache`, every run), MB. */
  peakRssMb: number | null;
  peakRssMbNeo4jGraphql: number | null;
  /** The concurrency `operations` reports (8 when measured). */
  concurrency: number;
  durationS: number | null;
  requests: number | null;
  /** Every run, in order. `operations`, `byConcurrency` and `ratios` below repeat run 1 for readers of the older format. */
  runs: RunResults[];
  operations: Record<string, OperationResults>;
  byConcurrency: ByConcurrency;
  ratios: Ratios;
  /** Concurrency → operation → contender → spread between the runs (only with two runs or more). */
  spread: Record<string, Record<string, Partial<Record<Contender, Spread>>>>;
  targets: TargetReading[];
};

export const isMeasured = (r: ContenderResult | undefined): r is MeasuredResult => r !== undefined && !('skipped' in r);

export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? Math.round((a / b) * 100) / 100 : null;
