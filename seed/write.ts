import type { Database } from '../src/graph/database';
import { KIND_LABEL, STRENGTH_RANK } from '../src/domain/vocabulary';
import { computeAmbiguity, normalizedNames, searchNamesProperty } from '../src/domain/entityProps';
import type { Seed } from './schema';

/** Entity rows as stored: identifiers flattened, search properties and ambiguity precomputed. */
export function entityRows(seed: Seed) {
  const ambiguity = computeAmbiguity(seed.entities);
  return seed.entities.map((e) => {
    const normNames = normalizedNames(e.name, e.aliases);
    const ids = e.identifiers ?? {};
    return {
      id: e.id,
      label: KIND_LABEL[e.kind],
      props: {
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        description: e.description ?? null,
        normNames,
        searchNames: searchNamesProperty(normNames),
        ambiguousAliases: ambiguity.get(e.id)?.ambiguousAliases ?? [],
        ambiguousWith: ambiguity.get(e.id)?.ambiguousWith ?? [],
        mesh: ids.mesh ?? null,
        icd10cm: ids.icd10cm ?? [],
        doid: ids.doid ?? null,
        mondo: ids.mondo ?? null,
        umls: ids.umls ?? null,
        snomed: ids.snomed ?? null,
        uberon: ids.uberon ?? null,
        identifierNote: ids.note ?? null,
        order: e.order ?? null,
        durationMin: e.durationMinutes?.min ?? null,
        durationMax: e.durationMinutes?.max ?? null,
      },
    };
  });
}

const WRITE_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props`;

const WRITE_ENTITIES = `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props, n:$(row.label)`;

// Sources are replaced, not added to, so that a re-seed after an edit leaves no stale source behind.
const WRITE_LINKS = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.sources = row.sources`;

const WRITE_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.strength = row.strength, c.strengthRank = row.strengthRank,
    c.statement = row.statement, c.sourceCount = size(row.sources),
    c.createdBy = coalesce(c.createdBy, 'seed')
WITH c, s, o, row
// Forget the claim's previous wiring (its direct edge first, found through its old ends), then rebuild it.
CALL (c) { MATCH (c)-[:SUBJECT]->(os), (c)-[:OBJECT]->(oo), (os)-[old]->(oo) WHERE old.claimId = c.id DELETE old }
CALL (c) { MATCH (c)-[old:SUBJECT|OBJECT|SUPPORTED_BY]->() DELETE old }
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
WITH c, s, o, row
CALL (c, s, o, row) {
  WITH c, s, o, row WHERE c.retractedAt IS NULL
  CREATE (s)-[r:$(row.predicate)]->(o)
  SET r.claimId = c.id, r.strength = row.strength, r.strengthRank = row.strengthRank
}
WITH c, row
UNWIND row.sources AS sourceId
MATCH (src:Source {id: sourceId})
MERGE (c)-[:SUPPORTED_BY]->(src)`;

/**
 * Writes the seed in one transaction: all of it or, on any failure, nothing.
 * MERGE on ids makes it idempotent: loading twice gives the same graph.
 */
export async function writeSeed(db: Database, seed: Seed): Promise<void> {
  const sources = seed.sources.map(({ id, ...props }) => ({
    id,
    props: {
      title: props.title,
      kind: props.kind,
      url: props.url ?? null,
      publisher: props.publisher ?? null,
      year: props.year ?? null,
      note: props.note ?? null,
    },
  }));
  const claims = seed.claims.map((c) => ({ ...c, strengthRank: STRENGTH_RANK[c.strength] }));
  await db.writeTx(async (tx) => {
    await tx.run(WRITE_SOURCES, { rows: sources });
    await tx.run(WRITE_ENTITIES, { rows: entityRows(seed) });
    await tx.run(WRITE_LINKS, { rows: seed.links });
    await tx.run(WRITE_CLAIMS, { rows: claims });
  }, 120000);
}
