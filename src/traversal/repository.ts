import type { Database } from '../graph/database';
import type { PathRecord, RelatedConditionRecord, RelationshipRecord, SubgraphRecord } from '../domain/records';
import type { ConditionRelation, EvidenceStrength } from '../generated/graphql';
import { cypherInt } from '../domain/args';
import { toEntityRecord } from '../entities/records';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  NEIGHBORHOOD,
  PATHS,
  RELATED_CONDITIONS,
  RELATED_HUB_LIMIT,
  RELATED_SHARED_LIMIT,
  ZERO_LENGTH_PATH,
} from './cypher';

type Props = Record<string, unknown>;

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

/** A query chosen by a validated integer; an index outside the table is a programming error, not a client's. */
function pick(table: readonly string[], index: number, max: number, what: string): string {
  const query = Number.isInteger(index) && index >= 1 && index <= max ? table[index] : undefined;
  if (!query) throw new Error(`No ${what} query for ${index}`);
  return query;
}

/** Conditions ranked by what they share with `id`, best first; [] when `id` is not a condition. */
export async function findRelatedConditions(db: Database, id: string, first: number): Promise<RelatedConditionRecord[]> {
  const rows = await db.read<{ condition: Props; score: number; shared: Props[]; sharedCount: number; relation: ConditionRelation }>(
    RELATED_CONDITIONS,
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

/** Up to `first` shortest simple paths from `from` to `to`; one path of length 0 when they are the same entity. */
export async function findPaths(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRecord[]> {
  const cypher = from === to ? ZERO_LENGTH_PATH : pick(PATHS, maxHops, MAX_PATH_HOPS, 'paths');
  const rows = await db.read<{ length: number; nodes: Props[]; relationships: StoredRelationship[] }>(cypher, {
    from,
    to,
    first: cypherInt(first),
  });
  return rows.map((r) => ({
    length: r.length,
    nodes: r.nodes.map(toEntityRecord),
    relationships: r.relationships.map(toRelationshipRecord),
  }));
}

/** Entities within `depth` hops of `id`, at most `limit` of them, and every relationship among them. */
export async function findNeighborhood(db: Database, id: string, depth: number, limit: number): Promise<SubgraphRecord> {
  const cypher = pick(NEIGHBORHOOD, depth, MAX_NEIGHBORHOOD_DEPTH, 'neighborhood');
  const [row] = await db.read<{ nodes: Props[]; relationships: StoredRelationship[]; truncated: boolean }>(cypher, {
    id,
    limit: cypherInt(limit),
  });
  if (!row) return { nodes: [], relationships: [], truncated: false };
  return { nodes: row.nodes.map(toEntityRecord), relationships: row.relationships.map(toRelationshipRecord), truncated: row.truncated };
}
