/**
 * Cost curves: the same workload at several graph sizes, each in its own benchmark (fresh Neo4j,
 * import, every contender in turn), then p50 and p99 against graph size per operation as a chart.
 *
 *   npm run bench:curves -- --sizes small,medium,hetionet [--runs 2 --duration 10 ... any bench flag]
 *   npm run bench:curves -- --render        redraw from the per-size files already in the folder
 *   --dir FOLDER                            where the files go (default bench/results/curves)
 *
 * Writes, per size, `<size>.json` (the benchmark's results file), then `curves.json` (every point and
 * the flatness readings), `curves.svg` (the chart, bench/chart.ts) and `curves.md` (the same numbers as
 * tables). Issue 12 asks related conditions and the entity page to stay flat: within 2x from the
 * smallest size to the largest (p50 and p99, cache off, c=8), read out like the other targets.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../src/paths';
import { costCurveSpec, renderSvg, type CurvePoint } from './chart';
import { SIZE_NAMES, type SizeName } from './generate';
import { isMeasured, type BenchResults, type TargetReading } from './results';
import { describe, P99_TARGETS_MS, reading, TARGET_CONCURRENCY, TARGET_CONTENDER } from './targets';
import { parseArgs, runBench } from './run';
import { CONTENDERS } from './workload';

export const CURVES_DIR = join(PROJECT_DIR, 'bench', 'results', 'curves');
/** Issue 12: these two must stay within 2x from small to hetionet. */
export const FLAT_OPERATIONS = ['relatedConditions', 'entityPage'] as const;
export const FLAT_FACTOR = 2;

export type Curves = {
  generated: string;
  concurrency: number;
  sizes: { size: SizeName; relationships: number; nodes: number; date: string; runs: number; loadAverage: number[] }[];
  points: CurvePoint[];
  flatness: TargetReading[];
};

/** Points and flatness readings from per-size results, smallest graph first. */
export function curvesFrom(all: BenchResults[], concurrency = TARGET_CONCURRENCY): Curves {
  const sized = all.filter((r) => r.import !== null).sort((a, b) => a.import!.relationships - b.import!.relationships);
  const points: CurvePoint[] = [];
  for (const r of sized) {
    for (const run of r.runs) {
      for (const [operation, row] of Object.entries(run.byConcurrency[String(concurrency)] ?? {})) {
        for (const contender of CONTENDERS) {
          const cell = row[contender];
          if (!isMeasured(cell) || cell.requests === 0) continue;
          for (const percentile of ['p50', 'p99'] as const) {
            const ms = cell[percentile];
            if (ms !== null)
              points.push({ operation, contender, size: r.size, relationships: r.import!.relationships, run: run.run, percentile, ms });
          }
        }
      }
    }
  }
  const flatness: TargetReading[] = [];
  // The target runs from small to hetionet: a tiny point, when there is one, is drawn but not the baseline.
  const smallest = sized.find((r) => r.size === 'small') ?? sized[0];
  const largest = sized[sized.length - 1];
  for (const op of FLAT_OPERATIONS) {
    for (const percentile of ['p50', 'p99'] as const) {
      const at = (r: BenchResults | undefined, run: number) => {
        const cell = r?.runs.find((x) => x.run === run)?.byConcurrency[String(concurrency)]?.[op]?.[TARGET_CONTENDER];
        return isMeasured(cell) && cell.requests > 0 ? cell[percentile] : null;
      };
      const runs = Math.max(smallest?.runs.length ?? 0, largest?.runs.length ?? 0);
      const values = Array.from({ length: runs }, (_, i) => {
        const low = at(smallest, i + 1);
        const high = at(largest, i + 1);
        return low && high !== null ? Math.round((high / low) * 100) / 100 : null;
      });
      const span = smallest && largest && smallest !== largest ? `${smallest.size} to ${largest.size}` : 'one size only';
      flatness.push(
        reading(
          `${op}.${percentile}.flat`,
          `${op} ${percentile} growth, ${span}, c=${concurrency}, cache off`,
          '<=',
          FLAT_FACTOR,
          'x',
          smallest === largest ? [] : values,
          sized.some((r) => r.size === 'small') && sized.some((r) => r.size === 'hetionet')
            ? undefined
            : 'the target is set from small to hetionet',
        ),
      );
    }
  }
  return {
    generated: new Date().toISOString(),
    concurrency,
    sizes: sized.map((r) => ({
      size: r.size,
      relationships: r.import!.relationships,
      nodes: r.import!.nodes,
      date: r.machine.date,
      runs: r.runs.length,
      loadAverage: r.machine.loadAverage,
    })),
    points,
    flatness,
  };
}

/** The numbers behind the chart as Markdown: per operation and contender, p50 / p99 at each size (mean of the runs). */
export function curvesMarkdown(curves: Curves): string {
  const sizes = curves.sizes;
  const lines = [
    `Cost curves at c=${curves.concurrency} (p50 / p99 ms, mean of the runs), ${sizes.map((s) => `${s.size} ${s.relationships.toLocaleString('en')} relationships (${s.date}, ${s.runs} run${s.runs === 1 ? '' : 's'}, load at the end ${s.loadAverage.join(' / ')})`).join('; ')}.`,
    '',
    `| operation | contender | ${sizes.map((s) => s.size).join(' | ')} |`,
    `|---|---|${sizes.map(() => '---').join('|')}|`,
  ];
  const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);
  const operations = [...new Set(curves.points.map((p) => p.operation))];
  for (const operation of operations) {
    for (const contender of CONTENDERS) {
      const mine = curves.points.filter((p) => p.operation === operation && p.contender === contender);
      if (mine.length === 0) continue;
      const cells = sizes.map((s) => {
        const at = (percentile: 'p50' | 'p99') =>
          mean(mine.filter((p) => p.size === s.size && p.percentile === percentile).map((p) => p.ms));
        return `${at('p50') ?? '-'} / ${at('p99') ?? '-'}`;
      });
      lines.push(`| ${operation} | ${contender} | ${cells.join(' | ')} |`);
    }
  }
  lines.push('', 'Flat curves (issue 12: related conditions and the entity page within 2x from small to hetionet):', '');
  for (const t of curves.flatness) lines.push(`- ${t.target}: ${describe(t)}`);
  return lines.join('\n');
}

/** Writes curves.json, curves.svg and curves.md from the per-size results in `dir`. */
export async function renderCurves(dir: string, sizes: readonly SizeName[] = SIZE_NAMES): Promise<Curves> {
  const all = sizes
    .map((size) => join(dir, `${size}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  if (all.length === 0) throw new Error(`no per-size results (<size>.json) in ${dir}`);
  const curves = curvesFrom(all);
  const subtitle =
    `c=${curves.concurrency}; ${curves.sizes.map((s) => `${s.size} (${s.date.slice(0, 16).replace('T', ' ')} UTC)`).join(', ')}; ` +
    'p50 solid, p99 dashed, dots: each run; grey: the p99 target';
  const svg = await renderSvg(costCurveSpec(curves.points, P99_TARGETS_MS, subtitle));
  writeFileSync(join(dir, 'curves.json'), `${JSON.stringify(curves, null, 2)}\n`);
  writeFileSync(join(dir, 'curves.svg'), svg);
  writeFileSync(join(dir, 'curves.md'), `${curvesMarkdown(curves)}\n`);
  return curves;
}

async function main(argv: string[]): Promise<void> {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = value('dir') ?? CURVES_DIR;
  mkdirSync(dir, { recursive: true });
  const sizes = (value('sizes') ?? 'small,medium,hetionet').split(',') as SizeName[];
  const unknown = sizes.filter((s) => !SIZE_NAMES.includes(s));
  if (unknown.length) throw new Error(`--sizes: unknown ${unknown.join(', ')} (known: ${SIZE_NAMES.join(', ')})`);
  if (!argv.includes('--render')) {
    if (argv.includes('--skip-import')) throw new Error('cost curves need one graph per size: --skip-import cannot be used here');
    // The other flags are the benchmark's own (--runs, --duration, --warmup, --concurrency, --ops, --import...).
    const rest = argv.filter(
      (_, i) =>
        !['--sizes', '--dir', '--size', '--out'].includes(argv[i] ?? '') &&
        !['--sizes', '--dir', '--size', '--out'].includes(argv[i - 1] ?? ''),
    );
    const options = parseArgs(rest);
    for (const size of sizes) {
      process.stderr.write(`\n=== cost curves: size ${size} ===\n`);
      await runBench({ ...options, size, out: join(dir, `${size}.json`) });
    }
  }
  // After running, every size whose results are in the folder is drawn (a hetionet file written by
  // `npm run bench -- --out <dir>/hetionet.json` included); --render --sizes draws only those named.
  const curves = await renderCurves(dir, argv.includes('--render') && value('sizes') ? sizes : SIZE_NAMES);
  process.stderr.write(`\n${curvesMarkdown(curves)}\n\nChart: ${join(dir, 'curves.svg')}\n`);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
