/**
 * Everything the facts about one entity need, in one round trip: the entity, its descriptive links
 * in both directions (with the link's `sources`), its live claims at or above a strength (with
 * both ends and the sources' titles), the other entities that share a given name, and every source
 * the links and claims rest on.
 * Each list is sorted as src/facts/sentences.ts orders facts (a SheetOrder: $descriptiveOrder, and
 * $firstPredicates, comma-separated, before the other claims) and cut at $first, so a hub entity
 * never sends more rows than the sheet can show.
 */
import { LINK_TYPE_NAMES } from '../domain/vocabulary';

// The descriptive link types are written into the pattern (from the vocabulary, never from a client), so a hub's
// claim relationships are never expanded: a type test after the expansion read every relationship of the entity.
export const FACTS = `
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:${LINK_TYPE_NAMES.join('|')}]-(m:Entity)
  WHERE m <> n AND size(coalesce(r.sources, [])) > 0
  WITH r, m, type(r) + CASE WHEN startNode(r) = n THEN ':OUT' ELSE ':IN' END AS group
  WITH r, m, group, [i IN range(0, size($descriptiveOrder) - 1) WHERE $descriptiveOrder[i] = group][0] AS groupRank
  ORDER BY groupRank, coalesce(m.order, 0), m.name, m.id
  LIMIT $first
  RETURN collect({type: type(r), direction: split(group, ':')[1], other: m {.*}, sourceIds: r.sources}) AS links
}
CALL (n) {
  MATCH (n)<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE c.retractedAt IS NULL AND c.strengthRank >= $minRank
  WITH DISTINCT c
  WITH c, [i IN range(0, size($claimOrder) - 1) WHERE $claimOrder[i] = c.predicate][0] AS predicateRank,
       CASE WHEN c.predicate IN split($firstPredicates, ',') THEN 0 ELSE 1 END AS late
  ORDER BY late, c.strengthRank DESC, predicateRank, c.id
  // The order reads the claims' own properties only, so the claims are sorted first and only those shown get
  // their ends and sources: the planner keeps the sorted order through the expansions (the ORDER BY below costs
  // no second sort) and the LIMIT stops them at $first, where expanding first read every claim of a hub.
  MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
  WITH c, s, o, late, predicateRank, [(c)-[:SUPPORTED_BY]->(src:Source) | src {.id, .title}] AS sources
  WHERE size(sources) > 0
  WITH c, s, o, sources ORDER BY late, c.strengthRank DESC, predicateRank, c.id
  LIMIT $first
  RETURN collect({id: c.id, predicate: c.predicate, strength: c.strength, subject: s {.*}, object: o {.*}, sources: sources}) AS claims
}
CALL (n) {
  UNWIND CASE WHEN $sharedName = '' THEN [] ELSE coalesce(n.ambiguousWith, []) END AS otherId
  MATCH (other:Entity {id: otherId})
  WHERE $sharedName IN other.normNames
  WITH other ORDER BY other.id
  RETURN collect(other {.*}) AS alternatives
}
// The sources behind every link and claim above, so that Fact.sources needs no second round trip.
CALL (links, claims) {
  UNWIND [l IN links | l.sourceIds] + [c IN claims | [s IN c.sources | s.id]] AS sourceIds
  UNWIND sourceIds AS sourceId
  WITH DISTINCT sourceId
  MATCH (src:Source {id: sourceId})
  RETURN collect(src {.*}) AS sources
}
RETURN n {.*} AS entity, links, claims, alternatives, sources`;
