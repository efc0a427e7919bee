import type { GraphQLFieldResolver } from 'graphql';
import { LIST_BOUNDS } from '../domain/listBounds';
import type { Resolvers } from '../generated/resolvers';

type Resolver = GraphQLFieldResolver<unknown, unknown>;

const cut = (max: number) => (value: unknown) => (Array.isArray(value) && value.length > max ? value.slice(0, max) : value);

/**
 * Holds every list with a fixed cap (src/domain/listBounds.ts) to that cap, in the order the resolver
 * gave, so the cost model's estimate is a promise the answer keeps. Queries that can cut earlier, in
 * Cypher, do so as well (links, claims of a source); this is what makes the bound hold for all of them.
 * Lists sized by an argument are checked by their resolvers (boundedInt) and cut by their queries.
 */
export function withListCaps(resolvers: Resolvers): Resolvers {
  const capped: Record<string, Record<string, unknown>> = { ...(resolvers as Record<string, Record<string, unknown>>) };
  for (const [key, bound] of Object.entries(LIST_BOUNDS)) {
    const [type, field] = key.split('.') as [string, string];
    // Interfaces resolve nothing themselves; their object types carry the same entries.
    if (!('fixed' in bound) || type === 'Entity') continue;
    const fields = { ...(capped[type] ?? {}) };
    const original = (fields[field] as Resolver | undefined) ?? ((parent: unknown) => (parent as Record<string, unknown>)[field]);
    const limit = cut(bound.fixed);
    fields[field] = ((...args: Parameters<Resolver>) => {
      const value = original(...args);
      return value instanceof Promise ? value.then(limit) : limit(value);
    }) satisfies Resolver;
    capped[type] = fields;
  }
  return capped as Resolvers;
}
