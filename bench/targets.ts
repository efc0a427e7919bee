/**
 * The targets of issue 12 ("Traversal that stays instant at Hetionet scale"), read from the runs of
 * one benchmark: each one met, or missed by how much. They are set for the `hetionet` size, c=8 and
 * the response cache OFF (`oursNoCache`: the cache is a bonus, not the result); at another size they
 * are still read out, with a note saying so. With several runs the worst run decides.
 */
import type { SizeName } from './generate';
import { isMeasured, type Comparator, type RunResults, type TargetReading } from './results';
import type { Contender, OperationName } from './workload';

/** p99 limits at c=8 with the cache off, ms. */
export const P99_TARGETS_MS: Record<OperationName, number> = {
  relatedConditions: 20,
  paths: 300,
  neighborhood: 300,
  search: 50,
  facts: 100,
  entityPage: 100,
};
export const SEARCH_P50_C1_MS = 10;
export const THROUGHPUT_OVER_LIBRARY = 2;
/** ours/raw p50 where both run the same Cypher: every operation, as `raw` calls the service's own repository functions. */
export const OURS_OVER_RAW_P50 = 1.1;
export const SERVICE_RSS_MB = 200;
/** From the earlier benchmark issue, still measured. */
export const IMPORT_RATE = 100000;
export const TARGET_SIZE: SizeName = 'hetionet';
export const TARGET_CONCURRENCY = 8;
/** The contender the latency and ratio targets are read on: this service with its response cache off. */
export const TARGET_CONTENDER: Contender = 'oursNoCache';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A reading from per-run values: the worst run against the threshold. */
export function reading(
  name: string,
  target: string,
  comparator: Comparator,
  threshold: number,
  unit: TargetReading['unit'],
  values: (number | null)[],
  note?: string,
): TargetReading {
  const present = values.filter((v): v is number => v !== null);
  const value = present.length === 0 ? null : comparator === '<=' ? Math.max(...present) : Math.min(...present);
  const met = value === null ? null : comparator === '<=' ? value <= threshold : value >= threshold;
  const missedBy = value === null ? null : met ? 0 : round(Math.abs(value - threshold));
  const missedFactor =
    value === null || met
      ? value === null
        ? null
        : 1
      : comparator === '<='
        ? round(value / threshold)
        : value > 0
          ? round(threshold / value)
          : null;
  return { name, target, comparator, threshold, unit, values, value, met, missedBy, missedFactor, ...(note ? { note } : {}) };
}

const fmt = (n: number, unit: TargetReading['unit']) =>
  unit === 'x' ? `${n}x` : `${n.toLocaleString('en', { maximumFractionDigits: 2 })}${unit === '/s' ? '/s' : ` ${unit}`}`;

/** "met (12 ms; runs 11 ms, 12 ms)" or "MISSED by 1,581 ms (80x the limit; runs 1,601 ms, 1,544 ms)". */
export function describe(t: TargetReading): string {
  const runs = t.values.length > 1 ? `; runs ${t.values.map((v) => (v === null ? '-' : fmt(v, t.unit))).join(', ')}` : '';
  const note = t.note ? ` [${t.note}]` : '';
  if (t.value === null || t.met === null) return `not measured${note}`;
  if (t.met) return `met: ${fmt(t.value, t.unit)}${runs}${note}`;
  const factor = t.missedFactor === null ? '' : t.comparator === '<=' ? `, ${t.missedFactor}x the limit` : `, ${t.missedFactor}x short`;
  return `MISSED by ${fmt(t.missedBy!, t.unit)} (${fmt(t.value, t.unit)} against ${t.comparator} ${fmt(t.threshold, t.unit)}${factor}${runs})${note}`;
}

type Inputs = {
  size: SizeName;
  runs: RunResults[];
  /** Peak RSS of the service (both variants) per run, MB, and whether c=32 was among the levels. */
  serviceRssMb: (number | null)[];
  concurrency: number[];
  importRate: number | null;
  operations: readonly OperationName[];
};

/** Every target of issue 12 (plus the import rate of the earlier issue), read from the runs. */
export function readTargets(input: Inputs): TargetReading[] {
  const sizeNote = input.size === TARGET_SIZE ? undefined : `size ${input.size}: the targets are set for ${TARGET_SIZE}`;
  const at = (c: number) => (input.concurrency.includes(c) ? undefined : `c=${c} was not measured`);
  const cell = (run: RunResults, c: number, op: string, contender: Contender) => {
    const r = run.byConcurrency[String(c)]?.[op]?.[contender];
    return isMeasured(r) && r.requests > 0 ? r : null;
  };
  const notes = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ') || undefined;
  const c8 = TARGET_CONCURRENCY;
  const out: TargetReading[] = [];
  for (const op of input.operations) {
    const limit = P99_TARGETS_MS[op];
    out.push(
      reading(
        `${op}.p99`,
        `${op} p99 at c=${c8}, cache off`,
        '<=',
        limit,
        'ms',
        input.runs.map((run) => cell(run, c8, op, TARGET_CONTENDER)?.p99 ?? null),
        notes(sizeNote, at(c8)),
      ),
    );
  }
  if (input.operations.includes('search')) {
    out.push(
      reading(
        'search.p50.c1',
        'search p50 at c=1, cache off',
        '<=',
        SEARCH_P50_C1_MS,
        'ms',
        input.runs.map((run) => cell(run, 1, 'search', TARGET_CONTENDER)?.p50 ?? null),
        notes(sizeNote, at(1)),
      ),
    );
  }
  for (const op of input.operations) {
    out.push(
      reading(
        `${op}.rpsOverLibrary`,
        `${op} throughput over @neo4j/graphql at c=${c8}, cache off`,
        '>=',
        THROUGHPUT_OVER_LIBRARY,
        'x',
        input.runs.map((run) => {
          const ours = cell(run, c8, op, TARGET_CONTENDER);
          const lib = cell(run, c8, op, 'neo4jGraphql');
          return ours && lib && lib.rps > 0 ? round(ours.rps / lib.rps) : null;
        }),
        notes(sizeNote, at(c8)),
      ),
    );
  }
  for (const op of input.operations) {
    out.push(
      reading(
        `${op}.p50OverRaw`,
        `${op} p50 ours/raw at c=${c8}, cache off (same Cypher)`,
        '<=',
        OURS_OVER_RAW_P50,
        'x',
        input.runs.map((run) => {
          const ours = cell(run, c8, op, TARGET_CONTENDER);
          const raw = cell(run, c8, op, 'raw');
          return ours?.p50 != null && raw?.p50 ? round(ours.p50 / raw.p50) : null;
        }),
        notes(sizeNote, at(c8)),
      ),
    );
  }
  out.push(
    reading(
      'serviceRss',
      'service peak RSS up to c=32 (both variants)',
      '<=',
      SERVICE_RSS_MB,
      'MB',
      input.concurrency.includes(32) ? input.serviceRssMb : input.serviceRssMb.map(() => null),
      notes(
        sizeNote,
        input.concurrency.includes(32)
          ? undefined
          : `c=32 was not measured (peak at lower concurrency: ${input.serviceRssMb.join(', ')} MB)`,
      ),
    ),
  );
  out.push(
    reading(
      'importRate',
      'import, relationships per second (earlier benchmark issue)',
      '>=',
      IMPORT_RATE,
      '/s',
      [input.importRate],
      notes(sizeNote, input.importRate === null ? 'no import in this run' : undefined),
    ),
  );
  return out;
}
