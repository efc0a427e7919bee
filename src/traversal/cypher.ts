/**
 * Cypher for traversals. Every query walks only the entity-to-entity relationship types of the
 * vocabulary (descriptive links and the direct claim relationships); :Claim and :Source nodes are
 * joined to entities by other types (SUBJECT, OBJECT, SUPPORTED_BY), so no traversal passes through them.
 *
 * Variable-length bounds and SHORTEST counts cannot be parameters in Cypher 5, so the queries that
 * need them are built once, at load time, for each allowed integer; a resolver picks one by its
 * validated argument and never splices a client's text into Cypher.
 */
import { CLAIM_PREDICATE_NAMES, LINK_TYPE_NAMES } from '../domain/vocabulary';
import { entityMap, inBothShapes } from '../entities/cypher';

/** Relationship types a traversal may follow, as a Cypher type alternation. */
export const TRAVERSABLE_TYPES = [...LINK_TYPE_NAMES, ...CLAIM_PREDICATE_NAMES].join('|');

/** Bounds the resolvers enforce; the query tables below hold one query per allowed value. */
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

/** The API's relationship id in Cypher, as src/traversal/relationshipId.ts spells it: the claim id, or `from|TYPE|to`. */
const relationshipIdOf = (type: string, from: string, to: string, claimId: string) =>
  `coalesce(${claimId}, ${from} + '|' + ${type} + '|' + ${to})`;

/** A stored relationship as the API shows it (the library's and the reference queries' shape). */
const relationshipMap = (r: string) =>
  `{id: ${relationshipIdOf(`type(${r})`, `startNode(${r}).id`, `endNode(${r}).id`, `${r}.claimId`)}, type: type(${r}), ` +
  `from: startNode(${r}).id, to: endNode(${r}).id, strength: ${r}.strength, claimId: ${r}.claimId}`;

/**
 * The same relationship as the service's own queries return it: `[type, from, to, strength, claimId]`, its id left
 * to src/traversal/relationshipId.ts. A neighbourhood lists hundreds of relationships, and as maps each came with
 * six keys and an id that repeats the claim id or the ends: most of what the driver decoded per answer.
 */
export type RelationshipRow = [type: string, from: string, to: string, strength: string | null, claimId: string | null];
const relationshipRow = (r: string) => `[type(${r}), startNode(${r}).id, endNode(${r}).id, ${r}.strength, ${r}.claimId]`;

/**
 * A shared entity linked to more than this many conditions explains nothing about relatedness (like a
 * stop word in text search: a treatment said to help thousands of conditions), and following it would
 * fan out to most of the graph, so relatedConditions leaves such hubs out. Degrees come from Neo4j's
 * degree store (COUNT of one relationship type), so the check costs no traversal.
 */
export const RELATED_HUB_LIMIT = 500;

/** Shared entities listed per related condition (the heaviest); the score still sums over all of them. */
export const RELATED_SHARED_LIMIT = 20;

/**
 * BM25's idf in Cypher over `conditions` (N, a float): ln(1 + (N - df + 0.5) / (df + 0.5)), with df capped at N
 * (a degree counts relationships, and a treatment that both treats and prevents a condition counts it twice).
 */
export const idf = (df: string) => {
  const capped = `CASE WHEN ${df} > conditions THEN conditions ELSE ${df} END`;
  return `log(1.0 + (conditions - ${capped} + 0.5) / (${capped} + 0.5))`;
};

/**
 * 1 when fewer than half the conditions share it (df ≤ N/2), else 0: where the classic Robertson–Spärck Jones
 * weight ln((N - df + 0.5) / (df + 0.5)) is positive. Entities above that line still add their (small) idf
 * weight, but a condition related only through them is not listed.
 */
export const specific = (df: string) => `CASE WHEN 2 * ${df} <= conditions THEN 1 ELSE 0 END`;

/** How deep relatedConditions looks for the broader categories of a condition (SUBTYPE_OF chains are short). */
export const RELATED_BROADER_DEPTH = 4;

/** How `other` stands to the condition `c` asked about (see RELATED_CONDITIONS); also used by src/related. */
export const RELATION_OF = `CASE
         WHEN EXISTS { (other)-[:SUBTYPE_OF]->{1,${RELATED_BROADER_DEPTH}}(c) } THEN 'NARROWER'
         WHEN EXISTS { (other)<-[:SUBTYPE_OF]-() } THEN 'CATEGORY'
         ELSE 'PEER'
       END AS relation`;

/**
 * Conditions that share symptoms, regions, benefits or treatments with $id, scored in Cypher
 * (weights and reasoning: docs/related-conditions.md). Each branch yields (other, shared, weight, df):
 * the base weight of what is shared and how many conditions share it (df, read from the degree store
 * like the hub check, so it costs no traversal). The weight is scaled by the rarity of the shared
 * entity, idf = ln(1 + (N - df + 0.5) / (df + 0.5)) over the N conditions of the graph (BM25's idf): a
 * treatment every condition shares weighs almost nothing, one shared by two conditions weighs most.
 * Weights are summed per shared entity first, so an entity is listed once, then per condition.
 *
 * The broader categories of $id (its SUBTYPE_OF ancestors: "running injuries" for shin splints) are not
 * its peers and are left out; a narrower condition (a kind of $id) is kept and marked NARROWER, another
 * umbrella (one with kinds of its own: "knee injuries" for IT band syndrome) is marked CATEGORY.
 * A non-condition id matches no :Condition and yields no rows. Each relationship type fixes the kinds of
 * its ends (src/domain/vocabulary.ts, enforced on every write; kinds never change), so the far ends
 * carry no label check: on a hub condition that is one db hit fewer for each of ~100k rows.
 */
export const RELATED_CONDITIONS = inBothShapes(
  (shape) => `
MATCH (c:Condition {id: $id})
CALL () { MATCH (k:Condition) RETURN toFloat(count(k)) AS conditions }
WITH c, conditions, COLLECT { MATCH (c)-[:SUBTYPE_OF]->{1,${RELATED_BROADER_DEPTH}}(up) RETURN DISTINCT up } AS broader
CALL (c, conditions) {
  // A symptom both present: 2.
  MATCH (c)-[:PRESENTS]->(s)
  WITH c, conditions, s, COUNT { (s)<-[:PRESENTS]-() } AS df
  WHERE df <= $hubLimit
  WITH c, s, ${idf('df')} AS idf, ${specific('df')} AS specific
  MATCH (s)<-[:PRESENTS]-(other)
  WHERE other <> c
  RETURN other, s AS shared, 2.0 * idf AS weight, specific
  UNION ALL
  // A region both affect: 3.
  MATCH (c)-[:AFFECTS]->(r)
  WITH c, conditions, r, COUNT { (r)<-[:AFFECTS]-() } AS df
  WHERE df <= $hubLimit
  WITH c, r, ${idf('df')} AS idf, ${specific('df')} AS specific
  MATCH (r)<-[:AFFECTS]-(other)
  WHERE other <> c
  RETURN other, r AS shared, 3.0 * idf AS weight, specific
  UNION ALL
  // A region one hop up (a region either affects, or the parent of one): 1, unless both affect it
  // (counted above) or it is only the parent of a region both affect (already explained by that region).
  MATCH (c)-[:AFFECTS]->(:BodyRegion)-[:PART_OF]->{0,1}(near:BodyRegion)
  WITH DISTINCT c, conditions, near
  // How many AFFECTS reach near or a direct part of it, summed from the degree store region by region
  // (counting the paths themselves walked every one of them: most of a rare condition's cost). An upper
  // bound on the conditions reaching it (one reaching it through two parts counts twice): the hub check.
  CALL (near) {
    OPTIONAL MATCH (near)<-[:PART_OF]-(part:BodyRegion)
    WITH sum(COUNT { (part)<-[:AFFECTS]-() }) AS throughParts
    RETURN COUNT { (near)<-[:AFFECTS]-() } + throughParts AS reach
  }
  WITH c, conditions, near, reach, EXISTS { (c)-[:AFFECTS]->(near) } AS cAffectsNear WHERE reach <= $hubLimit
  // Below the hub limit the conditions reaching near are walked anyway, so its df is exact: each counted once.
  CALL (near) {
    MATCH (near)<-[:PART_OF]-{0,1}(:BodyRegion)<-[:AFFECTS]-(reacher:Condition)
    RETURN collect(DISTINCT reacher) AS reached
  }
  WITH c, near, cAffectsNear, reached, size(reached) AS df
  WITH c, near, cAffectsNear, reached, ${idf('df')} AS idf, ${specific('df')} AS specific
  UNWIND reached AS other
  WITH c, near, cAffectsNear, idf, specific, other
  WHERE other <> c
    AND NOT (cAffectsNear AND (other)-[:AFFECTS]->(near))
    AND NOT EXISTS { (c)-[:AFFECTS]->(same:BodyRegion)<-[:AFFECTS]-(other) WHERE (same)-[:PART_OF]->(near) }
  RETURN other, near AS shared, 1.0 * idf AS weight, specific
  UNION ALL
  // A benefit claimed to help both: 2 x the weaker of the two claims' strength (HIGH 1 .. VERY_LOW 0.25).
  MATCH (c)<-[h1:HELPS]-(b)
  WITH c, conditions, b, max(h1.strengthRank) AS r1, COUNT { (b)-[:HELPS]->() } AS df
  WHERE df <= $hubLimit
  WITH c, b, r1, ${idf('df')} AS idf, ${specific('df')} AS specific
  MATCH (b)-[h2:HELPS]->(other)
  WHERE other <> c
  WITH other, b, r1, idf, specific, max(h2.strengthRank) AS r2
  RETURN other, b AS shared, 2.0 * CASE WHEN r1 < r2 THEN r1 ELSE r2 END / 4.0 * idf AS weight, specific
  UNION ALL
  // A treatment claimed to treat or prevent both: 1 x the weaker strength (the stronger claim per condition).
  // df counts TREATS and PREVENTS relationships, so a condition both treated and prevented counts twice.
  MATCH (c)<-[t1:TREATS|PREVENTS]-(t)
  WITH c, conditions, t, max(t1.strengthRank) AS r1, COUNT { (t)-[:TREATS|PREVENTS]->() } AS df
  WHERE df <= $hubLimit
  WITH c, t, r1, ${idf('df')} AS idf, ${specific('df')} AS specific
  MATCH (t)-[t2:TREATS|PREVENTS]->(other)
  WHERE other <> c
  WITH other, t, r1, idf, specific, max(t2.strengthRank) AS r2
  RETURN other, t AS shared, 1.0 * CASE WHEN r1 < r2 THEN r1 ELSE r2 END / 4.0 * idf AS weight, specific
}
WITH c, broader, other, shared, sum(weight) AS weight, max(specific) AS specific
WHERE NOT other IN broader
// Score every candidate from node references alone: a hub condition has tens of thousands of candidates,
// and reading their properties (or ordering their shared entities) before the cut was most of the work.
// Rounded so that equal sums come out equal whatever order they were added in.
WITH c, other, round(sum(weight), 4) AS score, collect({node: shared, weight: weight}) AS shared, max(specific) AS specific
// A condition that shares only what most conditions share (acupuncture, in the seed) is not related to it.
WHERE specific = 1
ORDER BY score DESC, other.id
LIMIT $first
CALL (shared) {
  UNWIND shared AS s
  WITH s.node AS node ORDER BY s.weight DESC, node.id
  LIMIT $sharedLimit
  RETURN collect(${entityMap('node', shape)}) AS sharedProps
}
RETURN ${entityMap('other', shape)} AS condition, score, sharedProps AS shared, size(shared) AS sharedCount, ${RELATION_OF}`,
);

/** from == to: the one path of length 0, when the entity exists. */
export const ZERO_LENGTH_PATH = inBothShapes(
  (shape) => `
MATCH (a:Entity {id: $from})
RETURN 0 AS length, [${entityMap('a', shape)}] AS nodes, [] AS relationships`,
);

/**
 * `selector` applied to the simple paths (no entity twice) from a to b of 1..hops steps; `v` lists the
 * nodes after a. One step needs neither selector nor check (a <> b), and Cypher rewrites {1,1} into a
 * plain relationship, which may not carry a parenthesised WHERE, so it is written plainly.
 */
const simplePaths = (selector: string, hops: number) =>
  hops === 1
    ? `(a)-[:${TRAVERSABLE_TYPES}]-(b)`
    : `${selector} ((a)(()-[:${TRAVERSABLE_TYPES}]-(v:Entity)){1,${hops}}(b) ` +
      `WHERE NOT a IN v AND all(i IN range(0, size(v) - 2) WHERE NOT v[i] IN v[i + 1..]))`;

/**
 * Up to $first shortest simple paths of at most `maxHops` steps, in either direction, in one round trip.
 * SHORTEST k alone picks arbitrarily among paths of equal length, so the query works in two steps:
 *   1. SHORTEST 10 (MAX_PATHS, the largest $first) finds the lengths of the $first shortest paths; the longest of those is the boundary.
 *   2. Every simple path up to the boundary (SHORTEST n GROUPS with the boundary as a static bound, one
 *      UNION branch per possible boundary, only the matching branch runs) is sorted by length, node ids,
 *      relationship ids, and the first $first are kept.
 * Step 2 never enumerates beyond the boundary length, so longer paths (which multiply around hubs
 * such as acupuncture) are never built.
 */
function pathsQuery(maxHops: number): string {
  const branches = Array.from({ length: maxHops }, (_, i) => i + 1).map(
    (bound) => `
  WITH a, b WHERE boundary = ${bound}
  MATCH p = ${simplePaths(`SHORTEST ${bound} GROUPS`, bound)}
  RETURN p`,
  );
  return `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE a <> b
CALL (a, b) {
  MATCH p = ${simplePaths(`SHORTEST ${MAX_PATHS}`, maxHops)}
  WITH length(p) AS len ORDER BY len
  RETURN last(collect(len)[0..$first]) AS boundary
}
WITH a, b, boundary WHERE boundary IS NOT NULL
CALL (a, b, boundary) {${branches.join('\n  UNION ALL')}
}
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | ${relationshipMap('r')}] AS relationships
ORDER BY length(p), nodeIds, [r IN relationships | r.id]
LIMIT $first
RETURN length(p) AS length, [n IN nodes(p) | n {.*}] AS nodes, relationships`;
}

/**
 * PATHS[maxHops] for maxHops 1..MAX_PATH_HOPS: the unbounded query `paths` ran before the bounded search
 * (./pathSearch.ts). Kept as the reference the search is tested against (test/integration/pathSearch.test.ts)
 * and as the `@cypher` statement the benchmark gives @neo4j/graphql (what a user of the library would write);
 * the service itself no longer runs it.
 */
export const PATHS: readonly string[] = Array.from({ length: MAX_PATH_HOPS + 1 }, (_, hops) => (hops === 0 ? '' : pathsQuery(hops)));

/**
 * The bounded path search (./pathSearch.ts) in three kinds of round trip, all in one read transaction.
 * PATH_ENDS finds both ends with their degrees; PATH_EXPAND reads every traversable relationship of a
 * frontier (element ids, so no index lookup per entity) with the degree of the entity at the other end
 * (all relationship types: one degree-store read, where naming the 15 traversable types cost 15 and was
 * most of the query), which is what the hub rule and the work budget look at; PATH_DETAILS turns
 * the element ids of the paths found into what the API shows.
 */
const degree = (n: string) => `COUNT { (${n})--() }`;

export const PATH_ENDS = `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
RETURN elementId(a) AS fromEid, ${degree('a')} AS fromDegree, elementId(b) AS toEid, ${degree('b')} AS toDegree`;

/** A frontier's traversable relationships (element ids in), optionally kept to those whose other end passes `where`. */
const pathRelationships = (where: string) => `
UNWIND $frontier AS eid
MATCH (n:Entity) WHERE elementId(n) = eid
MATCH (n)-[r:${TRAVERSABLE_TYPES}]-(m:Entity)${where}
RETURN eid AS from, elementId(m) AS to, m.id AS toId, ${degree('m')} AS toDegree, elementId(r) AS rel,
       type(r) AS type, r.claimId AS claimId, startNode(r) = n AS outgoing`;

export const PATH_EXPAND = pathRelationships('');

/** PATH_EXPAND kept to the relationships whose other end is in $targets (a set: a parameter list under IN). */
export const PATH_BRIDGE = pathRelationships('\nWHERE elementId(m) IN $targets');

export const PATH_DETAILS = inBothShapes(
  (shape) => `
CALL () {
  UNWIND $nodes AS eid
  MATCH (n:Entity) WHERE elementId(n) = eid
  RETURN collect([eid, ${entityMap('n', shape)}]) AS nodes
}
CALL () {
  UNWIND $rels AS eid
  MATCH ()-[r]->() WHERE elementId(r) = eid
  RETURN collect([eid, ${relationshipRow('r')}]) AS rels
}
RETURN nodes, rels`,
);

/**
 * The unbounded neighbourhood query `neighborhood` ran before the bounded walk (./neighborhood.ts): kept as the
 * `@cypher` statement the benchmark gives @neo4j/graphql; the service no longer runs it.
 * Entities within `depth` hops of $id (either direction) and the relationships among them.
 * The variable-length match with min(length) runs as a pruning breadth-first expand, so each entity
 * is reached once at its distance. The centre comes first, then by distance and id; $limit counts
 * the centre, and one extra neighbour is fetched only to know whether the limit cut something.
 */
function neighborhoodQuery(depth: number): string {
  return `
MATCH (c:Entity {id: $id})
OPTIONAL CALL (c) {
  MATCH p = (c)-[:${TRAVERSABLE_TYPES}*1..${depth}]-(n:Entity)
  WHERE n <> c
  RETURN n, min(length(p)) AS distance
}
WITH c, n, distance
ORDER BY distance, n.id
LIMIT $limit
WITH c, collect(n) AS around
WITH [c] + around AS found
WITH found[0..$limit] AS nodes, size(found) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS x
  MATCH (x)-[r:${TRAVERSABLE_TYPES}]->(y:Entity)
  WHERE y IN nodes
  WITH ${relationshipMap('r')} AS relationship
  ORDER BY relationship.id
  RETURN collect(relationship) AS relationships
}
RETURN [n IN nodes | n {.*}] AS nodes, relationships, truncated`;
}

/** NEIGHBORHOOD[depth] for depth 1..MAX_NEIGHBORHOOD_DEPTH. */
export const NEIGHBORHOOD: readonly string[] = Array.from({ length: MAX_NEIGHBORHOOD_DEPTH + 1 }, (_, depth) =>
  depth === 0 ? '' : neighborhoodQuery(depth),
);

/**
 * The bounded neighbourhood (./neighborhood.ts). NEIGHBOUR_CENTRE finds the centre and its degree;
 * NEIGHBOUR_EXPAND gives each frontier entity's strongest new neighbours (rank 5 for a descriptive link, the
 * claim's strengthRank otherwise; then by id), at most $take + 1 each, with their degrees; NEIGHBOUR_LINKS lists
 * the relationships among the entities kept, read from the entities in $scan (the walk picks the least connected
 * first, so a hub's thousands of relationships are read only when the budget allows), sorted by id and cut at $max.
 * $seen and $nodes are parameters, so `IN` tests them as a set.
 */
export const NEIGHBOUR_CENTRE = `
MATCH (c:Entity {id: $id})
RETURN elementId(c) AS eid, ${degree('c')} AS degree`;

export const NEIGHBOUR_EXPAND = `
UNWIND $frontier AS eid
MATCH (n:Entity) WHERE elementId(n) = eid
CALL (n) {
  MATCH (n)-[r:${TRAVERSABLE_TYPES}]-(m:Entity)
  WHERE NOT elementId(m) IN $seen
  WITH m, max(coalesce(r.strengthRank, 5)) AS strength
  ORDER BY strength DESC, m.id
  LIMIT $takeOneMore
  RETURN m, strength
}
RETURN eid AS from, elementId(m) AS to, m.id AS toId, ${degree('m')} AS toDegree, strength`;

export const NEIGHBOUR_LINKS = inBothShapes(
  (shape) => `
CALL () {
  UNWIND $nodes AS eid
  MATCH (n:Entity) WHERE elementId(n) = eid
  RETURN collect([eid, ${entityMap('n', shape)}]) AS nodes
}
CALL () {
  UNWIND $scan AS eid
  MATCH (x:Entity) WHERE elementId(x) = eid
  MATCH (x)-[r:${TRAVERSABLE_TYPES}]-(y:Entity)
  WHERE elementId(y) IN $nodes
  WITH DISTINCT r
  WITH r, startNode(r).id AS from, type(r) AS type, endNode(r).id AS to, r.claimId AS claimId
  ORDER BY ${relationshipIdOf('type', 'from', 'to', 'claimId')}
  LIMIT $max
  RETURN collect([type, from, to, r.strength, claimId]) AS relationships
}
RETURN nodes, relationships`,
);
