/**
 * Renders a results file as Markdown tables (for bench/README.md or a pull request):
 *   node --import tsx bench/report.ts bench/results/latest.json
 */
import { readFileSync } from 'node:fs';
import type { BenchResults, ContenderResult } from './run';
import { CONTENDERS } from './workload';

const cell = (r: ContenderResult | undefined) =>
  !r
    ? '-'
    : 'skipped' in r
      ? 'skipped'
      : r.requests === 0
        ? 'none completed'
        : `${r.p50} / ${r.p99} / ${r.rps}${r.errors ? ` (${r.errors} err)` : ''}`;

export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(
    `Size \`${results.size}\`, ${m.date}, ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, Node ${m.node}, load average at the end ${m.loadAverage.join(' / ')}.`,
  );
  if (results.import) {
    const i = results.import;
    lines.push(
      '',
      `Import: ${i.nodes.toLocaleString('en')} nodes, ${i.relationships.toLocaleString('en')} relationships in ${i.seconds.toFixed(1)} s: ` +
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
  for (const [c, ops] of Object.entries(results.byConcurrency)) {
    lines.push('', `Concurrency ${c} (p50 ms / p99 ms / requests per second):`, '');
    lines.push(
      `| operation | ${CONTENDERS.join(' | ')} | ours/raw p50 | ours/lib rps |`,
      `|---|${CONTENDERS.map(() => '---').join('|')}|---|---|`,
    );
    for (const [op, row] of Object.entries(ops)) {
      const ours = row.ours;
      const raw = row.raw;
      const lib = row.neo4jGraphql;
      const load = (r: ContenderResult | undefined) => (r && !('skipped' in r) ? r : null);
      const p50 = load(ours)?.p50 && load(raw)?.p50 ? (load(ours)!.p50! / load(raw)!.p50!).toFixed(2) : '-';
      const rps = load(ours) && load(lib)?.rps ? (load(ours)!.rps / load(lib)!.rps).toFixed(2) : '-';
      lines.push(`| ${op} | ${CONTENDERS.map((k) => cell(row[k])).join(' | ')} | ${p50} | ${rps} |`);
    }
  }
  lines.push('', 'Targets:', '');
  for (const t of Object.values(results.targets)) {
    lines.push(`- ${t.target}: ${t.value ?? '-'} (${t.met === null ? 'not measured' : t.met ? 'met' : 'not met'})`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2] ?? 'bench/results/latest.json';
  process.stdout.write(`${markdown(JSON.parse(readFileSync(file, 'utf8')) as BenchResults)}\n`);
}
