/**
 * The API's id of a stored relationship: its claim's id for a claim relationship, `from|TYPE|to` for a descriptive
 * link (ids of its start and end entities). Cypher builds the same id where a query sorts by it
 * (src/traversal/cypher.ts, relationshipIdOf); test/integration/neighborhood.test.ts checks both spellings.
 */
export function relationshipId(type: string, from: string, to: string, claimId: string | null): string {
  return claimId ?? `${from}|${type}|${to}`;
}
