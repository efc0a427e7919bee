import type { Database } from '../graph/database';
import type {
  EntityShape,
  PathRecord,
  PathSearchRecord,
  RelatedConditionRecord,
  RelationshipRecord,
  SubgraphRecord,
} from '../domain/records';
import type { ConditionRelation, EvidenceStrength } from '../generated/graphql';
import { cypherInt } from '../domain/args';
import { toEntityRecord } from '../entities/records';
import { PATH_LIMITS, searchPaths, type ExpandRow, type PathReads, type PathSearchLimits } from './pathSearch';
import { NEIGHBORHOOD_LIMITS, walkNeighborhood, type Centre, type NeighborhoodLimits, type NeighbourRow } from './neighborhood';
import { SUBGRAPH_RELATIONSHIPS_CAP } from '../domain/listBounds';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  NEIGHBOUR_CENTRE,
  NEIGHBOUR_EXPAND,
  NEIGHBOUR_LINKS,
  PATH_BRIDGE,
  PATH_DETAILS,
  PATH_ENDS,
  PATH_EXPAND,
  PATHS,
  RELATED_CONDITIONS,
  RELATED_HUB_LIMIT,
  RELATED_SHARED_LIMIT,
  ZERO_LENGTH_PATH,
  type RelationshipRow,
} from './cypher';
import { relationshipId } from './relationshipId';

type Props = Record<string, unknown>;

/** A relationship as the reference queries (PATHS, ZERO_LENGTH_PATH) return it. */
type StoredRelationship = {
  id: string;
  type: string;
  from: string;
  to: string;
  strength: string | null;
  claimId: string | null;
};

function toRelationshipRecord(r: StoredRelationship): RelationshipRecord {
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    strength: (r.strength as EvidenceStrength | null) ?? null,
    claimId: r.claimId ?? null,
  };
}

/** A relationship as the service's own queries return it (RelationshipRow in ./cypher.ts). */
function rowToRelationshipRecord([type, from, to, strength, claimId]: RelationshipRow): RelationshipRecord {
  return {
    id: relationshipId(type, from, to, claimId ?? null),
    type,
    from,
    to,
    strength: (strength as EvidenceStrength | null) ?? null,
    claimId: claimId ?? null,
  };
}

/** A query chosen by a validated integer; an index outside the table is a programming error, not a client's. */
function pick(table: readonly string[], index: number, max: number, what: string): string {
  const query = Number.isInteger(index) && index >= 1 && index <= max ? table[index] : undefined;
  if (!query) throw new Error(`No ${what} query for ${index}`);
  return query;
}

/**
 * Conditions ranked by what they share with `id`, best first; [] when `id` is not a condition. The entities come
 * in `shape` (src/entities/selection.ts), as in every traversal below.
 */
export async function findRelatedConditions(
  db: Database,
  id: string,
  first: number,
  shape: EntityShape = 'full',
): Promise<RelatedConditionRecord[]> {
  const rows = await db.read<{ condition: Props; score: number; shared: Props[]; sharedCount: number; relation: ConditionRelation }>(
    RELATED_CONDITIONS[shape],
    {
      id,
      first: cypherInt(first),
      hubLimit: RELATED_HUB_LIMIT,
      sharedLimit: cypherInt(RELATED_SHARED_LIMIT),
    },
  );
  return rows.map((r) => ({
    condition: toEntityRecord(r.condition),
    score: r.score,
    shared: r.shared.map(toEntityRecord),
    sharedCount: r.sharedCount,
    relation: r.relation,
  }));
}

/**
 * Up to `first` shortest simple paths from `from` to `to` (one path of length 0 when they are the same entity),
 * found by the bounded search of ./pathSearch.ts in one read transaction: a few round trips (the two ends, one per
 * breadth-first level, the details of what was found), each bounded by the work budget.
 */
export async function findPaths(
  db: Database,
  from: string,
  to: string,
  maxHops: number,
  first: number,
  limits: PathSearchLimits = PATH_LIMITS,
  shape: EntityShape = 'full',
): Promise<PathSearchRecord> {
  if (!(Number.isInteger(maxHops) && maxHops >= 1 && maxHops <= MAX_PATH_HOPS)) throw new Error(`No paths query for ${maxHops}`);
  if (from === to) {
    const rows = await db.read<{ length: number; nodes: Props[]; relationships: StoredRelationship[] }>(ZERO_LENGTH_PATH[shape], { from });
    return { paths: rows.map(toPathRecord), truncated: false, hubsAvoided: 0 };
  }
  return db.readTx(async (tx) => {
    const ends = await tx.run<{ fromEid: string; fromDegree: number; toEid: string; toDegree: number }>(PATH_ENDS, { from, to });
    const [row] = ends.records.map((r) => r.toObject());
    if (!row) return { paths: [], truncated: false, hubsAvoided: 0 };
    const rows = async (query: string, params: Record<string, unknown>) =>
      (await tx.run<ExpandRow>(query, params)).records.map((r) => r.toObject());
    const reads: PathReads = {
      expand: (frontier) => rows(PATH_EXPAND, { frontier }),
      bridge: (frontier, targets) => rows(PATH_BRIDGE, { frontier, targets }),
    };
    const search = await searchPaths(
      { eid: row.fromEid, id: from, degree: row.fromDegree },
      { eid: row.toEid, id: to, degree: row.toDegree },
      maxHops,
      first,
      reads,
      limits,
    );
    if (search.paths.length === 0) return { paths: [], truncated: search.truncated, hubsAvoided: search.hubsAvoided };
    const details = await tx.run<{ nodes: [string, Props][]; rels: [string, RelationshipRow][] }>(PATH_DETAILS[shape], {
      nodes: [...new Set(search.paths.flatMap((p) => p.nodes))],
      rels: [...new Set(search.paths.flatMap((p) => p.rels))],
    });
    const [detail] = details.records.map((r) => r.toObject());
    const nodes = new Map(detail!.nodes.map(([eid, props]) => [eid, toEntityRecord(props)]));
    const rels = new Map(detail!.rels.map(([eid, rel]) => [eid, rowToRelationshipRecord(rel)]));
    return {
      paths: search.paths.map((p) => ({
        length: p.rels.length,
        nodes: p.nodes.map((eid) => nodes.get(eid)!),
        relationships: p.rels.map((eid) => rels.get(eid)!),
      })),
      truncated: search.truncated,
      hubsAvoided: search.hubsAvoided,
    };
  });
}

/**
 * The unbounded query `paths` ran before the bounded search (PATHS in ./cypher.ts): the reference the search is
 * tested against. It can take seconds around hubs; nothing the service serves calls it.
 */
export async function findPathsUnbounded(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRecord[]> {
  const cypher = from === to ? ZERO_LENGTH_PATH.full : pick(PATHS, maxHops, MAX_PATH_HOPS, 'paths');
  const rows = await db.read<{ length: number; nodes: Props[]; relationships: StoredRelationship[] }>(cypher, {
    from,
    to,
    first: cypherInt(first),
  });
  return rows.map(toPathRecord);
}

function toPathRecord(r: { length: number; nodes: Props[]; relationships: StoredRelationship[] }): PathRecord {
  return { length: r.length, nodes: r.nodes.map(toEntityRecord), relationships: r.relationships.map(toRelationshipRecord) };
}

/**
 * Entities within `depth` hops of `id`, at most `limit` of them, and the relationships among them, by the bounded
 * walk of ./neighborhood.ts in one read transaction: the centre, one round trip per level, then the entities and
 * their relationships.
 */
export async function findNeighborhood(
  db: Database,
  id: string,
  depth: number,
  limit: number,
  limits: NeighborhoodLimits = NEIGHBORHOOD_LIMITS,
  shape: EntityShape = 'full',
): Promise<SubgraphRecord> {
  if (!(Number.isInteger(depth) && depth >= 1 && depth <= MAX_NEIGHBORHOOD_DEPTH)) throw new Error(`No neighborhood query for ${depth}`);
  return db.readTx(async (tx) => {
    const [centre] = (await tx.run<Centre>(NEIGHBOUR_CENTRE, { id })).records.map((r) => r.toObject());
    if (!centre) return { nodes: [], relationships: [], truncated: false };
    const expand = async (frontier: string[], seen: string[], take: number) =>
      (await tx.run<NeighbourRow>(NEIGHBOUR_EXPAND, { frontier, seen, takeOneMore: cypherInt(take + 1) })).records.map((r) => r.toObject());
    const walk = await walkNeighborhood(centre, depth, limit, expand, limits);
    // Relationships are read from the least connected entities first, as far as the budget goes: one between two
    // entities left unread (both hubs, in practice) is not listed.
    const scan: string[] = [];
    let work = 0;
    for (const eid of [...walk.nodes].sort((x, y) => walk.degrees.get(x)! - walk.degrees.get(y)!)) {
      const degree = walk.degrees.get(eid)!;
      if (degree > limits.hubLimit || work + degree > limits.workBudget) break;
      work += degree;
      scan.push(eid);
    }
    const [row] = (
      await tx.run<{ nodes: [string, Props][]; relationships: RelationshipRow[] }>(NEIGHBOUR_LINKS[shape], {
        nodes: walk.nodes,
        scan,
        max: cypherInt(SUBGRAPH_RELATIONSHIPS_CAP),
      })
    ).records.map((r) => r.toObject());
    const props = new Map(row!.nodes);
    return {
      nodes: walk.nodes.map((eid) => toEntityRecord(props.get(eid)!)),
      relationships: row!.relationships.map(rowToRelationshipRecord),
      truncated: walk.truncated,
    };
  });
}
