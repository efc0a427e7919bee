import type { Database } from '../graph/database';
import type { EntityKind } from '../generated/graphql';
import type { Direction, EntityRecord } from '../domain/records';
import { cypherInt } from '../domain/args';
import type { LinkType } from '../domain/vocabulary';
import { ANCESTORS, ENTITIES_BY_IDS, ENTITY_PAGE, LINKED_IN, LINKED_OUT } from './cypher';
import { toEntityRecord } from './records';

export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await db.read<{ entity: Record<string, unknown> }>(ENTITIES_BY_IDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [String(r.entity.id), toEntityRecord(r.entity)]));
}

export async function findEntityPage(
  db: Database,
  kind: EntityKind | null,
  afterId: string | null,
  limit: number,
): Promise<{ total: number; entities: EntityRecord[] }> {
  const [row] = await db.read<{ total: number; entities: Record<string, unknown>[] }>(ENTITY_PAGE, {
    kind,
    after: afterId,
    limit: cypherInt(limit),
  });
  return { total: row?.total ?? 0, entities: (row?.entities ?? []).map(toEntityRecord) };
}

/** For each id, the entities one `type` hop away in `direction`; one query for the whole batch. */
export async function findLinkedEntities(
  db: Database,
  ids: readonly string[],
  type: LinkType,
  direction: Direction,
): Promise<Map<string, EntityRecord[]>> {
  const rows = await db.read<{ id: string; entities: Record<string, unknown>[] }>(direction === 'OUT' ? LINKED_OUT : LINKED_IN, {
    ids: [...new Set(ids)],
    type,
  });
  return new Map(rows.map((r) => [r.id, r.entities.map(toEntityRecord)]));
}

export async function findAncestors(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord[]>> {
  const rows = await db.read<{ id: string; entities: Record<string, unknown>[] }>(ANCESTORS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.entities.map(toEntityRecord)]));
}
