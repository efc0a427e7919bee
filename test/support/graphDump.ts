import type { Database } from '../../src/graph/database';

/**
 * Every node with its labels and every property with its Cypher type (a FLOAT is not an INTEGER, an empty
 * list is not a missing property), every relationship with its type, properties and the ids of its ends,
 * sorted, as text: two graphs are the same when their dumps are. Values that differ between two imports of
 * the same input by nature (the :Import record's id and the importId pointing to it, the times) are
 * replaced by a placeholder, so that what points where still counts.
 */
export type GraphDump = { nodes: string[]; relationships: string[]; indexes: string[] };

const PROPS = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
const PLACEHOLDER: Record<string, string> = { importId: '<import>', createdAt: '<at>', updatedAt: '<at>', at: '<at>' };

export async function dumpGraph(db: Database): Promise<GraphDump> {
  const props = (labels: string[], list: [string, string, unknown][]) =>
    [...list]
      .map(([k, t, v]) => {
        if (labels.includes('Import') && k === 'id') return [k, t, '<import>'];
        return k in PLACEHOLDER ? [k, t, PLACEHOLDER[k]] : [k, t, v];
      })
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  const nodes = await db.read<{ labels: string[]; props: [string, string, unknown][] }>(
    `MATCH (n) RETURN labels(n) AS labels, ${PROPS('n')} AS props`,
  );
  const relationships = await db.read<{ from: string; type: string; to: string; props: [string, string, unknown][] }>(
    `MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.conditionId) AS from, type(r) AS type, coalesce(b.id, b.conditionId) AS to, ${PROPS('r')} AS props`,
  );
  const indexes = await db.read<{
    name: string;
    type: string;
    entityType: string;
    on: string[] | null;
    properties: string[] | null;
    state: string;
  }>('SHOW INDEXES YIELD name, type, entityType, labelsOrTypes AS on, properties, state RETURN *');
  return {
    nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), props(n.labels, n.props)])).sort(),
    relationships: relationships.map((r) => JSON.stringify([r.from, r.type, r.to, props([], r.props)])).sort(),
    // Token lookup indexes get generated names; every other index is named by ensureSchema.
    indexes: indexes
      .map((i) => JSON.stringify([i.type === 'LOOKUP' ? 'lookup' : i.name, i.type, i.entityType, i.on, i.properties, i.state]))
      .sort(),
  };
}

/** Entries of `a` missing from `b`, counting repeats: a short, readable diff when two dumps differ. */
export function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n === 0) return true;
    left.set(x, n - 1);
    return false;
  });
}
