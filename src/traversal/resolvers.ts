import type { GraphQLResolveInfo } from 'graphql';
import { boundedInt } from '../domain/args';
import type { Database } from '../graph/database';
import { entityShapeOf } from '../entities/selection';
import type { Resolvers } from '../generated/resolvers';
import { toCytoscapeElements } from './cytoscape';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS, MAX_PATHS } from './cypher';
import { findNeighborhood, findPaths } from './repository';
import { findRelatedConditions } from '../related/repository';

type PathArgs = { from: string; to: string; maxHops?: number | null; first?: number | null };

/**
 * `paths` and `pathSearch`: the same arguments, checked the same way, and the same bounded search. `nodes` names
 * where the paths' entities sit in the query, for the shape they are read in.
 */
function searchPathsFor(db: Database, args: PathArgs, info: GraphQLResolveInfo, nodes: readonly string[]) {
  const maxHops = boundedInt(args.maxHops, 4, 1, MAX_PATH_HOPS, 'maxHops');
  const first = boundedInt(args.first, 3, 1, MAX_PATHS, 'first');
  return findPaths(db, args.from, args.to, maxHops, first, undefined, entityShapeOf(info, [nodes]));
}

/**
 * Graph traversals. Arguments are checked against their documented bounds before any query runs,
 * so a bad bound is BAD_USER_INPUT even for an unknown id. Entities are read brief when the query asks only what a
 * brief record holds (src/entities/selection.ts); Subgraph.elements reads only id, name and kind. Each field is one Cypher round trip;
 * the returned records already have the API's shape (Relationship and Path need no field resolvers; Subgraph.elements
 * reshapes the same records for Cytoscape.js without another query).
 */
export const traversalResolvers: Resolvers = {
  Query: {
    relatedConditions: (_p, { id, first }, { db }, info) =>
      findRelatedConditions(db, id, boundedInt(first, 10, 1, 50, 'first'), entityShapeOf(info, [['condition'], ['shared']])),
    paths: async (_p, args, { db }, info) => (await searchPathsFor(db, args, info, ['nodes'])).paths,
    pathSearch: (_p, args, { db }, info) => searchPathsFor(db, args, info, ['paths', 'nodes']),
    neighborhood: (_p, args, { db }, info) => {
      const depth = boundedInt(args.depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
      const limit = boundedInt(args.limit, 200, 1, 500, 'limit');
      return findNeighborhood(db, args.id, depth, limit, undefined, entityShapeOf(info, [['nodes']]));
    },
  },
  Relationship: {
    // Batched through the request's claim loader: a path's hops cost one more query in all, not one each.
    claim: (rel, _a, { loaders }) => (rel.claimId ? loaders.claim.load(rel.claimId) : null),
  },
  Subgraph: {
    elements: (subgraph) => toCytoscapeElements(subgraph),
  },
};
