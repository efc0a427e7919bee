import type { Database } from '../graph/database';
import { rankingsAreStale, refreshRankings } from './repository';

/**
 * Brings stored related-conditions rankings up to date in the background of the service. A claim write or a
 * bulk import marks the rankings it can change dirty in its own transaction, and a new condition changes N,
 * the idf of every shared entity, so every ranking is outdated at once. Those are served by the live scoring
 * (exact, slower) until this has recomputed them, dirty ones first; it also fills in rankings a database
 * seeded before they existed lacks. It computes without holding any lock (src/related/repository.ts, refreshBatch), so writes
 * never wait for it. The check it repeats reads the count store and two indexes: nothing while all is current.
 */
export type RankingRefresher = { stop: () => Promise<void> };

/** Conditions recomputed per transaction in the background. */
const REFRESH_BATCH = 100;

export function startRankingRefresher(
  db: Database,
  options: { intervalMs?: number; onError?: (error: unknown) => void; onRefreshed?: (count: number, ms: number) => void } = {},
): RankingRefresher {
  const intervalMs = options.intervalMs ?? 1000;
  let stopped = false;
  let running: Promise<void> | undefined;
  const tick = async () => {
    try {
      if (!(await rankingsAreStale(db))) return;
      const started = Date.now();
      // Small batches: the rankings a write marked come first, and each batch's store is one short transaction.
      // And a rest as long as each batch took: while conditions keep being added (each outdates every ranking),
      // the refresher would otherwise keep Neo4j busy without end, at the expense of the requests it serves.
      const count = await refreshRankings(db, {
        batch: REFRESH_BATCH,
        shouldStop: () => stopped,
        betweenBatches: (ms) => new Promise((resolve) => setTimeout(resolve, stopped ? 0 : ms)),
      });
      options.onRefreshed?.(count, Date.now() - started);
    } catch (error) {
      if (!stopped) options.onError?.(error);
    }
  };
  const timer = setInterval(() => {
    if (!running && !stopped) running = tick().finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  running = tick().finally(() => (running = undefined));
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
