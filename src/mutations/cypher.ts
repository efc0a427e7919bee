/** Cypher for the write mutations; each mutation runs these inside one transaction. */

export const ENTITY_KIND_AND_PARTNERS = `
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n.kind AS kind, coalesce(n.ambiguousWith, []) AS partners`;

export const UPSERT_ENTITY = `
MERGE (n:Entity {id: $id})
SET n += $props, n:$($label)
SET n.updatedAt = $at, n.updatedBy = $by, n.createdAt = coalesce(n.createdAt, $at), n.createdBy = coalesce(n.createdBy, $by)`;

/** Entities that share a normalised name with any of the given names (a scan; mutations are rare). */
export const NAME_SHARERS = `
MATCH (o:Entity) WHERE o.id <> $id AND any(x IN o.normNames WHERE x IN $normNames)
RETURN o.id AS id`;

/** Name, aliases and the names of every entity sharing one of them, for each id. */
export const AMBIGUITY_INPUTS = `
UNWIND $ids AS eid
MATCH (e:Entity {id: eid})
CALL (e) {
  MATCH (o:Entity) WHERE o <> e AND any(x IN o.normNames WHERE x IN e.normNames)
  RETURN collect({id: o.id, normNames: o.normNames}) AS sharers
}
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, sharers`;

export const SET_AMBIGUITY = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.ambiguousAliases = row.ambiguousAliases, e.ambiguousWith = row.ambiguousWith`;

export const CLAIM_ENDS = `
OPTIONAL MATCH (s:Entity {id: $subject})
OPTIONAL MATCH (o:Entity {id: $object})
RETURN s.kind AS subjectKind, o.kind AS objectKind`;

export const SOURCE_KINDS_BY_ID = `
UNWIND $ids AS sid
OPTIONAL MATCH (s:Source {id: sid})
RETURN sid AS id, s.kind AS kind`;

export const CLAIM_ID_TAKEN = `
OPTIONAL MATCH (c:Claim {id: $id}) RETURN c IS NOT NULL AS taken`;

// CREATE, not MERGE: the unique constraint on source ids refuses a duplicate even under a race.
export const CREATE_SOURCES = `
UNWIND $sources AS src
CREATE (s:Source {id: src.id})
SET s += src.props, s.createdAt = $at, s.createdBy = $by`;

export const CREATE_CLAIM = `
MATCH (s:Entity {id: $subject}), (o:Entity {id: $object})
CREATE (c:Claim {id: $id})
SET c.predicate = $predicate, c.strength = $strength, c.strengthRank = $strengthRank, c.statement = $statement,
    c.sourceCount = size($sourceIds), c.createdAt = $at, c.createdBy = $by
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
CREATE (s)-[r:$($predicate)]->(o)
SET r.claimId = $id, r.strength = $strength, r.strengthRank = $strengthRank
WITH c
UNWIND $sourceIds AS sid
MATCH (src:Source {id: sid})
CREATE (c)-[:SUPPORTED_BY]->(src)`;

export const CLAIM_STATE = `
OPTIONAL MATCH (c:Claim {id: $id})
RETURN c IS NOT NULL AS exists, c.retractedAt AS retractedAt`;

/** Keeps the claim node (history) and removes the direct edge that traversals follow. */
export const RETRACT_CLAIM = `
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
SET c.retractedAt = $at, c.retractedBy = $by, c.retractionReason = $reason
WITH c, s, o
OPTIONAL MATCH (s)-[r]->(o) WHERE r.claimId = c.id
DELETE r
RETURN DISTINCT s.id AS subject, c.predicate AS predicate, o.id AS object`;
