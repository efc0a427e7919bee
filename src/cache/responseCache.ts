import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { GraphVersion } from './graphVersion';

export type ResponseCacheOptions = {
  /** Memory for cached responses (serialized JSON); least recently used entries go first. */
  maxBytes: number;
  /** How long an entry may live; freshness does not depend on it (see below), memory does. */
  ttlSeconds: number;
};

/** Deeper than any variable the schema takes (an input object holding a list is 3). */
const MAX_CACHEABLE_VARIABLE_DEPTH = 8;

/** Whether a JSON value nests deeper than `limit`, checked without recursion (the value may nest thousands deep). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    level = level.flatMap((v) => (v !== null && typeof v === 'object' ? Object.values(v) : []));
  }
  return false;
}

/** What RESPONSE_CACHE_MB and RESPONSE_CACHE_TTL_S default to (src/config.ts); 16 MB is its share of the heap budget (src/server/memoryBudget.ts). */
export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxBytes: 16 * 1048576, ttlSeconds: 300 };

/**
 * Whole-response caching for queries (every query field is a pure read of the graph), which can
 * never serve an answer older than the last write:
 * - each entry's key holds the graph version (the database's last-commit bookmark) read before the
 *   operation ran, and each request reads the version afresh, so after any committed write, through this
 *   service or straight into Neo4j, no request finds an entry made before it;
 * - when the version cannot be read (Neo4j away), the cache is neither read nor written, and the
 *   request runs and fails as it would without a cache;
 * - responses with errors are never stored, and mutations never touch the cache (the plugin's rules).
 * Cache-Control headers stay off: a proxy or browser cache cannot know when the graph changes.
 */
export function responseCachePlugins<C extends BaseContext>(
  options: ResponseCacheOptions,
  readVersion: () => Promise<string>,
): ApolloServerPlugin<C>[] {
  const version = new GraphVersion(readVersion);
  // The version each request read, kept for the write-back decision at the end of the same request.
  const seen = new WeakMap<object, string | null>();
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.ttlSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<C>({
      cache: new InMemoryLRUCache<string>({ maxSize: options.maxBytes }),
      extraCacheKeyData: async ({ contextValue, request }) => {
        // The plugin hashes the variables with JSON.stringify, which overflows the stack on absurdly deep
        // input (a client can send thousands of nested lists). No operation of ours takes variables that
        // deep, so such a request skips the cache and fails in validation as it would without one.
        const current = nestedDeeperThan(request.variables, MAX_CACHEABLE_VARIABLE_DEPTH)
          ? null
          : await version.current().catch(() => null);
        seen.set(contextValue, current);
        return current;
      },
      shouldReadFromCache: async ({ contextValue }) => seen.get(contextValue) != null,
      shouldWriteToCache: async ({ contextValue }) => seen.get(contextValue) != null,
    }),
  ];
}
