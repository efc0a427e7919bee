/**
 * The cost-curve chart: p50 and p99 latency against graph size, one panel per operation, one line per
 * contender (p50 solid, p99 dashed), each run a dot, the operation's p99 target of issue 12 as a grey
 * rule. Drawn by Vega-Lite (a declarative grammar compiled to Vega) and rendered headless to SVG by
 * Vega's own scenegraph renderer: no browser, no canvas.
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { OPERATION_NAMES, type OperationName } from './workload';

/** One measured point: an operation by a contender at a size, one run, one percentile. */
export type CurvePoint = {
  operation: string;
  contender: string;
  size: string;
  relationships: number;
  run: number;
  percentile: 'p50' | 'p99';
  ms: number;
};

type Row = (CurvePoint & { kind: 'measured' }) | { kind: 'target'; operation: string; ms: number };

export function costCurveSpec(points: CurvePoint[], p99Targets: Partial<Record<OperationName, number>>, subtitle: string): TopLevelSpec {
  const operations = OPERATION_NAMES.filter((op) => points.some((p) => p.operation === op));
  const rows: Row[] = [
    // Log scales cannot show zero: a measurement too fast to register is left out rather than faked.
    ...points.filter((p) => p.ms > 0).map((p) => ({ ...p, kind: 'measured' as const })),
    ...operations.flatMap((op) => (p99Targets[op] === undefined ? [] : [{ kind: 'target' as const, operation: op, ms: p99Targets[op]! }])),
  ];
  const x = { field: 'relationships', type: 'quantitative', scale: { type: 'log' }, title: 'relationships in the graph' } as const;
  const y = { field: 'ms', type: 'quantitative', scale: { type: 'log' }, title: 'latency, ms' } as const;
  const colour = { field: 'contender', type: 'nominal', sort: ['raw', 'ours', 'oursNoCache', 'neo4jGraphql'], title: 'contender' } as const;
  const dash = { field: 'percentile', type: 'nominal', sort: ['p50', 'p99'], title: 'percentile' } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: 'Latency against graph size', subtitle },
    data: { values: rows },
    facet: { field: 'operation', type: 'nominal', sort: operations, title: null },
    columns: 3,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 260,
      height: 180,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'measured'" }],
          mark: { type: 'line', strokeWidth: 1.5 },
          encoding: { x, y: { ...y, aggregate: 'mean' }, color: colour, strokeDash: dash },
        },
        {
          transform: [{ filter: "datum.kind === 'measured'" }],
          mark: { type: 'point', filled: true, size: 18, opacity: 0.7 },
          encoding: { x, y, color: colour, shape: dash },
        },
        {
          transform: [{ filter: "datum.kind === 'target'" }],
          mark: { type: 'rule', color: '#888', strokeDash: [2, 3] },
          encoding: { y },
        },
      ],
    },
    config: { font: 'sans-serif', background: 'white' },
  };
}

/** The chart as a standalone SVG document. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
