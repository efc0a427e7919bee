import DataLoader from 'dataloader';
import type { Database } from '../graph/database';
import type { Caller } from '../auth/apiKeys';
import type { EntityClaimsKey, GraphQLContext, LinkKey, Loaders, SourceClaimsKey, TreatmentClaimsKey } from '../core/context';
import type { ClaimFindingRecord, ClaimRecord, EntityClaim, EntityRecord, FindingRecord, SourceRecord } from '../domain/records';
import { findAncestors, findEntitiesByIds, findLinkedEntities } from '../entities/repository';
import {
  findAdverseEventsByTreatmentIds,
  findClaimFindingsByClaimIds,
  findClaimFindingsByFindingIds,
  findClaimsByEntityIds,
  findClaimsByIds,
  findFindingsByIds,
  findFindingsBySourceIds,
  findSourcesByIds,
  findTopClaimsByEntityIds,
  findTopClaimsBySourceIds,
  findTreatmentClaimsByConditionIds,
} from '../evidence/repository';

/**
 * A loader whose keys carry options besides the id (a link type, a claim filter): each tick's asks
 * become one query per distinct set of options, for all the ids that share it.
 */
function groupedLoader<K extends { id: string }, V>(
  optionsOf: (key: K) => string,
  find: (ids: string[], options: K) => Promise<Map<string, V>>,
  empty: V,
) {
  const keyOf = (key: K) => `${optionsOf(key)}|${key.id}`;
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = optionsOf(key);
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group)!.push(key);
      }
      const results = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const found = await find(
            group.map((k) => k.id),
            group[0]!,
          );
          for (const k of group) results.set(keyOf(k), found.get(k.id) ?? empty);
        }),
      );
      return keys.map((k) => results.get(keyOf(k)) ?? empty);
    },
    { cacheKeyFn: keyOf },
  );
}

/**
 * Per-request batching: nested fields ask these loaders, and each tick's asks become one
 * Cypher query per loader (per link type and direction for links, per filter for claims), never one per item.
 */
export function createLoaders(db: Database): Loaders {
  const byIds = <V>(find: (ids: readonly string[]) => Promise<Map<string, V>>, empty: V) =>
    new DataLoader<string, V>(async (ids) => {
      const found = await find(ids);
      return ids.map((id) => found.get(id) ?? empty);
    });

  return {
    entity: byIds<EntityRecord | null>((ids) => findEntitiesByIds(db, ids), null),
    briefEntity: byIds<EntityRecord | null>((ids) => findEntitiesByIds(db, ids, 'brief'), null),
    claim: byIds<ClaimRecord | null>((ids) => findClaimsByIds(db, ids), null),
    source: byIds<SourceRecord | null>((ids) => findSourcesByIds(db, ids), null),
    claimsOfEntity: byIds<EntityClaim[]>((ids) => findClaimsByEntityIds(db, ids), []),
    treatmentClaimsOfCondition: groupedLoader<TreatmentClaimsKey, EntityClaim[]>(
      (k) => `${k.minRank}`,
      (ids, k) => findTreatmentClaimsByConditionIds(db, ids, k.minRank),
      [],
    ),
    topClaimsOfEntity: groupedLoader<EntityClaimsKey, EntityClaim[]>(
      (k) => `${k.role}:${k.minRank}:${k.includeRetracted}:${k.first}`,
      (ids, filter) => findTopClaimsByEntityIds(db, ids, filter),
      [],
    ),
    finding: byIds<FindingRecord | null>((ids) => findFindingsByIds(db, ids), null),
    findingsOfSource: byIds<FindingRecord[]>((ids) => findFindingsBySourceIds(db, ids), []),
    findingsOfClaim: byIds<ClaimFindingRecord[]>((ids) => findClaimFindingsByClaimIds(db, ids), []),
    claimsOfFinding: byIds<ClaimFindingRecord[]>((ids) => findClaimFindingsByFindingIds(db, ids), []),
    adverseEventsOfTreatment: byIds<FindingRecord[]>((ids) => findAdverseEventsByTreatmentIds(db, ids), []),
    topClaimsOfSource: groupedLoader<SourceClaimsKey, ClaimRecord[]>(
      (k) => `${k.includeRetracted}:${k.first}`,
      (ids, filter) => findTopClaimsBySourceIds(db, ids, filter),
      [],
    ),
    ancestors: byIds<EntityRecord[]>((ids) => findAncestors(db, ids), []),
    links: groupedLoader<LinkKey, EntityRecord[]>(
      (k) => `${k.type}:${k.direction}:${k.shape}`,
      (ids, k) => findLinkedEntities(db, ids, k.type, k.direction, k.shape),
      [],
    ),
  };
}

/** A request's context: built here, above the repositories the loaders call; its type lives in core/. */
export function createContext(db: Database, requestId: string, caller: Caller): GraphQLContext {
  return { db, loaders: createLoaders(db), requestId, caller };
}
