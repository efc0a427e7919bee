/**
 * Captures the Cypher and the parameters the service's repository functions send, without a
 * database: they run against a stand-in whose read() records the call and returns no rows.
 * The @neo4j/graphql contender uses this to run exactly the service's search and facts queries
 * with exactly its parameters, however the service builds them today.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../src/graph/database';

export type Captured = { cypher: string; params: Record<string, unknown> };

export async function capture(run: (db: Database) => Promise<unknown>): Promise<Captured[]> {
  const calls: Captured[] = [];
  const record = async (cypher: string, params: Record<string, unknown> = {}) => {
    calls.push({ cypher, params });
    return [];
  };
  const standIn = { read: record, write: record, readTx: async () => [], writeTx: async () => [] };
  await run(standIn as unknown as Database).catch(() => undefined);
  return calls;
}

/** A parameter value as a GraphQL variable (driver Integers become numbers). */
export function toVariable(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (Array.isArray(value)) return value.map(toVariable);
  return value;
}

/** The GraphQL input type for a parameter value (null: a nullable String). */
export function graphqlType(value: unknown): string {
  if (neo4j.isInt(value)) return 'Int!';
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int!' : 'Float!';
  if (typeof value === 'boolean') return 'Boolean!';
  if (typeof value === 'string') return 'String!';
  if (Array.isArray(value)) return `[${graphqlType(value.find((v) => v !== null) ?? '')}]!`;
  return 'String';
}

/** Field arguments (`name: Type`) for captured parameters, in a stable order, leaving out `omit`. */
export function argumentList(params: Record<string, unknown>, omit: string[] = []): { name: string; type: string }[] {
  return Object.keys(params)
    .filter((name) => !omit.includes(name))
    .sort()
    .map((name) => ({ name, type: graphqlType(params[name]) }));
}
