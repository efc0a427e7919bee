import DataLoader from 'dataloader';
import type { Database } from '../graph/database';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';
import { findAncestors, findEntitiesByIds, findLinkedEntities, type Direction } from '../entities/repository';
import {
  findClaimsByEntityIds,
  findClaimsByIds,
  findClaimsBySourceIds,
  findSourcesByIds,
  findTopClaimsByEntityIds,
  type EntityClaim,
  type EntityClaimFilter,
} from '../evidence/repository';

export type LinkKey = { id: string; type: LinkType; direction: Direction };
export type EntityClaimsKey = EntityClaimFilter & { id: string };

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
export function createLoaders(db: Database) {
  const byIds = <V>(find: (ids: readonly string[]) => Promise<Map<string, V>>, empty: V) =>
    new DataLoader<string, V>(async (ids) => {
      const found = await find(ids);
      return ids.map((id) => found.get(id) ?? empty);
    });

  return {
    entity: byIds<EntityRecord | null>((ids) => findEntitiesByIds(db, ids), null),
    claim: byIds<ClaimRecord | null>((ids) => findClaimsByIds(db, ids), null),
    source: byIds<SourceRecord | null>((ids) => findSourcesByIds(db, ids), null),
    claimsOfEntity: byIds<EntityClaim[]>((ids) => findClaimsByEntityIds(db, ids), []),
    topClaimsOfEntity: groupedLoader<EntityClaimsKey, EntityClaim[]>(
      (k) => `${k.role}:${k.minRank}:${k.includeRetracted}:${k.first}`,
      (ids, filter) => findTopClaimsByEntityIds(db, ids, filter),
      [],
    ),
    claimsOfSource: byIds<ClaimRecord[]>((ids) => findClaimsBySourceIds(db, ids), []),
    ancestors: byIds<EntityRecord[]>((ids) => findAncestors(db, ids), []),
    links: groupedLoader<LinkKey, EntityRecord[]>(
      (k) => `${k.type}:${k.direction}`,
      (ids, k) => findLinkedEntities(db, ids, k.type, k.direction),
      [],
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
