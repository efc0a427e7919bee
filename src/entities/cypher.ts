/** Cypher for entities. `n {.*}` returns every stored property; toEntityRecord picks what the API shows. */

export const ENTITIES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS entity`;

// Count and page in one round trip; ids order the pages, so `after` is the last id seen.
// The page is collected inside its subquery, so an empty page is one row (with the total), not none.
export const ENTITY_PAGE = `
CALL () {
  MATCH (n:Entity) WHERE $kind IS NULL OR n.kind = $kind
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity) WHERE ($kind IS NULL OR n.kind = $kind) AND ($after IS NULL OR n.id > $after)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n {.*}) AS entities
}
RETURN total, entities`;

/** Entities one typed hop away from each id, in either direction, ordered by name. */
export const LINKED_OUT = `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:$($type)]->(m:Entity)
WITH id, m ORDER BY m.name
RETURN id, collect(m {.*}) AS entities`;

export const LINKED_IN = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:$($type)]-(m:Entity)
WITH id, m ORDER BY m.name
RETURN id, collect(m {.*}) AS entities`;

/** Every region above each region, nearest first. */
export const ANCESTORS = `
UNWIND $ids AS id
MATCH p = (:BodyRegion {id: id})-[:PART_OF*1..10]->(:BodyRegion)
WITH id, p ORDER BY length(p) DESC
WITH id, head(collect(nodes(p))) AS chain
RETURN id, [r IN tail(chain) | r {.*}] AS entities`;
