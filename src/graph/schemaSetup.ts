import type { Database } from './database';
import { KIND_LABEL } from '../domain/vocabulary';

/** Name of the full-text index that search and facts query. */
export const ENTITY_SEARCH_INDEX = 'entity_search';

/**
 * Constraints and indexes, created idempotently at every start (IF NOT EXISTS).
 * Unique ids per label back every MATCH by id; the full-text index does the matching for search.
 */
export function schemaStatements(): string[] {
  const perKind = Object.values(KIND_LABEL).map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  return [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE',
    'CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE',
    'CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (f:Finding) REQUIRE f.id IS UNIQUE',
    // Mutation receipts (src/mutations/idempotency.ts): the unique key also serialises two twins of one write.
    'CREATE CONSTRAINT mutation_receipt_key IF NOT EXISTS FOR (r:MutationReceipt) REQUIRE r.key IS UNIQUE',
    'CREATE INDEX mutation_receipt_at IF NOT EXISTS FOR (r:MutationReceipt) ON (r.at)',
    // Stored related-conditions rankings (src/related): one per condition, found by its id.
    'CREATE CONSTRAINT related_ranking_condition IF NOT EXISTS FOR (r:RelatedRanking) REQUIRE r.conditionId IS UNIQUE',
    'CREATE INDEX related_ranking_conditions IF NOT EXISTS FOR (r:RelatedRanking) ON (r.conditions)',
    'CREATE INDEX related_ranking_dirty IF NOT EXISTS FOR (r:RelatedRanking) ON (r.dirty)',
    // One lock node per claim subject, serialising the recomputes of claims about it (src/related/cypher.ts).
    'CREATE CONSTRAINT related_ranking_lock IF NOT EXISTS FOR (l:RelatedRankingLock) REQUIRE l.id IS UNIQUE',
    ...perKind,
    'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
    // Bulk imports: each :Import once, and what one import brought found by its id (src/interchange).
    'CREATE CONSTRAINT import_id IF NOT EXISTS FOR (i:Import) REQUIRE i.id IS UNIQUE',
    'CREATE INDEX entity_import IF NOT EXISTS FOR (n:Entity) ON (n.importId)',
    'CREATE INDEX claim_import IF NOT EXISTS FOR (c:Claim) ON (c.importId)',
    'CREATE INDEX source_import IF NOT EXISTS FOR (s:Source) ON (s.importId)',
    // Claims are listed strongest first, then by id: this index serves that order and the cursor.
    'CREATE INDEX claim_rank_id IF NOT EXISTS FOR (c:Claim) ON (c.strengthRank, c.id)',
    `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchNames, n.description]`,
  ];
}

export async function ensureSchema(db: Database): Promise<void> {
  // Schema changes cannot share a transaction with each other's data writes; one each.
  for (const statement of schemaStatements()) await db.write(statement);
  await db.write('CALL db.awaitIndexes(120)');
}
