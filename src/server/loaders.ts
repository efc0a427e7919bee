import DataLoader from 'dataloader';
import type { Database } from '../graph/database';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';
import { findAncestors, findEntitiesByIds, findLinkedEntities, type Direction } from '../entities/repository';
import { findClaimsByEntityIds, findClaimsByIds, findClaimsBySourceIds, findSourcesByIds, type EntityClaim } from '../evidence/repository';

export type LinkKey = { id: string; type: LinkType; direction: Direction };

/**
 * Per-request batching: nested fields ask these loaders, and each tick's asks become one
 * Cypher query per loader (per link type and direction for links), never one per item.
 */
export function createLoaders(db: Database) {
  const byIds = <V>(find: (ids: readonly string[]) => Promise<Map<string, V>>, empty: V) =>
    new DataLoader<string, V>(async (ids) => {
      const found = await find(ids);
      return ids.map((id) => found.get(id) ?? empty);
    });

  const links = new DataLoader<LinkKey, EntityRecord[], string>(
    async (keys) => {
      const groups = new Map<string, LinkKey[]>();
      for (const key of keys) {
        const group = `${key.type}:${key.direction}`;
        if (!groups.has(group)) groups.set(group, []);
        groups.get(group)!.push(key);
      }
      const results = new Map<string, EntityRecord[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const first = group[0]!;
          const found = await findLinkedEntities(
            db,
            group.map((k) => k.id),
            first.type,
            first.direction,
          );
          for (const k of group) results.set(`${k.type}:${k.direction}:${k.id}`, found.get(k.id) ?? []);
        }),
      );
      return keys.map((k) => results.get(`${k.type}:${k.direction}:${k.id}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.type}:${k.direction}:${k.id}` },
  );

  return {
    entity: byIds<EntityRecord | null>((ids) => findEntitiesByIds(db, ids), null),
    claim: byIds<ClaimRecord | null>((ids) => findClaimsByIds(db, ids), null),
    source: byIds<SourceRecord | null>((ids) => findSourcesByIds(db, ids), null),
    claimsOfEntity: byIds<EntityClaim[]>((ids) => findClaimsByEntityIds(db, ids), []),
    claimsOfSource: byIds<ClaimRecord[]>((ids) => findClaimsBySourceIds(db, ids), []),
    ancestors: byIds<EntityRecord[]>((ids) => findAncestors(db, ids), []),
    links,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
