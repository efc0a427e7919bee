/**
 * Cypher for stored related-conditions rankings (docs/related-conditions.md, "Stored rankings").
 *
 * A ranking is what the live scoring (RELATED_CONDITIONS in src/traversal/cypher.ts, the one copy of the
 * scoring) answered for a condition with `first` = 50, kept on a :RelatedRanking node (not an :Entity, not
 * linked by any relationship, so no traversal, export or count of the graph sees it) under the condition's id.
 * Parallel lists hold the ranked conditions' ids, scores, sharedCount and relation; the (at most 20) shared
 * entities of all results are flattened into `sharedIdx`, indexes into `featureIds` (the distinct shared ids:
 * integer lists are stored packed), the i-th result's from `sharedStarts[i]` to `sharedStarts[i + 1]`.
 * Entity properties are not copied: a read looks every id up, so a renamed entity reads as renamed.
 *
 * `conditions` is the number of conditions when the ranking was computed. Every idf depends on it, so a
 * ranking is served only while the graph still holds exactly that many conditions, and only while it is not
 * `dirty` (a claim written since can change it); otherwise the live scoring answers instead
 * (src/related/refresher.ts brings them up to date again). `version` grows with every write to a ranking (a
 * store, a dirty mark): the refresher computes outside any lock and stores only what no write touched since.
 */

import { idf, RELATED_BROADER_DEPTH, specific } from '../traversal/cypher';
import { entityMap, inBothShapes } from '../entities/cypher';

/**
 * Write locks, held until commit, on the rankings of the conditions among $ids (created empty when missing, so
 * that a condition without a ranking yet can be locked too). Every transaction that recomputes a ranking takes
 * its lock before reading what the ranking is computed from: two that recompute the same ranking run one after
 * the other, and the later reads what the earlier committed. $ids come sorted, so that transactions lock in
 * one order (Neo4j detects the rest as deadlocks, which the driver retries).
 */
export const LOCK_RANKINGS = `
UNWIND $ids AS id
MATCH (:Condition {id: id})
MERGE (r:RelatedRanking {conditionId: id})
SET r.locked = true
REMOVE r.locked`;

/**
 * Marks the rankings of the conditions among $ids (sorted) as possibly changed by a write, taking their locks
 * (and creating an empty one where there is none, so that its version can be checked): not served until
 * recomputed, and a recompute that read before this mark is not stored.
 */
export const MARK_DIRTY = `
UNWIND $ids AS id
MATCH (:Condition {id: id})
MERGE (r:RelatedRanking {conditionId: id})
SET r.dirty = true, r.version = coalesce(r.version, 0) + 1`;

/** The versions of the rankings of $ids (0 for one not stored yet), read before computing them. */
export const RANKING_VERSIONS = `
UNWIND $ids AS id
OPTIONAL MATCH (r:RelatedRanking {conditionId: id})
RETURN id, coalesce(r.version, 0) AS version`;

/**
 * Write locks, held until commit, for the subjects of written links among $subjects (sorted): the treatment or
 * benefit of a claim, the symptom or region of a descriptive link. Writes about the same subject mark one after
 * the other, so each reads the conditions linked to it with the other's links committed. (Two first claims of
 * a new treatment lock no ranking in common; without this each would miss the other.) It is a node of its
 * own, not the subject's: a claim write has already created relationships at the subject, which takes
 * Neo4j's own locks on it, and two such writes then asking for the subject's write lock deadlock.
 */
export const LOCK_SUBJECTS = `
UNWIND $subjects AS subject
MERGE (l:RelatedRankingLock {id: subject})
SET l.held = true`;

export const CONDITION_COUNT = `MATCH (k:Condition) RETURN count(k) AS conditions`;

export const ALL_CONDITION_IDS = `MATCH (k:Condition) RETURN k.id AS id ORDER BY id`;

export const STORE_RANKINGS = `
UNWIND $rows AS row
MERGE (r:RelatedRanking {conditionId: row.id})
// Rows computed outside the lock carry the version they read; one written since is not overwritten.
WITH r, row WHERE row.version IS NULL OR coalesce(r.version, 0) = row.version
SET r.version = coalesce(r.version, 0) + 1, r.conditions = $conditions, r.ids = row.ids, r.scores = row.scores, r.relations = row.relations, r.featureIds = row.featureIds,
    // JavaScript numbers arrive as floats; range() and the API want integers.
    r.sharedCounts = [n IN row.sharedCounts | toInteger(n)], r.sharedIdx = [n IN row.sharedIdx | toInteger(n)],
    r.sharedStarts = [n IN row.sharedStarts | toInteger(n)]
REMOVE r.dirty
RETURN count(r) AS stored`;

/** What each condition links to, per family the scoring reads, and its broader categories. */
export const CONDITION_LINKS = `
UNWIND $ids AS cid
MATCH (c:Condition {id: cid})
RETURN cid AS id,
  COLLECT { MATCH (c)-[:PRESENTS]->(s) RETURN DISTINCT s.id } AS symptom,
  COLLECT { MATCH (c)-[:AFFECTS]->(r) RETURN DISTINCT r.id } AS region,
  COLLECT { MATCH (c)-[:AFFECTS]->(:BodyRegion)-[:PART_OF]->{0,1}(near:BodyRegion) RETURN DISTINCT near.id } AS near,
  COLLECT { MATCH (c)<-[:HELPS]-(b) RETURN DISTINCT b.id } AS benefit,
  COLLECT { MATCH (c)<-[:TREATS|PREVENTS]-(t) RETURN DISTINCT t.id } AS treatment,
  COLLECT { MATCH (c)-[:SUBTYPE_OF]->{1,${RELATED_BROADER_DEPTH}}(up) RETURN DISTINCT up.id } AS broader,
  COLLECT { MATCH (c)<-[:SUBTYPE_OF]-{1,${RELATED_BROADER_DEPTH}}(down) RETURN DISTINCT down.id } AS narrower`;

/*
 * FEATURE_MEMBERS: each member as a list [id, times, rank] ([id, times, rank, via] for near regions), not a map:
 * a map sends and decodes its keys with every member, which was most of the driver's decoding in the refresher
 * (a profile at hetionet: the maps 15% of the profiled time, all of the decoding 16%).
 */

/** Members of descriptive-link features: who has the link and how many times; hubs (df over the limit) left out. */
const linkMembers = (pattern: (x: string, o: string) => string) => `
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WITH e, eid, COUNT { ${pattern('e', '')} } AS df
WHERE df <= $hubLimit
RETURN eid AS id, df, COLLECT { MATCH ${pattern('e', 'o')} WITH o, count(*) AS times RETURN [o.id, times, 0] } AS members`;

/** Members of claim features: each condition once with its strongest claim's rank. */
const claimMembers = (types: string) => `
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
WITH e, eid, COUNT { (e)-[:${types}]->() } AS df
WHERE df <= $hubLimit
RETURN eid AS id, df,
  COLLECT { MATCH (e)-[h:${types}]->(o) WITH o, max(h.strengthRank) AS rank RETURN [o.id, 1, rank] } AS members`;

/**
 * Regions one hop up: reach (the hub check, from the degree store as in the live query), then every
 * condition reaching the region through itself or a direct part, with the regions it reaches it through.
 */
const NEAR_MEMBERS = `
UNWIND $ids AS eid
MATCH (near:BodyRegion {id: eid})
CALL (near) {
  OPTIONAL MATCH (near)<-[:PART_OF]-(part:BodyRegion)
  WITH sum(COUNT { (part)<-[:AFFECTS]-() }) AS throughParts
  RETURN COUNT { (near)<-[:AFFECTS]-() } + throughParts AS reach
}
WITH near, eid WHERE reach <= $hubLimit
CALL (near) {
  MATCH (near)<-[:PART_OF]-{0,1}(x:BodyRegion)<-[:AFFECTS]-(reacher:Condition)
  WITH reacher, collect(DISTINCT x.id) AS via
  RETURN collect([reacher.id, 1, 0, via]) AS members
}
RETURN eid AS id, size(members) AS df, members`;

export const FEATURE_MEMBERS = {
  symptom: linkMembers((e, o) => `(${e})<-[:PRESENTS]-(${o})`),
  region: linkMembers((e, o) => `(${e})<-[:AFFECTS]-(${o})`),
  near: NEAR_MEMBERS,
  benefit: claimMembers('HELPS'),
  treatment: claimMembers('TREATS|PREVENTS'),
} as const;

/** The idf and the specific flag of each df, computed by Neo4j with the live query's own expressions. */
export const IDF_TABLE = `
CALL () { MATCH (k:Condition) RETURN toFloat(count(k)) AS conditions }
UNWIND $dfs AS df
RETURN df, ${idf('df')} AS idf, ${specific('df')} = 1 AS specific`;

/** Neo4j's round(x, 4), the live query's, for raw scores computed in memory. */
export const ROUND_SCORES = `UNWIND $raws AS raw RETURN raw, round(raw, 4) AS score`;

/**
 * Which of $ids have kinds of their own (umbrellas): with each condition's narrower ones (CONDITION_LINKS) this
 * gives the relation of RELATION_OF (src/traversal/cypher.ts): NARROWER, else CATEGORY, else PEER.
 */
export const UMBRELLAS = `
UNWIND $ids AS id
MATCH (o:Entity {id: id})
WHERE EXISTS { (o)<-[:SUBTYPE_OF]-() }
RETURN id`;

/**
 * Conditions whose ranking is missing or was computed for another number of conditions. Rankings are looked
 * up through the index on `conditions` and missing ones through the count store first, so that the check a
 * refresher repeats is cheap while nothing is stale.
 */
export const STALE_SUMMARY = `
CALL () { MATCH (k:Condition) RETURN count(k) AS conditions }
CALL () { MATCH (r:RelatedRanking) RETURN count(r) AS rankings }
CALL (conditions) {
  RETURN EXISTS { MATCH (r:RelatedRanking) WHERE r.conditions < conditions } OR
         EXISTS { MATCH (r:RelatedRanking) WHERE r.conditions > conditions } OR
         EXISTS { MATCH (r:RelatedRanking) WHERE r.dirty = true } AS outdated
}
RETURN conditions, rankings, outdated`;

/** Conditions whose ranking is missing, outdated or dirty: the dirty ones first (clients just wrote them). */
export const STALE_CONDITION_IDS = `
CALL () {
  MATCH (r:RelatedRanking) WHERE r.dirty = true
  RETURN r.conditionId AS id, 0 AS rank
  UNION
  MATCH (k:Condition)
  WHERE NOT EXISTS { MATCH (r:RelatedRanking {conditionId: k.id}) WHERE r.conditions = $conditions }
  RETURN k.id AS id, 1 AS rank
}
WITH id, min(rank) AS rank
RETURN id ORDER BY rank, id LIMIT $limit`;

/** The direct broader regions (PART_OF) of each region among $ids: one hop up, where its affecting conditions reach. */
export const REGION_PARENTS = `
UNWIND $ids AS id
MATCH (:BodyRegion {id: id})-[:PART_OF]->(up:BodyRegion)
RETURN id, collect(DISTINCT up.id) AS parents`;

/**
 * The stored ranking of $id, the first $first results, in one round trip: `rows` with each shared entity as its
 * index into the ranking's `featureIds`, and `features`, each shared entity those rows name once, as [index,
 * properties]. The shared entities of a ranking are all features of $id, so the same few come back in most rows:
 * looked up per row they were most of the query's index seeks and of the bytes the driver decoded (up to 20 per
 * result; about 1 + results + distinct shared entities seeks now). `fresh` is false when there is no ranking or it
 * was computed for another number of conditions; `rows` and `features` are then empty and not to be used.
 */
export const STORED_RANKING = inBothShapes(
  (shape) => `
OPTIONAL MATCH (r:RelatedRanking {conditionId: $id})
CALL () { MATCH (k:Condition) RETURN count(k) AS conditions }
WITH r, r IS NOT NULL AND r.conditions = conditions AND r.dirty IS NULL AS fresh
CALL (r, fresh) {
  WITH r WHERE fresh
  UNWIND range(0, size(r.ids) - 1) AS i
  WITH r, i WHERE i < $first
  MATCH (o:Condition {id: r.ids[i]})
  WITH r, i, o ORDER BY i
  RETURN collect({condition: ${entityMap('o', shape)}, score: r.scores[i], shared: r.sharedIdx[r.sharedStarts[i]..r.sharedStarts[i + 1]],
                  sharedCount: r.sharedCounts[i], relation: r.relations[i]}) AS rows
}
CALL (r, fresh) {
  WITH r WHERE fresh
  UNWIND range(0, r.sharedStarts[CASE WHEN $first < size(r.ids) THEN $first ELSE size(r.ids) END] - 1) AS j
  WITH DISTINCT r, r.sharedIdx[j] AS f
  MATCH (s:Entity {id: r.featureIds[f]})
  RETURN collect([f, ${entityMap('s', shape)}]) AS features
}
RETURN fresh, rows, features`,
);
