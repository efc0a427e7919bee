import type { Database } from '../graph/database';
import type { EntityKind } from '../generated/graphql';
import type { Direction, EntityClaim, EntityClaimFilter, EntityRecord, EntityShape, SourceRecord } from '../domain/records';
import { toClaimRecord, toSourceRecord } from '../evidence/records';
import { cypherInt } from '../domain/args';
import type { LinkType } from '../domain/vocabulary';
import { ANCESTORS, ENTITIES_BY_IDS, ENTITY_PAGE, entityPageBundle, LINKED_IN, LINKED_OUT, type PageLink } from './cypher';
import { toEntityRecord } from './records';

export async function findEntitiesByIds(
  db: Database,
  ids: readonly string[],
  shape: EntityShape = 'full',
): Promise<Map<string, EntityRecord>> {
  const rows = await db.read<{ entity: Record<string, unknown> }>(ENTITIES_BY_IDS[shape], { ids: [...new Set(ids)] });
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

/** For each id, the entities one `type` hop away in `direction`, in `shape`; one query for the whole batch. */
export async function findLinkedEntities(
  db: Database,
  ids: readonly string[],
  type: LinkType,
  direction: Direction,
  shape: EntityShape = 'full',
): Promise<Map<string, EntityRecord[]>> {
  const rows = await db.read<{ id: string; entities: Record<string, unknown>[] }>((direction === 'OUT' ? LINKED_OUT : LINKED_IN)[shape], {
    ids: [...new Set(ids)],
    type,
  });
  return new Map(rows.map((r) => [r.id, r.entities.map(toEntityRecord)]));
}

export async function findAncestors(db: Database, ids: readonly string[]): Promise<Map<string, EntityRecord[]>> {
  const rows = await db.read<{ id: string; entities: Record<string, unknown>[] }>(ANCESTORS, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.entities.map(toEntityRecord)]));
}

type Props = Record<string, unknown>;

/** An entity and what its page asks of it, read in one round trip (src/entities/pagePlan.ts). */
export type EntityBundle = {
  entity: EntityRecord;
  /** The entities of each asked link, in the order asked. */
  links: EntityRecord[][];
  claims: EntityClaim[];
  /** The claims' other ends (the entity itself left out, in the shape asked) and their sources, each once (when asked). */
  ends: EntityRecord[];
  sources: SourceRecord[];
};

export async function findEntityBundle(
  db: Database,
  id: string,
  links: readonly PageLink[],
  claims: null | { filter: EntityClaimFilter; ends: EntityShape | null; sources: boolean },
): Promise<EntityBundle | null> {
  type ClaimRow = { role: 'SUBJECT' | 'OBJECT'; claim: Props };
  type Row = { entity: Props; links: Record<string, Props[]>; claims: ClaimRow[]; ends: Props[]; sources: Props[] };
  const [row] = await db.read<Row>(entityPageBundle(links, claims), {
    id,
    role: claims?.filter.role ?? null,
    minRank: claims?.filter.minRank ?? 0,
    includeRetracted: claims?.filter.includeRetracted ?? false,
    first: cypherInt(claims?.filter.first ?? 0),
  });
  if (!row) return null;
  return {
    entity: toEntityRecord(row.entity),
    links: links.map((_, i) => (row.links[`l${i}`] ?? []).map(toEntityRecord)),
    claims: row.claims.map((c) => ({ role: c.role, claim: toClaimRecord(c.claim) })),
    ends: row.ends.map(toEntityRecord),
    sources: row.sources.map(toSourceRecord),
  };
}
