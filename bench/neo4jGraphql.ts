/**
 * The same graph for the Neo4j GraphQL Library (@neo4j/graphql 7): node types for every entity kind,
 * claims and sources with their relationships (the entity page uses the library's generated Cypher),
 * and @cypher fields for what the library cannot generate (search, related conditions, paths,
 * neighbourhood, facts).
 *
 * The @cypher statements embed the service's own Cypher (src/search, src/traversal, src/facts), or for
 * search, paths and neighbourhood the single queries the service ran before issue 12 (SEARCH, PATHS and
 * NEIGHBORHOOD, kept as references: the service now re-ranks search in TypeScript and runs bounded
 * multi-step traversals a @cypher field cannot express), which is what a user of the library would write:
 * - Cypher cannot take a variable-length bound as a parameter, so paths and neighbourhood get one
 *   UNION branch per allowed value, and only the branch whose value matches runs;
 * - search and facts take their parameters from the service's TypeScript (Lucene query, tokens,
 *   bigrams, orders): referenceSearchCall gives search's, bench/capture.ts records those facts'
 *   repository functions send; the field takes those parameters as arguments, and the client sends them;
 * - facts resolve `about` as an id or else as the best full-text hit, then run the service's facts
 *   query and phrase each fact with a plain template in Cypher.
 */
import { ENTITY_SEARCH_INDEX } from '../src/graph/schemaSetup';
import { findFactRows } from '../src/facts/repository';
import { DISCLAIMER } from '../src/facts/sentences';
import { referenceSearchCall } from '../src/search/repository';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_HOPS,
  NEIGHBORHOOD,
  PATHS,
  RELATED_CONDITIONS,
  RELATED_HUB_LIMIT,
  RELATED_SHARED_LIMIT,
  ZERO_LENGTH_PATH,
} from '../src/traversal/cypher';
import { argumentList, capture, toVariable } from './capture';

const ref = (v: string) => `{id: ${v}.id, kind: ${v}.kind, name: ${v}.name}`;
/** A GraphQL block string: its content is raw except for triple quotes, which must be escaped. */
const block = (cypher: string) => `"""\n${cypher.replace(/"""/g, '\\"""')}\n"""`;

/** One UNION branch per allowed bound; the guard keeps every branch but one from producing rows. */
function branches(table: readonly string[], max: number, guard: (n: number) => string): string {
  return Array.from({ length: max }, (_, i) => i + 1)
    .map((n) => `  WITH 1 AS _ WHERE ${guard(n)}\n${table[n]}`)
    .join('\n  UNION ALL\n');
}

const searchStatement = (search: string) => `
CALL () {
${search}
}
RETURN {entity: ${ref('entity')}, score: score, matched: matchedNorm, ambiguous: size(coalesce(entity.ambiguousAliases, [])) > 0} AS hit`;

const RELATED_STATEMENT = `
CALL () {
${RELATED_CONDITIONS.full}
}
RETURN {condition: ${ref('condition')}, score: score, shared: [s IN shared | ${ref('s')}], sharedCount: sharedCount, relation: relation} AS related`;

const PATHS_STATEMENT = `
CALL () {
  WITH 1 AS _ WHERE $from = $to
${ZERO_LENGTH_PATH.full}
  UNION ALL
${branches(PATHS, MAX_PATH_HOPS, (n) => `$from <> $to AND $maxHops = ${n}`)}
}
RETURN {length: length, nodes: [n IN nodes | ${ref('n')}], relationships: relationships} AS path`;

const NEIGHBORHOOD_STATEMENT = `
CALL () {
${branches(NEIGHBORHOOD, MAX_NEIGHBORHOOD_DEPTH, (n) => `$depth = ${n}`)}
}
RETURN {nodes: [n IN nodes | ${ref('n')}], relationships: relationships, truncated: truncated} AS subgraph`;

function factsStatement(facts: string): string {
  const byVariable = facts.replace('{id: $id}', '{id: factId}');
  if (byVariable === facts) throw new Error('the facts query no longer starts from {id: $id}; update bench/neo4jGraphql.ts');
  return `
CALL () {
  OPTIONAL MATCH (byId:Entity {id: $about})
  CALL (byId) {
    WITH byId WHERE byId IS NOT NULL
    RETURN byId.id AS found
    UNION
    WITH byId WHERE byId IS NULL
    CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: 1}) YIELD node
    RETURN node.id AS found
  }
  RETURN found AS factId LIMIT 1
}
CALL (factId) {
${byVariable}
}
WITH entity, links, claims, alternatives
RETURN {
  entity: ${ref('entity')},
  facts: [l IN links | {
      text: CASE l.direction WHEN 'OUT' THEN entity.name + ' ' + toLower(replace(l.type, '_', ' ')) + ' ' + l.other.name
                             ELSE l.other.name + ' ' + toLower(replace(l.type, '_', ' ')) + ' ' + entity.name END + '.',
      predicate: l.type, strength: null,
      subject: CASE l.direction WHEN 'OUT' THEN ${ref('entity')} ELSE ${ref('l.other')} END,
      object: CASE l.direction WHEN 'OUT' THEN ${ref('l.other')} ELSE ${ref('entity')} END,
      sources: COLLECT { MATCH (s:Source) WHERE s.id IN l.sourceIds RETURN s {.id, .title} }
    }][0..$first]
    + [c IN claims | {
      text: c.subject.name + ' ' + toLower(replace(c.predicate, '_', ' ')) + ' ' + c.object.name + ' (' + toLower(c.strength) + ' certainty).',
      predicate: c.predicate, strength: c.strength,
      subject: ${ref('c.subject')}, object: ${ref('c.object')}, sources: c.sources
    }][0..$first],
  disclaimer: ${JSON.stringify(DISCLAIMER)},
  alternatives: [a IN alternatives | ${ref('a')}]
} AS sheet`;
}

const ENTITY_FIELDS = `
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]!
  description: String`;

const entityType = (name: string, extra = '') => `
type ${name} implements Entity @node(labels: ["${name}", "Entity"]) {${ENTITY_FIELDS}${extra}
}`;

type Arg = { name: string; type: string };
const declare = (args: Arg[]) => args.map((a) => `${a.name}: ${a.type}`).join(', ');

/** The search and facts queries the service runs, and their parameters as field arguments. */
export async function librarySignatures(): Promise<{ search: { cypher: string; args: Arg[] }; facts: { cypher: string; args: Arg[] } }> {
  // Search re-ranks in TypeScript now (src/search/rank.ts); the library runs the same rules in Cypher, as the service did.
  const search = referenceSearchCall({ text: 'plantar fasciitis', kinds: null, first: 10, field: 'text' });
  const [facts] = await capture((db) => findFactRows(db, { id: 'plantar-fasciitis', sharedName: null, minRank: 0, first: 20 }));
  if (!search || !facts) throw new Error('could not capture the service search or facts query');
  return {
    search: { cypher: search.cypher, args: argumentList(search.params) },
    facts: {
      cypher: facts.cypher,
      args: [{ name: 'about', type: 'String!' }, { name: 'lucene', type: 'String!' }, ...argumentList(facts.params, ['id'])],
    },
  };
}

/** GraphQL variables for the library's search: the parameters the service would send for this text. */
export async function searchVariables(text: string, first: number): Promise<Record<string, unknown>> {
  const call = referenceSearchCall({ text, kinds: null, first, field: 'text' });
  return Object.fromEntries(Object.entries(call?.params ?? {}).map(([k, v]) => [k, toVariable(v)]));
}

/** GraphQL variables for the library's facts: `about`, its Lucene query, and the facts query's parameters. */
export async function factsVariables(about: string, first: number): Promise<Record<string, unknown>> {
  const search = referenceSearchCall({ text: about, kinds: null, first: 1, field: 'about' });
  const [facts] = await capture((db) => findFactRows(db, { id: about, sharedName: null, minRank: 0, first }));
  const params = Object.entries(facts?.params ?? {}).filter(([k]) => k !== 'id');
  return {
    about,
    lucene: (search?.params.lucene as string | undefined) ?? '""',
    ...Object.fromEntries(params.map(([k, v]) => [k, toVariable(v)])),
  };
}

/** `query Name($a: T, ...) { field(a: $a, ...) { selection } }` for captured arguments. */
export function libraryQuery(name: string, field: string, args: Arg[], selection: string): string {
  return `query ${name}(${args.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${field}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')}) ${selection} }`;
}

export async function neo4jGraphqlTypeDefs(): Promise<string> {
  const signatures = await librarySignatures();
  return `
interface Entity {${ENTITY_FIELDS}
}
${entityType(
  'Condition',
  `
  symptoms: [Symptom!]! @relationship(type: "PRESENTS", direction: OUT)
  regions: [BodyRegion!]! @relationship(type: "AFFECTS", direction: OUT)
  claims: [Claim!]! @relationship(type: "OBJECT", direction: IN)`,
)}
${entityType('Symptom')}
${entityType('BodyRegion')}
${entityType('Treatment')}
${entityType('Benefit')}
${entityType('SessionStep')}
${entityType('Sensation')}
${entityType('SafetyNote')}

type Source @node {
  id: ID!
  title: String!
  kind: String!
}

type Claim @node {
  id: ID!
  predicate: String!
  strength: String!
  strengthRank: Int!
  statement: String!
  retractedAt: String
  subject: [Entity!]! @relationship(type: "SUBJECT", direction: OUT)
  object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
  sources: [Source!]! @relationship(type: "SUPPORTED_BY", direction: OUT)
}

type EntityRef {
  id: ID!
  kind: String!
  name: String!
}

type SourceRef {
  id: ID!
  title: String!
}

type SearchHit {
  entity: EntityRef!
  score: Float!
  matched: String!
  ambiguous: Boolean!
}

type RelatedCondition {
  condition: EntityRef!
  score: Float!
  shared: [EntityRef!]!
  sharedCount: Int!
  relation: String!
}

type Relationship {
  id: ID!
  type: String!
  from: ID!
  to: ID!
  strength: String
  claimId: ID
}

type Path {
  length: Int!
  nodes: [EntityRef!]!
  relationships: [Relationship!]!
}

type Subgraph {
  nodes: [EntityRef!]!
  relationships: [Relationship!]!
  truncated: Boolean!
}

type Fact {
  text: String!
  predicate: String!
  strength: String
  subject: EntityRef!
  object: EntityRef!
  sources: [SourceRef!]!
}

type FactSheet {
  entity: EntityRef!
  facts: [Fact!]!
  disclaimer: String!
  alternatives: [EntityRef!]!
}

type Query {
  search(${declare(signatures.search.args)}): [SearchHit!]! @cypher(statement: ${block(searchStatement(signatures.search.cypher))}, columnName: "hit")

  relatedConditions(id: ID!, first: Int! = 10, hubLimit: Int! = ${RELATED_HUB_LIMIT}, sharedLimit: Int! = ${RELATED_SHARED_LIMIT}): [RelatedCondition!]! @cypher(statement: ${block(RELATED_STATEMENT)}, columnName: "related")

  paths(from: ID!, to: ID!, maxHops: Int! = 4, first: Int! = 3): [Path!]! @cypher(statement: ${block(PATHS_STATEMENT)}, columnName: "path")

  neighborhood(id: ID!, depth: Int! = 1, limit: Int! = 200): Subgraph @cypher(statement: ${block(NEIGHBORHOOD_STATEMENT)}, columnName: "subgraph")

  facts(${declare(signatures.facts.args)}): FactSheet @cypher(statement: ${block(factsStatement(signatures.facts.cypher))}, columnName: "sheet")
}
`;
}
