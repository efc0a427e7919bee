import type { DocumentNode } from 'graphql';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';

/**
 * The service's memory budget, inside the V8 heap `npm start` and the Dockerfile give it
 * (--max-old-space-size=160). Measured with the seeded graph (test/integration/memoryBudget.test.ts,
 * bench/README.md "Soak and memory budget"):
 *
 *   heap after start-up                                    36 MB (measured)
 *   parsed documents (this file)                            8 MB
 *   persisted query texts (this file)                       2 MB
 *   response cache (RESPONSE_CACHE_MB default)             16 MB
 *   16 requests running at once (backPressure), each at most a 1 MB answer (LIMITS.maxResponseBytes)
 *   held as objects, as JSON and as a cache copy: ~5 MB each (estimated, not measured)   80 MB
 *   ──────────────────────────────────────────────────────────
 *                                                        ~142 MB; the rest is the collector's room.
 *
 * Apollo's defaults were 30 MB for documents and 30 MB for persisted queries, both measured by JSON
 * length; a parsed document holds its whole token list, about 4.4 times its JSON length (measured over
 * 2,300 distinct operations: 11.4 kB of heap for a 115-character query), so the document cache alone
 * could grow to ~130 MB. 2,400 distinct documents took the heap from 36 MB to 49-63 MB with these bounds,
 * and to 105 MB without them.
 */
export const MEMORY_BUDGET = {
  documentBytes: 8 * 1048576,
  persistedQueryBytes: 2 * 1048576,
  /** Heap bytes per byte of a document's JSON, measured (4.35) and rounded up. */
  documentHeapPerJsonByte: 5,
} as const;

/** Parsed and validated documents, bounded by the heap they really hold. */
export function documentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({
    maxSize: MEMORY_BUDGET.documentBytes,
    sizeCalculation: (document) => JSON.stringify(document).length * MEMORY_BUDGET.documentHeapPerJsonByte,
  });
}

/** Automatic persisted queries: hash → query text (two bytes a character at worst). */
export function persistedQueryCache(): InMemoryLRUCache<string> {
  return new InMemoryLRUCache<string>({
    maxSize: MEMORY_BUDGET.persistedQueryBytes,
    sizeCalculation: (text) => text.length * 2 + 100,
  });
}
