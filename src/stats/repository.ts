import type { Database } from '../graph/database';

export type GraphStatsRecord = { nodeCount: number; relationshipCount: number };

// Count store lookups: both answers come from Neo4j's count store, not a scan.
const STATS = `
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationshipCount }
RETURN nodeCount, relationshipCount`;

export async function readGraphStats(db: Database): Promise<GraphStatsRecord> {
  const [row] = await db.read<GraphStatsRecord>(STATS);
  return row ?? { nodeCount: 0, relationshipCount: 0 };
}
