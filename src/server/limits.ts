import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Abuse limits (GraphQL Armor, and graphql-js's own token cap). Every example operation in
 * docs/operations passes with room to spare; the standard introspection query (depth 21 as Armor
 * counts it, fragments flattened) passes; a depth-40 query, 500 aliases or a 3 MB body never do.
 * Depth is generous because the cost model (which multiplies through nested lists) is what stops wide-and-deep queries.
 */
export const LIMITS = {
  maxDepth: 25,
  /**
   * The most values an operation's answer can hold by the cost model (src/server/costModel.ts), which
   * multiplies through nested lists at their caps. The largest example operation (docs/operations,
   * ConditionEvidence, about 71,000) is far below it, and so are the evidence-model pages of 100 claims with
   * their findings and figures; the 143-byte query estimates at 6e13.
   * Memory is held by the response ceiling below, whatever the estimate allowed.
   */
  maxEstimatedValues: 1000000,
  /** The response ceiling (src/server/responseCeiling.ts): no answer grows past this, whatever the estimate said. */
  maxResponseBytes: 1048576,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  /** Request body size, checked before parsing. */
  maxBodyBytes: 64 * 1024,
  /** A bulk import upload (all its files together), counted while it streams in. */
  maxUploadBytes: 256 * 1024 * 1024,
  /** Bulk imports running at once: one, so that two never compete for the same write locks. */
  concurrentImports: 1,
} as const;

/** The stable code clients see when an operation is refused for its shape. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** Armor's own rejection messages (with exposeLimits on), and the limit each one names. */
const ARMOR_MESSAGES: Array<[RegExp, string]> = [
  [/Query depth limit of \d+ exceeded/, 'maxDepth'],
  [/Aliases limit of \d+ exceeded/, 'maxAliases'],
  [/Directives limit of \d+ exceeded/, 'maxDirectives'],
  // graphql-js 16 spells it "more that"; accept the corrected spelling too.
  [/Document contains more tha[nt] \d+ tokens/, 'maxTokens'],
];

/** Which limit refused an operation, from Armor's message; undefined for any other error. */
export function refusedLimit(message: string): string | undefined {
  return ARMOR_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
}

export function armor(development: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: false, exposeLimits: true },
    // Replaced by the cost model, which knows how long each list can be (Armor counts every list as 1).
    costLimit: { enabled: false },
    // Armor lets `__typename` aliases through by default; each is still a field of the answer.
    maxAliases: { n: LIMITS.maxAliases, allowList: [], exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    // Armor's token check throws from a plugin, which Apollo answers with a 500; graphql-js's own
    // parser option (parseOptions.maxTokens, set in app.ts) refuses the same documents with a 400.
    maxTokens: { enabled: false },
    // "Did you mean …" helps an attacker map the schema; developers keep it.
    blockFieldSuggestion: { enabled: !development },
  }).protect();
}
