import type { CytoscapeElements } from '../generated/graphql';
import type { SubgraphRecord } from '../domain/records';

/**
 * The subgraph in Cytoscape.js's elements JSON (object form): every element wraps its fields in `data`,
 * and edges name their ends `source` and `target`. Cytoscape.js throws on the plain `from`/`to` shape,
 * so frontends get this one to pass to `cytoscape({ elements })` unchanged.
 */
export function toCytoscapeElements(subgraph: SubgraphRecord): CytoscapeElements {
  return {
    nodes: subgraph.nodes.map((node) => ({ data: { id: node.id, label: node.name, kind: node.kind } })),
    edges: subgraph.relationships.map((rel) => ({
      data: { id: rel.id, source: rel.from, target: rel.to, type: rel.type, strength: rel.strength, claimId: rel.claimId },
    })),
  };
}
