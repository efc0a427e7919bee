/** Cypher for claims and sources. */

/**
 * True when nothing but a lay article supports the claim: no supporting finding, and every source a lay article.
 * Computed, not stored, so it stays right for claims added through the API.
 */
const ONLY_LAY_SUPPORT = `(NOT EXISTS { (c)<-[:BEARS_ON {stance: 'SUPPORTS'}]-(:Finding) }
    AND all(kind IN [(c)-[:SUPPORTED_BY]->(s) | s.kind] WHERE kind = 'LAY_ARTICLE'))`;

/** A claim with the ids at its ends and of its sources. */
export const CLAIM_FIELDS = `c {
  .id, .predicate, .strength, .statement, .createdAt, .createdBy, .retractedAt, .retractedBy, .retractionReason,
  .gradeStart, .gradeStartReason, .gradeReasons, .balance, .qualifiers,
  onlyLaySupport: ${ONLY_LAY_SUPPORT},
  subjectId: [(c)-[:SUBJECT]->(s) | s.id][0],
  objectId: [(c)-[:OBJECT]->(o) | o.id][0],
  sourceIds: [(c)-[:SUPPORTED_BY]->(src) | src.id]
}`;

export const CLAIMS_BY_IDS = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN ${CLAIM_FIELDS} AS claim`;

/** Every claim touching each entity, with the role the entity plays in it. */
export const CLAIMS_BY_ENTITY = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[role:SUBJECT|OBJECT]-(c:Claim)
RETURN id, type(role) AS role, ${CLAIM_FIELDS} AS claim`;

/**
 * For each entity, its strongest $first claims that pass the filters, strongest first then by id, as one
 * ordered list per entity. The cut happens in Cypher: a hub such as acupuncture has thousands of claims,
 * and shipping them all to be trimmed in JavaScript cost most of an entity page's time.
 */
/** The strongest $first claims of entity `e` that pass the filters ($role, $includeRetracted, $minRank), as `role`, `c`. */
export const topClaimsOf = (e: string) => `
  MATCH (${e})<-[role:SUBJECT|OBJECT]-(c:Claim)
  WHERE ($role IS NULL OR type(role) = $role)
    AND ($includeRetracted OR c.retractedAt IS NULL)
    AND c.strengthRank >= $minRank
  WITH role, c ORDER BY c.strengthRank DESC, c.id
  LIMIT $first`;

export const TOP_CLAIMS_BY_ENTITY = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  ${topClaimsOf('e')}
  RETURN collect({role: type(role), claim: ${CLAIM_FIELDS}}) AS claims
}
RETURN id, claims`;

/**
 * For each condition, the live claims that a treatment treats or prevents it (at least $minRank), bounded as
 * Condition.treatments is (src/domain/listBounds.ts): the $treatments treatments with the strongest claim, each
 * with its $claimsPerTreatment strongest claims, strongest first then by id. Only the grouping fields of a hub
 * condition's other claims are read; the full fields of at most treatments x claimsPerTreatment are shipped.
 */
export const TREATMENT_CLAIMS_BY_CONDITION = `
UNWIND $ids AS id
MATCH (condition:Condition {id: id})
CALL (condition) {
  MATCH (condition)<-[:OBJECT]-(c:Claim)-[:SUBJECT]->(t)
  WHERE c.predicate IN ['TREATS', 'PREVENTS'] AND c.retractedAt IS NULL AND c.strengthRank >= $minRank
  WITH t, c ORDER BY c.strengthRank DESC, c.id
  WITH t, collect(c)[0..$claimsPerTreatment] AS claims
  WITH claims ORDER BY claims[0].strengthRank DESC, claims[0].id
  LIMIT $treatments
  UNWIND claims AS c
  RETURN collect(${CLAIM_FIELDS}) AS claims
}
RETURN id, claims`;

/** For each source, its strongest $first claims (live ones unless asked), strongest first then by id. */
export const TOP_CLAIMS_BY_SOURCE = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)<-[:SUPPORTED_BY]-(c:Claim)
  WHERE $includeRetracted OR c.retractedAt IS NULL
  WITH c ORDER BY c.strengthRank DESC, c.id
  LIMIT $first
  RETURN collect(${CLAIM_FIELDS}) AS claims
}
RETURN id, claims`;

export const SOURCES_BY_IDS = `
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source`;

export const FIRST_SOURCES = `
MATCH (s:Source)
RETURN s {.*} AS source ORDER BY s.id LIMIT $first`;

/** Where a claim page query starts: from the most selective filter given, so it never scans all claims needlessly. */
export type ClaimAnchor = 'subject' | 'object' | 'source' | 'all';

const ANCHOR_MATCH: Record<ClaimAnchor, string> = {
  subject: 'MATCH (:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)',
  object: 'MATCH (:Entity {id: $object})<-[:OBJECT]-(c:Claim)',
  source: 'MATCH (:Source {id: $source})<-[:SUPPORTED_BY]-(c:Claim)',
  all: 'MATCH (c:Claim)',
};

const CLAIM_FILTER = `c.retractedAt IS NULL AND c.strengthRank >= $minRank
    AND ($subject IS NULL OR EXISTS { (c)-[:SUBJECT]->(:Entity {id: $subject}) })
    AND ($object IS NULL OR EXISTS { (c)-[:OBJECT]->(:Entity {id: $object}) })
    AND ($source IS NULL OR EXISTS { (c)-[:SUPPORTED_BY]->(:Source {id: $source}) })
    AND (NOT $singleSourceOnly OR c.sourceCount = 1)
    AND ($balance IS NULL OR coalesce(c.balance, 'UNTESTED') = $balance)
    AND (NOT $onlyLaySupport OR ${ONLY_LAY_SUPPORT})`;

/**
 * A page of live claims, strongest first then by id, with the total, in one round trip.
 * The cursor is the (strengthRank, id) of the last claim seen, so pages never repeat or skip a claim.
 * The page is collected inside its subquery, so an empty page is one row (with the total), not none.
 */
export function claimPageQuery(anchor: ClaimAnchor): string {
  return `
CALL () {
  ${ANCHOR_MATCH[anchor]}
  WHERE ${CLAIM_FILTER}
  RETURN count(c) AS total
}
CALL () {
  ${ANCHOR_MATCH[anchor]}
  WHERE ${CLAIM_FILTER}
    AND ($afterRank IS NULL OR c.strengthRank < $afterRank OR (c.strengthRank = $afterRank AND c.id > $afterId))
  WITH c ORDER BY c.strengthRank DESC, c.id ASC LIMIT $limit
  RETURN collect(${CLAIM_FIELDS}) AS claims
}
RETURN total, claims`;
}

/** A finding's own properties (figures as JSON text, the id of its study in sourceId). */
const FINDING_FIELDS = 'f {.*}';

export const FINDINGS_BY_IDS = `
UNWIND $ids AS id
MATCH (f:Finding {id: id})
RETURN ${FINDING_FIELDS} AS finding`;

/** Every finding of each study, in curated order. */
export const FINDINGS_BY_SOURCE = `
UNWIND $ids AS id
MATCH (:Source {id: id})<-[:REPORTED_IN]-(f:Finding)
WITH id, f ORDER BY f.order
RETURN id, collect(${FINDING_FIELDS}) AS findings`;

/** Each claim's findings with their stance: supporting, contradicting, open, each in curated order. */
export const CLAIM_FINDINGS_BY_CLAIM = `
UNWIND $ids AS id
MATCH (c:Claim {id: id})<-[b:BEARS_ON]-(f:Finding)
WITH id, c, b, f ORDER BY b.stanceRank, b.order
RETURN id, collect({stance: b.stance, note: b.note, claim: ${CLAIM_FIELDS}, finding: ${FINDING_FIELDS}}) AS links`;

/** The claims each finding bears on (live ones only), strongest claim first. */
export const CLAIM_FINDINGS_BY_FINDING = `
UNWIND $ids AS id
MATCH (f:Finding {id: id})-[b:BEARS_ON]->(c:Claim)
WHERE c.retractedAt IS NULL
WITH id, c, b, f ORDER BY c.strengthRank DESC, c.id
RETURN id, collect({stance: b.stance, note: b.note, claim: ${CLAIM_FIELDS}, finding: ${FINDING_FIELDS}}) AS links`;

/** Adverse-event findings bearing on any live claim made for each treatment, in curated order. */
export const ADVERSE_EVENTS_BY_TREATMENT = `
UNWIND $ids AS id
MATCH (:Treatment {id: id})<-[:SUBJECT]-(c:Claim)<-[:BEARS_ON]-(f:Finding {outcomeKind: 'ADVERSE_EVENTS'})
WHERE c.retractedAt IS NULL
WITH DISTINCT id, f ORDER BY f.order
RETURN id, collect(${FINDING_FIELDS}) AS findings`;

/** Sources that describe a study, by id. */
export const ALL_STUDIES = `
MATCH (s:Source) WHERE s.design IS NOT NULL
RETURN s {.*} AS source ORDER BY s.id`;
