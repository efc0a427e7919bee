/**
 * Cypher of bulk import and export. Reads return records in the shape of model.ts (records.ts maps
 * them); writes take rows of at most a few thousand records and run inside the import's one transaction.
 */
import { CLAIM_PREDICATE_NAMES, LINK_TYPE_NAMES } from '../domain/vocabulary';

export const ENTITY_FIELDS = `.id, .kind, .name, .aliases, .description, .mesh, .icd10cm, .doid, .mondo, .umls, .snomed, .uberon, .identifierNote, .order, .durationMin, .durationMax`;
export const SOURCE_FIELDS = `.id, .title, .kind, .url, .publisher, .year, .note, .authors, .authorsComplete, .journal, .volume, .issue,
  .pages, .doi, .pmid, .pmcid, .registration, .seenAt, .design, .randomised, .designNote, .population, .sampleSize, .sampleUnit,
  .intervention, .interventionTypes, .comparator, .comparatorTypes, .outcomes`;
export const FINDING_FIELDS = `.id, .sourceId, .order, .outcome, .outcomeKind, .timepoint, .direction, .intervention, .interventionTypes,
  .comparator, .comparatorType, .n, .nUnit, .summary, .figures, .caveat, .curatorNote`;

// ------------------------------------------------------------------ validation lookups

export const ENTITY_KINDS_BY_ID = `
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
RETURN n.id AS id, n.kind AS kind`;

export const SOURCES_BY_ID = `
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
RETURN s.id AS id, s.kind AS kind, CASE WHEN s.design IS NULL THEN null ELSE coalesce(s.randomised, false) END AS randomised`;

export const FINDINGS_BY_ID = `
UNWIND $ids AS fid
MATCH (f:Finding {id: fid})-[:REPORTED_IN]->(s:Source)
RETURN f.id AS id, s.id AS source, coalesce(s.randomised, false) AS randomised`;

// ------------------------------------------------------------------ what the graph holds now (dry run, updates)

export const EXISTING_SOURCES = `
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
RETURN s {${SOURCE_FIELDS}} AS row`;

export const EXISTING_ENTITIES = `
UNWIND $ids AS eid
MATCH (n:Entity {id: eid})
RETURN n {${ENTITY_FIELDS}} AS row`;

export const EXISTING_LINKS = `
UNWIND $keys AS key
MATCH (a:Entity {id: key.from})-[r]->(b:Entity {id: key.to})
WHERE type(r) = key.type
RETURN {type: type(r), from: a.id, to: b.id, sources: r.sources} AS row`;

export const EXISTING_FINDINGS = `
UNWIND $ids AS fid
MATCH (f:Finding {id: fid})
RETURN f {${FINDING_FIELDS}} AS row`;

/**
 * A claim as records.ts reads it: its properties, ends, sources and findings. Pattern comprehensions rather
 * than subqueries with ORDER BY: they cost a claim a few relationship reads, and records.ts puts the sources
 * and findings in order (an export reads 340,000 claims at the benchmark's largest size).
 */
const CLAIM_ROW = `{.id, .predicate, .strength, .statement, .retractedAt, .retractedBy, .retractionReason,
  .gradeStart, .gradeStartReason, .gradeReasons, .balance, .qualifiers,
  subject: s.id, object: o.id,
  sources: [(c)-[:SUPPORTED_BY]->(src) | src.id],
  findings: [(c)<-[b:BEARS_ON]-(f:Finding) | {finding: f.id, stance: b.stance, note: b.note, order: b.order}]}`;

export const EXISTING_CLAIMS = `
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN c ${CLAIM_ROW} AS row`;

/**
 * Whether the graph holds any record an import could collide with. Idempotency receipts (:MutationReceipt)
 * and import records (:Import) are bookkeeping, not records: a graph holding only those is empty.
 */
export const GRAPH_HOLDS_RECORDS = `
RETURN EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:Source) } OR EXISTS { MATCH (:Finding) } OR EXISTS { MATCH (:Claim) } AS any`;

// ------------------------------------------------------------------ writes

export const CREATE_IMPORT = `
CREATE (i:Import {id: $id})
SET i += $props`;

export const FINISH_IMPORT = `
MATCH (i:Import {id: $id})
SET i += $counts`;

/**
 * Writes per collection, in two forms: `create` for records the comparison found new (no MERGE: on a
 * hub with thousands of links a relationship MERGE scans them all, which made imports quadratic), and
 * `update` for records that exist and changed. The unique constraints still refuse a duplicate id.
 */
export const WRITE_SOURCES = {
  create: `
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props, s.createdAt = $at, s.createdBy = $by, s.importId = $importId`,
  update: `
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
SET s += row.props, s.importId = $importId`,
};

export const UPDATE_ENTITIES = `
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n += row.props, n.updatedAt = $at, n.updatedBy = $by, n.importId = $importId`;

/**
 * Findings are written whole (SET =), so that a field an update leaves out does not linger, and hang on
 * their study by REPORTED_IN.
 */
export const WRITE_FINDINGS = {
  create: `
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
CREATE (f:Finding {id: row.id})
SET f += row.props, f.importId = $importId
CREATE (f)-[:REPORTED_IN]->(s)`,
  update: `
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
MATCH (f:Finding {id: row.id})
SET f = row.props, f.id = row.id, f.importId = $importId
WITH f, s
CALL (f) { MATCH (f)-[old:REPORTED_IN]->() DELETE old }
CREATE (f)-[:REPORTED_IN]->(s)`,
};

/** One statement per link type, the type written into the text from the vocabulary (a static type plans better). */
export const WRITE_LINKS: Record<string, { create: string; update: string }> = Object.fromEntries(
  LINK_TYPE_NAMES.map((type) => [
    type,
    {
      create: `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r.sources = row.sources, r.importId = $importId`,
      update: `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to})
SET r.sources = row.sources, r.importId = $importId`,
    },
  ]),
);

const CLAIM_WIRING = `
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
WITH c, s, o, row
CALL (c, s, o, row) {
  WITH c, s, o, row WHERE row.retractedAt IS NULL
  CREATE (s)-[r:$(row.predicate)]->(o)
  SET r.claimId = c.id, r.strength = row.strength, r.strengthRank = row.strengthRank
}
WITH c, row
CALL (c, row) {
  UNWIND row.findings AS link
  MATCH (f:Finding {id: link.finding})
  CREATE (f)-[b:BEARS_ON]->(c)
  SET b.stance = link.stance, b.stanceRank = link.stanceRank, b.note = link.note, b.order = link.order
}
WITH c, row
UNWIND row.sources AS sourceId
MATCH (src:Source {id: sourceId})
CREATE (c)-[:SUPPORTED_BY]->(src)`;

const CLAIM_PROPS = `c.predicate = row.predicate, c.strength = row.strength, c.strengthRank = row.strengthRank,
    c.statement = row.statement, c.sourceCount = size(row.sources), c.retractedAt = row.retractedAt,
    c.retractedBy = row.retractedBy, c.retractionReason = row.retractionReason,
    c.gradeStart = row.gradeStart, c.gradeStartReason = row.gradeStartReason, c.gradeReasons = row.gradeReasons,
    c.balance = row.balance, c.qualifiers = row.qualifiers, c.importId = $importId`;

/**
 * New entities of one kind: the label written into the text (a static label plans and writes faster
 * than `SET n:$(row.label)` row by row). The label comes from the vocabulary, never from input.
 */
export function createEntitiesOf(label: string): string {
  if (!/^[A-Z][A-Za-z]*$/.test(label)) throw new Error(`not a label of the vocabulary: ${label}`);
  return `
UNWIND $rows AS row
CREATE (n:Entity:${label} {id: row.id})
SET n += row.props, n.createdAt = $at, n.createdBy = $by, n.updatedAt = $at, n.updatedBy = $by, n.importId = $importId`;
}

/**
 * New claims of one predicate, in the cheapest statement that fits the batch: the direct edge's type
 * written into the text (none for retracted claims, which have no direct edge), and the findings
 * subquery only when some claim of the batch lists findings.
 */
export function createClaimsOf(predicate: string | null, withFindings: boolean): string {
  if (predicate !== null && !CLAIM_PREDICATE_NAMES.includes(predicate as (typeof CLAIM_PREDICATE_NAMES)[number]))
    throw new Error(`not a claim predicate of the vocabulary: ${predicate}`);
  return `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id})
SET ${CLAIM_PROPS}, c.createdAt = $at, c.createdBy = $by
CREATE (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
${predicate === null ? '' : `CREATE (s)-[:${predicate} {claimId: row.id, strength: row.strength, strengthRank: row.strengthRank}]->(o)`}
WITH c, row
${
  withFindings
    ? `CALL (c, row) {
  UNWIND row.findings AS link
  MATCH (f:Finding {id: link.finding})
  CREATE (f)-[:BEARS_ON {stance: link.stance, stanceRank: link.stanceRank, note: link.note, order: link.order}]->(c)
}
WITH c, row`
    : ''
}
UNWIND row.sources AS sourceId
MATCH (src:Source {id: sourceId})
CREATE (c)-[:SUPPORTED_BY]->(src)`;
}

/** A claim node and its wiring; an updated claim is rewired from scratch (its old direct edge first). */
export const UPDATE_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MATCH (c:Claim {id: row.id})
SET ${CLAIM_PROPS}
WITH c, s, o, row
CALL (c) { MATCH (c)-[:SUBJECT]->(os), (c)-[:OBJECT]->(oo), (os)-[old]->(oo) WHERE old.claimId = c.id DELETE old }
CALL (c) { MATCH (c)-[old:SUBJECT|OBJECT|SUPPORTED_BY]->() DELETE old }
CALL (c) { MATCH (c)<-[old:BEARS_ON]-() DELETE old }
WITH c, s, o, row
${CLAIM_WIRING}`;

/** Names of every entity, to recompute which names are shared once the import's entities are in. */
export const ENTITY_NAMES = `
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.ambiguousAliases AS ambiguousAliases, n.ambiguousWith AS ambiguousWith`;

export const SET_AMBIGUITY = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.ambiguousAliases = row.ambiguousAliases, e.ambiguousWith = row.ambiguousWith`;

// ------------------------------------------------------------------ export (ordered, so files are reproducible)

/** The property names of a field list such as ENTITY_FIELDS (`.id, .kind` -> `['id', 'kind']`). */
const keysOf = (fields: string) => fields.split(',').map((f) => f.trim().slice(1));

export const EXPORT_SOURCE_KEYS = keysOf(SOURCE_FIELDS);
export const EXPORT_ENTITY_KEYS = keysOf(ENTITY_FIELDS);
export const EXPORT_FINDING_KEYS = keysOf(FINDING_FIELDS);
/** A claim's own properties in an export row; then its subject, object, sources and findings. */
export const EXPORT_CLAIM_KEYS = [
  'id',
  'predicate',
  'strength',
  'statement',
  'retractedAt',
  'retractedBy',
  'retractionReason',
  'gradeStart',
  'gradeStartReason',
  'gradeReasons',
  'balance',
  'qualifiers',
] as const;

/*
 * How the export reads (bench/README.md, "Bulk import and export", has the profile behind it):
 * - each kind is walked by its id index: `WHERE x.id IS NOT NULL` lets the planner scan the unique
 *   constraint's index, which yields nodes in id order, so `ORDER BY x.id` costs no Sort (and no memory
 *   for one) and rows stream from the first; test/integration/interchangeExportOrder.test.ts checks that
 *   no export plan sorts;
 * - values come back as plain columns, named by the EXPORT_*_KEYS lists above, not as one map per row:
 *   a map sends and decodes every key with every row, which was a third of the driver's work;
 * - links are read per entity (their `from`), in index order, each entity's links as one list of
 *   [type, to, sources] that the exporter sorts by type and `to`: the same order as sorting every link
 *   by (from, type, to) in Neo4j, without a Sort over all of them or `from` repeated on every link.
 * Ids are slugs (src/domain/recordShapes.ts: ASCII letters, digits, dashes), so the index's order,
 * Neo4j's ORDER BY and JavaScript's string comparison agree.
 */
const columns = (variable: string, keys: readonly string[]) => keys.map((k) => `${variable}.${k}`).join(', ');

export const EXPORT_SOURCES = `
MATCH (s:Source) WHERE s.id IS NOT NULL
RETURN ${columns('s', EXPORT_SOURCE_KEYS)}
ORDER BY s.id`;

/** What a KGX edge file needs of the sources: the PMID and DOI of those that have one. */
export const EXPORT_PUBLICATIONS = `
MATCH (s:Source) WHERE s.id IS NOT NULL AND (s.pmid IS NOT NULL OR s.doi IS NOT NULL)
RETURN s.id, s.pmid, s.doi`;

export const EXPORT_ENTITIES = `
MATCH (n:Entity) WHERE n.id IS NOT NULL
RETURN ${columns('n', EXPORT_ENTITY_KEYS)}
ORDER BY n.id`;

export const EXPORT_FINDINGS = `
MATCH (f:Finding) WHERE f.id IS NOT NULL
RETURN ${columns('f', EXPORT_FINDING_KEYS)}
ORDER BY f.id`;

export const EXPORT_LINKS = `
MATCH (a:Entity) WHERE a.id IS NOT NULL
WITH a, [(a)-[r:${LINK_TYPE_NAMES.join('|')}]->(b:Entity) | [type(r), b.id, r.sources]] AS links
WHERE size(links) > 0
RETURN a.id AS from, links
ORDER BY from`;

export const EXPORT_CLAIMS = `
MATCH (c:Claim) WHERE c.id IS NOT NULL AND ($includeRetracted OR c.retractedAt IS NULL)
MATCH (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN ${columns('c', EXPORT_CLAIM_KEYS)}, s.id, o.id,
  [(c)-[:SUPPORTED_BY]->(src) | src.id],
  [(c)<-[b:BEARS_ON]-(f:Finding) | [f.id, b.stance, b.note, b.order]]
ORDER BY c.id`;

// ------------------------------------------------------------------ provenance

export const IMPORT_BY_ID = `
MATCH (i:Import {id: $id})
RETURN i {.*} AS import`;

export const IMPORTS = `
MATCH (i:Import)
RETURN i {.*} AS import
ORDER BY i.at DESC, i.id DESC
LIMIT $first`;

export const IMPORTED_BY = `
MATCH (i:Import {id: $importId})
CALL (i) { MATCH (n:Entity {importId: i.id}) RETURN n.id AS id ORDER BY id LIMIT $first }
RETURN 'entity' AS type, collect(id) AS ids
UNION ALL
MATCH (i:Import {id: $importId})
CALL (i) { MATCH (c:Claim {importId: i.id}) RETURN c.id AS id ORDER BY id LIMIT $first }
RETURN 'claim' AS type, collect(id) AS ids
UNION ALL
MATCH (i:Import {id: $importId})
CALL (i) { MATCH (s:Source {importId: i.id}) RETURN s.id AS id ORDER BY id LIMIT $first }
RETURN 'source' AS type, collect(id) AS ids`;
