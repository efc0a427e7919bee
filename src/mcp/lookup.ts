import type { EntityKind } from '../generated/graphql';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../domain/records';
import type { Database } from '../graph/database';
import { findEntitiesByIds } from '../entities/repository';
import { findSourcesByIds } from '../evidence/repository';
import { badInput, notFound } from './toolErrors';

const kindWords = (kind: EntityKind) => kind.toLowerCase().replace('_', ' ');

/** The entities with these ids; an unknown one is NOT_FOUND with the way to find a real id. */
export async function mustFindEntities(db: Database, ids: readonly string[], kind?: EntityKind): Promise<EntityRecord[]> {
  const found = await findEntitiesByIds(db, ids);
  return ids.map((id) => {
    const entity = found.get(id);
    if (!entity) {
      const hint = kind ? ` with kinds ["${kind}"]` : '';
      throw notFound(`No entity has id "${id}". Find the id with search_entities${hint} and call again with it.`);
    }
    if (kind && entity.kind !== kind) {
      throw badInput(
        `"${id}" is a ${kindWords(entity.kind)} (${entity.name}), not a ${kindWords(kind)}. Use get_facts for any entity, or search_entities with kinds ["${kind}"].`,
      );
    }
    return entity;
  });
}

/** The entities at the ends of these claims and the sources they cite, in two queries side by side. */
export async function claimContext(
  db: Database,
  claims: readonly ClaimRecord[],
  known: readonly EntityRecord[] = [],
): Promise<{ entities: Map<string, EntityRecord>; sources: Map<string, SourceRecord> }> {
  const have = new Set(known.map((e) => e.id));
  const missing = [...new Set(claims.flatMap((c) => [c.subjectId, c.objectId]))].filter((id) => !have.has(id));
  const sourceIds = [...new Set(claims.flatMap((c) => c.sourceIds))];
  const [entities, sources] = await Promise.all([
    missing.length > 0 ? findEntitiesByIds(db, missing) : new Map<string, EntityRecord>(),
    sourceIds.length > 0 ? findSourcesByIds(db, sourceIds) : new Map<string, SourceRecord>(),
  ]);
  for (const e of known) entities.set(e.id, e);
  return { entities, sources };
}
