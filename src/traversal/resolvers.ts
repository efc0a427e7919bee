import { boundedInt } from '../domain/args';
import type { Database } from '../graph/database';
import type { Resolvers } from '../generated/resolvers';
import { toCytoscapeElements } from './cytoscape';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS, MAX_PATHS } from './cypher';
import { findNeighborhood, findPaths } from './repository';
import { findRelatedConditions } from '../related/repository';

type PathArgs = { from: string; to: string; maxHops?: number | null; first?: number | null };

/** `paths` and `pathSearch`: the same arguments, checked the same way, and the same bounded search. */
function searchPathsFor(db: Database, args: PathArgs) {
  const maxHops = boundedInt(args.maxHops, 4, 1, MAX_PATH_HOPS, 'maxHops');
  const first = boundedInt(args.first, 3, 1, MAX_PATHS, 'first');
  return findPaths(db, args.from, args.to, maxHops, first);
}

/**
 * Graph traversals. Arguments are checked against their documented bounds before any query runs,
 * so a bad bound is BAD_USER_INPUT even for an unknown id. Each field is one Cypher round trip;
 * the returned records already have the API's shape (Relationship and Path need no field resolvers; Subgraph.elements
 * reshapes the same records for Cytoscape.js without another query).
 */
export const traversalResolvers: Resolvers = {
  Query: {
    relatedConditions: (_p, { id, first }, { db }) => findRelatedConditions(db, id, boundedInt(first, 10, 1, 50, 'first')),
    paths: async (_p, args, { db }) => (await searchPathsFor(db, args)).paths,
    pathSearch: (_p, args, { db }) => searchPathsFor(db, args),
    neighborhood: (_p, args, { db }) => {
      const depth = boundedInt(args.depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
      const limit = boundedInt(args.limit, 200, 1, 500, 'limit');
      return findNeighborhood(db, args.id, depth, limit);
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
