/**
 * Renders a results file as Markdown (for bench/README.md or a pull request; the benchmark prints the
 * same on stderr at the end of a run):
 *   npm run bench:report -- bench/results/latest.json
 * Per run: the contenders' phases (load averages, peak RSS), then per concurrency the p50 / p99 /
 * requests per second of every contender; then the spread between runs and the targets of issue 12.
 */
import { readFileSync } from 'node:fs';
import { isMeasured, type BenchResults, type ContenderResult, type OperationResults, type RunResults } from './results';
import { describe } from './targets';
import { CONTENDERS } from './workload';

const cell = (r: ContenderResult | undefined) =>
  !r
    ? '-'
    : 'skipped' in r
      ? 'skipped'
      : r.requests === 0
        ? 'none completed'
        : `${r.p50} / ${r.p99} / ${r.rps}${r.cacheHitRate != null ? `, ${Math.round(r.cacheHitRate * 100)}% hits` : ''}${r.errors ? ` (${r.errors} err)` : ''}`;

const ratioCell = (a: number | null | undefined, b: number | null | undefined) => (a != null && b ? (a / b).toFixed(2) : '-');

function concurrencyTable(c: string, ops: Record<string, OperationResults>): string[] {
  const lines = [
    '',
    `Concurrency ${c} (p50 ms / p99 ms / requests per second; \`ours\`: share answered by its response cache):`,
    '',
    `| operation | ${CONTENDERS.join(' | ')} | noCache/raw p50 | noCache/lib rps | ours/lib rps |`,
    `|---|${CONTENDERS.map(() => '---').join('|')}|---|---|---|`,
  ];
  for (const [op, row] of Object.entries(ops)) {
    const m = (r: ContenderResult | undefined) => (isMeasured(r) && r.requests > 0 ? r : null);
    lines.push(
      `| ${op} | ${CONTENDERS.map((k) => cell(row[k])).join(' | ')} | ${ratioCell(m(row.oursNoCache)?.p50, m(row.raw)?.p50)} | ` +
        `${ratioCell(m(row.oursNoCache)?.rps, m(row.neo4jGraphql)?.rps)} | ${ratioCell(m(row.ours)?.rps, m(row.neo4jGraphql)?.rps)} |`,
    );
  }
  return lines;
}

/** Load average (1 min) before → after each measurement and the CPU busy share during it, at one concurrency. */
function machineTable(c: string, ops: Record<string, OperationResults>): string[] {
  const lines = [
    '',
    `Machine during each measurement at c=${c} (1-minute load average before → after; CPU busy share of both cores during it):`,
    '',
    `| operation | ${CONTENDERS.join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---').join('|')}|`,
  ];
  for (const [op, row] of Object.entries(ops)) {
    const text = (r: ContenderResult | undefined) =>
      isMeasured(r)
        ? `${r.loadBefore} → ${r.loadAfter}${r.machineCpuBusy === null ? '' : `, ${Math.round(r.machineCpuBusy * 100)}%`}`
        : '-';
    lines.push(`| ${op} | ${CONTENDERS.map((k) => text(row[k])).join(' | ')} |`);
  }
  return lines;
}

/**
 * CPU milliseconds per request by process at one concurrency: server / Neo4j / load generator. With both
 * cores busy, their sum bounds the throughput (2 cores / sum) and so, by Little's law, the latency at c.
 */
function cpuTable(c: string, ops: Record<string, OperationResults>): string[] {
  const lines = [
    '',
    `CPU ms per request at c=${c}, by process (server / Neo4j / load generator; raw's driver calls run in the load generator):`,
    '',
    `| operation | ${CONTENDERS.join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---').join('|')}|`,
  ];
  for (const [op, row] of Object.entries(ops)) {
    const text = (r: ContenderResult | undefined) => {
      const cpu = isMeasured(r) ? r.cpuMsPerRequest : undefined;
      return cpu ? `${cpu.server ?? '-'} / ${cpu.neo4j ?? '-'} / ${cpu.loadGenerator}` : '-';
    };
    lines.push(`| ${op} | ${CONTENDERS.map((k) => text(row[k])).join(' | ')} |`);
  }
  return lines;
}

function runSection(run: RunResults, reported: number, many: boolean): string[] {
  const lines: string[] = [];
  if (many) lines.push('', `### Run ${run.run} (${run.started}, ${run.seconds} s)`);
  lines.push('', '| contender | seconds | load average before → after (1 / 5 / 15 min) | peak RSS MB |', '|---|---|---|---|');
  for (const p of run.phases) {
    lines.push(
      `| ${p.contender} | ${p.seconds} | ${p.loadBefore.join(' / ')} → ${p.loadAfter.join(' / ')} | ${p.peakRssMb ?? '-'}${p.skipped ? ` (skipped: ${p.skipped})` : ''} |`,
    );
  }
  for (const [c, ops] of Object.entries(run.byConcurrency)) lines.push(...concurrencyTable(c, ops));
  const atReported = run.byConcurrency[String(reported)];
  if (atReported) lines.push(...machineTable(String(reported), atReported), ...cpuTable(String(reported), atReported));
  return lines;
}

function spreadSection(results: BenchResults): string[] {
  const c = String(results.concurrency);
  const ops = results.spread[c];
  if (!ops) return [];
  const lines = [
    '',
    `Spread between the ${results.runs.length} runs at c=${c}: (max - min) / min of p50, p99 and requests per second, in percent:`,
    '',
    `| operation | ${CONTENDERS.join(' | ')} |`,
    `|---|${CONTENDERS.map(() => '---').join('|')}|`,
  ];
  for (const [op, row] of Object.entries(ops)) {
    const text = (k: (typeof CONTENDERS)[number]) => {
      const s = row[k];
      return s ? `${s.p50Pct ?? '-'} / ${s.p99Pct ?? '-'} / ${s.rpsPct ?? '-'}` : '-';
    };
    lines.push(`| ${op} | ${CONTENDERS.map(text).join(' | ')} |`);
  }
  return lines;
}

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  const runs = results.runs ?? [];
  lines.push(
    `Size \`${results.size}\`, ${m.date}, ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}; ` +
      `${runs.length} run${runs.length === 1 ? '' : 's'} of ${results.requests ? `${results.requests} requests` : `${results.durationS} s`} per measurement, ` +
      `one contender at a time; load average ${m.loadAverageBefore?.join(' / ') ?? '-'} before the first measurement, ${m.loadAverage.join(' / ')} at the end.`,
  );
  if (results.import) {
    const i = results.import;
    lines.push(
      '',
      `Import (${i.method}): ${i.nodes.toLocaleString('en')} nodes, ${i.relationships.toLocaleString('en')} relationships in ${i.seconds.toFixed(1)} s: ` +
        `**${i.relationshipsPerSecond.toLocaleString('en')} relationships/s** overall, ${i.relationshipPhasePerSecond.toLocaleString('en')}/s while writing relationships` +
        (i.neo4jCpu
          ? `; Neo4j used ${i.neo4jCpu.per100kRelationships} CPU s per 100k relationships (${i.neo4jCpu.relationshipsPerCpuSecond.toLocaleString('en')} per CPU second).`
          : '.'),
    );
  }
  lines.push(
    '',
    `Service peak RSS: **${results.peakRssMb ?? '-'} MB** (@neo4j/graphql server: ${results.peakRssMbNeo4jGraphql ?? '-'} MB).`,
  );
  for (const run of runs) lines.push(...runSection(run, results.concurrency, runs.length > 1));
  lines.push(...spreadSection(results));
  for (const run of runs) {
    for (const [c, ops] of Object.entries(run.byConcurrency)) {
      for (const [op, row] of Object.entries(ops)) {
        for (const k of CONTENDERS) {
          const r = row[k];
          if (r && 'skipped' in r) lines.push(`- run ${run.run}, c=${c}, ${op}, ${k} skipped: ${r.skipped}`);
        }
      }
    }
  }
  lines.push(
    '',
    'Targets (issue 12: hetionet, c=8, response cache off; the worst run decides):',
    '',
    '| target | limit | verdict |',
    '|---|---|---|',
  );
  for (const t of results.targets)
    lines.push(`| ${t.target} | ${t.comparator} ${t.threshold}${t.unit === 'x' ? 'x' : ` ${t.unit}`} | ${describe(t)} |`);
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2] ?? 'bench/results/latest.json';
  process.stdout.write(`${markdown(JSON.parse(readFileSync(file, 'utf8')) as BenchResults)}\n`);
}
