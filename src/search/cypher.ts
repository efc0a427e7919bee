/**
 * The search query: the full-text index finds candidates (exact, prefix and fuzzy terms on the
 * normalised names), then Cypher re-ranks them by how well one of their names matches the typed
 * text, filters kinds, and keeps the best. One round trip.
 *
 * For each candidate, every normalised name is scored and the best one is the hit's `matched`:
 * - tier 3: the name equals the typed text; tier 2: the name starts with it (type-ahead);
 *   tier 1: every typed token starts a word of the name, in any order; tier 0: anything else
 *   (typos, some tokens only).
 * - closeness (0..1): how similar the tokens are to the name's words (1 for a word the token starts,
 *   else the bigram Dice coefficient, capped below 1), mostly averaged over tokens, a little over
 *   the name's words so that a name with fewer extra words wins.
 * - weakest: the similarity of the worst-matched token (facts use it to refuse a guess).
 * - complete: every required token (all but function words such as "the", see requiredTokens) is
 *   at least $minSimilarity similar to a word of the name. Unless $partial, a hit must be complete:
 *   "stress fracture" does not find chronic stress reduction by its one word, and "chondromalacia
 *   patellae" does not find patellar tendinitis by a near-miss on "patellae". The name that is
 *   complete wins over one that is not.
 *
 * score = tier + 0.5·closeness + 0.3·(Lucene score / best Lucene score) + 0.15·prior, where prior
 * grows with the number of relationships (a well-connected entity is the likelier one meant).
 * The three fractions add up to less than 1, so a higher tier always ranks above a lower one:
 * an exact name or alias is never outranked by a partial match.
 */
import { ENTITY_SEARCH_INDEX } from '../graph/schemaSetup';

/**
 * Lists travel as strings (tokens joined by blanks, each token's bigrams by commas, kinds by commas):
 * Neo4j plans a query again for each new size of a list parameter, and planning this one costs far
 * more than running it. Tokens hold only letters and digits, so the separators are safe.
 */
export const LIST_SEPARATOR = { items: ' ', inner: ',' } as const;

const { items, inner } = LIST_SEPARATOR;

/**
 * SEARCH is the query the service ran until the re-ranking moved to TypeScript (./rank.ts, same rules): kept as
 * the reference the ranking is tested against and as the statement the benchmark gives @neo4j/graphql.
 */
export const SEARCH = `
WITH split($tokens, '${items}') AS tokens, [t IN split($grams, '${items}') | split(t, '${inner}')] AS grams, split($kinds, '${inner}') AS kinds,
     [f IN split($required, '${items}') | f = '1'] AS required
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: $candidates}) YIELD node AS n, score AS lucene
WHERE n.kind IN kinds
WITH tokens, grams, required, collect({n: n, lucene: lucene}) AS found, max(lucene) AS top
UNWIND found AS f
WITH tokens, grams, required, f.n AS n, f.lucene / top AS text
CALL (n, tokens, grams, required) {
  UNWIND range(0, size(coalesce(n.normNames, [])) - 1) AS i
  WITH i, n.normNames[i] AS name
  WITH i, name, [w IN split(name, ' ') WHERE w <> '' | {w: w, grams: [j IN range(0, size(w) - 2) | substring(w, j, 2)]}] AS words
  WITH i, name, size(words) AS wordCount,
       [k IN range(0, size(tokens) - 1) |
         reduce(best = 0.0, s IN [word IN words |
           CASE
             WHEN word.w STARTS WITH tokens[k] THEN 1.0
             WHEN size(word.grams) = 0 THEN 0.0
             ELSE 0.95 * 2.0 * size([g IN grams[k] WHERE g IN word.grams]) / (size(grams[k]) + size(word.grams))
           END] | CASE WHEN s > best THEN s ELSE best END)
       ] AS sims
  WITH i, name,
       CASE
         WHEN name = $norm THEN 3
         WHEN name STARTS WITH $norm THEN 2
         WHEN all(s IN sims WHERE s = 1.0) THEN 1
         ELSE 0
       END AS tier,
       0.8 * reduce(total = 0.0, s IN sims | total + s) / size(sims)
         + 0.2 * CASE WHEN size(sims) >= wordCount THEN 1.0 ELSE toFloat(size(sims)) / wordCount END AS closeness,
       reduce(low = 1.0, s IN sims | CASE WHEN s < low THEN s ELSE low END) AS weakest,
       all(k IN range(0, size(sims) - 1) WHERE NOT required[k] OR sims[k] >= $minSimilarity) AS complete
  RETURN name AS matchedNorm, tier, closeness, weakest, complete
  ORDER BY complete DESC, tier DESC, closeness DESC, i
  LIMIT 1
}
WITH n, text, matchedNorm, tier, closeness, weakest, complete WHERE complete OR $partial
WITH n, matchedNorm, tier, closeness, weakest,
     tier + 0.5 * closeness + 0.3 * text + 0.15 * (1.0 - 1.0 / (1.0 + COUNT { (n)--() } / 5.0)) AS score
ORDER BY score DESC, n.id
LIMIT $first
RETURN n {.*} AS entity, score, matchedNorm, tier, closeness, weakest`;

/**
 * The candidates of a search, for the re-ranking in ./rank.ts: the full-text hits of the requested kinds with
 * only what the ranking reads (id, normalised names, Lucene score, degree for the connectedness prior). Up to
 * 1,000 candidates are read to keep 10 or so: their whole property maps were most of the bytes Neo4j sent and
 * the driver decoded, so the hits' properties come from SEARCH_HITS, for the winners only.
 */
export const SEARCH_CANDIDATES = `
WITH split($kinds, '${inner}') AS kinds
CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: $candidates}) YIELD node AS n, score AS lucene
WHERE n.kind IN kinds
RETURN n.id AS id, n.normNames AS normNames, lucene, COUNT { (n)--() } AS degree`;

/** The properties of the ranked hits $ids (unique index seeks), in the same read transaction as the candidates. */
export const SEARCH_HITS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS entity`;
