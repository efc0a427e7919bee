import type { Database } from '../graph/database';

export type GraphStatsRecord = { nodeCount: number; relationshipCount: number };

// Count store lookups: every answer comes from Neo4j's count store, not a scan. Mutation receipts
// (bookkeeping for safe retries, src/mutations/idempotency.ts) and stored related-conditions rankings
// (a cache of the scoring, src/related, and its locks) are not part of the graph.
const STATS = `
CALL () { MATCH (n) RETURN count(n) AS allNodes }
CALL () { MATCH (r:MutationReceipt) RETURN count(r) AS receipts }
CALL () { MATCH (r:RelatedRanking) RETURN count(r) AS rankings }
CALL () { MATCH (l:RelatedRankingLock) RETURN count(l) AS locks }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN allNodes - receipts - rankings - locks AS nodeCount, relationshipCount`;

export async function readGraphStats(db: Database): Promise<GraphStatsRecord> {
  const [row] = await db.read<GraphStatsRecord>(STATS);
  return row ?? { nodeCount: 0, relationshipCount: 0 };
}
