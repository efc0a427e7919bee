/**
 * Cypher for entities. `n {.*}` returns every stored property (toEntityRecord picks what the API shows); entityMap
 * returns the properties of a shape.
 */

import type { Direction, EntityShape } from '../domain/records';
import type { LinkType } from '../domain/vocabulary';
import { CLAIM_FIELDS, topClaimsOf } from '../evidence/cypher';

/** Entity variable `v` as a map of the properties `shape` reads (src/entities/selection.ts); toEntityRecord reads either. */
export const entityMap = (v: string, shape: EntityShape): string => (shape === 'brief' ? `${v} {.id, .kind, .name}` : `${v} {.*}`);

/** A query in both entity shapes, built once each. */
export const inBothShapes = (query: (shape: EntityShape) => string): Readonly<Record<EntityShape, string>> => ({
  brief: query('brief'),
  full: query('full'),
});

export const ENTITIES_BY_IDS = inBothShapes(
  (shape) => `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${entityMap('n', shape)} AS entity`,
);

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

/** The entities one `type` hop from `n` in `direction`, ordered by name, as LINKED_OUT / LINKED_IN order them. */
const linkedOf = (n: string, link: PageLink) =>
  `COLLECT { MATCH (${n}:${link.label})${link.direction === 'OUT' ? `-[:${link.type}]->` : `<-[:${link.type}]-`}(m:Entity) ` +
  `WITH m ORDER BY m.name RETURN ${entityMap('m', link.shape)} }`;

/** A link an entity page reads up front: under the entity's label, its type and direction, its entities' shape. */
export type PageLink = { label: string; type: LinkType; direction: Direction; shape: EntityShape };

/**
 * An entity page in one round trip (src/entities/pagePlan.ts): the entity, the links asked for (`l0`, `l1`...,
 * each empty unless the entity has the label of the type it was asked under) and, when asked, its claims as
 * Entity.claims selects them (TOP_CLAIMS_BY_ENTITY's subquery, with its parameters) with, when those are asked too,
 * `ends` (the other entity of each, the page's own entity left out, in the shape asked) and `sources`. Ends and sources come once each,
 * however many claims share them: every claim on the page has the page's entity at one end and most share their
 * sources, so listed per claim they were most of what the page read and sent. Labels and types come from the
 * schema's fixed tables, never from a client.
 */
export function entityPageBundle(links: readonly PageLink[], claims: null | { ends: EntityShape | null; sources: boolean }): string {
  const linkMap = links.map((l, i) => `l${i}: ${linkedOf('n', l)}`).join(',\n    ');
  const once = (what: string, pattern: string, where: string, map: string) =>
    `CALL (n, shown) {
  UNWIND shown AS c
  MATCH ${pattern}${where}
  WITH DISTINCT x
  RETURN collect(${map}) AS ${what}
}`;
  const claimPart = claims
    ? [
        `CALL (n) {
  ${topClaimsOf('n')}
  RETURN collect({role: type(role), claim: ${CLAIM_FIELDS}}) AS claims, collect(c) AS shown
}`,
        claims.ends ? once('ends', '(c)-[:SUBJECT|OBJECT]->(x)', ' WHERE x <> n', entityMap('x', claims.ends)) : 'WITH *, [] AS ends',
        claims.sources ? once('sources', '(c)-[:SUPPORTED_BY]->(x)', '', 'x {.*}') : 'WITH *, [] AS sources',
      ].join('\n')
    : 'WITH n, [] AS claims, [] AS ends, [] AS sources';
  return `
MATCH (n:Entity {id: $id})
${claimPart}
RETURN n {.*} AS entity, {${linkMap}} AS links, claims, ends, sources`;
}

/** Entities one typed hop away from each id, in either direction, ordered by name. */
export const LINKED_OUT = inBothShapes(
  (shape) => `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[:$($type)]->(m:Entity)
WITH id, m ORDER BY m.name
RETURN id, collect(${entityMap('m', shape)}) AS entities`,
);

export const LINKED_IN = inBothShapes(
  (shape) => `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:$($type)]-(m:Entity)
WITH id, m ORDER BY m.name
RETURN id, collect(${entityMap('m', shape)}) AS entities`,
);

/** Every region above each region, nearest first. */
export const ANCESTORS = `
UNWIND $ids AS id
MATCH p = (:BodyRegion {id: id})-[:PART_OF*1..10]->(:BodyRegion)
WITH id, p ORDER BY length(p) DESC
WITH id, head(collect(nodes(p))) AS chain
RETURN id, [r IN tail(chain) | r {.*}] AS entities`;
