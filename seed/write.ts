import type { Database } from '../src/graph/database';
import { FINDING_STANCES, STRENGTH_RANK } from '../src/domain/vocabulary';
import { computeAmbiguity } from '../src/domain/entityProps';
import { entityWriteRow } from '../src/interchange/records';
import type { Seed } from './schema';
import { gradeOf, supportingSourceIds } from './validate';

/**
 * Entity rows as stored: the same row the bulk importer writes (src/interchange), plus the ambiguity
 * the seed can compute up front because it holds every entity.
 */
export function entityRows(seed: Seed) {
  const ambiguity = computeAmbiguity(seed.entities);
  return seed.entities.map((e) => {
    const row = entityWriteRow(e);
    return {
      ...row,
      props: {
        ...row.props,
        ambiguousAliases: ambiguity.get(e.id)?.ambiguousAliases ?? [],
        ambiguousWith: ambiguity.get(e.id)?.ambiguousWith ?? [],
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

/** Findings are written whole (SET =) so that a field removed from the seed does not linger on a re-seed. */
const WRITE_FINDINGS = `
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
MERGE (f:Finding {id: row.id})
SET f = row.props, f.id = row.id
WITH f, s
CALL (f) { MATCH (f)-[old:REPORTED_IN]->() DELETE old }
MERGE (f)-[:REPORTED_IN]->(s)`;

const WRITE_CLAIMS = `
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject}), (o:Entity {id: row.object})
MERGE (c:Claim {id: row.id})
SET c.predicate = row.predicate, c.strength = row.strength, c.strengthRank = row.strengthRank,
    c.statement = row.statement, c.sourceCount = size(row.sources),
    c.gradeStart = row.gradeStart, c.gradeStartReason = row.gradeStartReason, c.gradeReasons = row.gradeReasons,
    c.balance = row.balance, c.qualifiers = row.qualifiers,
    c.createdBy = coalesce(c.createdBy, 'seed')
WITH c, s, o, row
// Forget the claim's previous wiring (its direct edge first, found through its old ends), then rebuild it.
CALL (c) { MATCH (c)-[:SUBJECT]->(os), (c)-[:OBJECT]->(oo), (os)-[old]->(oo) WHERE old.claimId = c.id DELETE old }
CALL (c) { MATCH (c)-[old:SUBJECT|OBJECT|SUPPORTED_BY]->() DELETE old }
CALL (c) { MATCH (c)<-[old:BEARS_ON]-() DELETE old }
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
WITH c, s, o, row
CALL (c, s, o, row) {
  WITH c, s, o, row WHERE c.retractedAt IS NULL
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
MERGE (c)-[:SUPPORTED_BY]->(src)`;

/** Source rows: a study's bibliographic fields come from its entry in the list of references. */
export function sourceRows(seed: Seed) {
  const refs = new Map(seed.references.map((r) => [r.id, r]));
  return seed.sources.map((source) => {
    const ref = refs.get(source.id);
    const study = source.study;
    return {
      id: source.id,
      props: {
        title: ref?.title ?? source.title ?? null,
        kind: source.kind,
        url: ref?.url ?? source.url ?? null,
        publisher: ref?.publisher ?? source.publisher ?? null,
        year: ref?.year ?? source.year ?? null,
        note: source.note ?? null,
        authors: ref?.authors ?? [],
        authorsComplete: ref?.authors ? (ref.authorsComplete ?? true) : null,
        journal: ref?.journal ?? null,
        volume: ref?.volume ?? null,
        issue: ref?.issue ?? null,
        pages: ref?.pages ?? null,
        doi: ref?.doi ?? null,
        pmid: ref?.pmid ?? null,
        pmcid: ref?.pmcid ?? null,
        registration: ref?.registration ?? null,
        seenAt: ref ? [...new Set([...ref.seenAt, ...Object.values(ref.fieldSeenAt ?? {}).flat()])] : [],
        design: study?.design ?? null,
        randomised: study?.randomised ?? null,
        designNote: study?.designNote ?? null,
        population: study?.population ?? null,
        sampleSize: study?.sampleSize ?? null,
        sampleUnit: study?.sampleUnit ?? null,
        intervention: study?.intervention ?? null,
        interventionTypes: study?.interventionTypes ?? [],
        comparator: study?.comparator ?? null,
        comparatorTypes: study?.comparatorTypes ?? [],
        outcomes: study?.outcomes ?? [],
      },
    };
  });
}

/** Finding rows: intervention and comparator default to the study's; figures travel as JSON text. */
export function findingRows(seed: Seed) {
  const studies = new Map(seed.sources.map((s) => [s.id, s.study!]));
  return seed.findings.map((f, order) => {
    const study = studies.get(f.source)!;
    return {
      id: f.id,
      props: {
        sourceId: f.source,
        order,
        outcome: f.outcome,
        outcomeKind: f.outcomeKind,
        timepoint: f.timepoint ?? null,
        direction: f.direction,
        intervention: f.intervention ?? study.intervention,
        interventionTypes: f.interventionTypes ?? study.interventionTypes,
        comparator: f.comparator ?? study.comparator ?? null,
        comparatorType: f.comparatorType ?? study.comparatorTypes[0]!,
        n: f.n ?? null,
        nUnit: f.nUnit ?? null,
        summary: f.summary,
        figures: JSON.stringify(f.figures),
        caveat: f.caveat ?? null,
        curatorNote: f.curatorNote ?? null,
      },
    };
  });
}

/** Claim rows with the rubric's result: start, reasons, balance, and every supporting source. */
export function claimRows(seed: Seed) {
  return seed.claims.map((c) => {
    const graded = gradeOf(seed, c);
    return {
      id: c.id,
      subject: c.subject,
      predicate: c.predicate,
      object: c.object,
      statement: c.statement,
      strength: graded.grade,
      strengthRank: STRENGTH_RANK[graded.grade],
      gradeStart: graded.start,
      gradeStartReason: graded.startReason,
      gradeReasons: JSON.stringify(graded.reasons),
      balance: graded.balance,
      qualifiers: JSON.stringify(c.qualifiers.map((q) => ({ kind: q.kind, text: q.text, entityIds: q.entities }))),
      sources: supportingSourceIds(seed, c),
      findings: c.findings.map((f, order) => ({
        finding: f.finding,
        stance: f.stance,
        stanceRank: FINDING_STANCES.indexOf(f.stance),
        note: f.note ?? null,
        order,
      })),
    };
  });
}

/**
 * Writes the seed in one transaction: all of it or, on any failure, nothing.
 * MERGE on ids makes it idempotent: loading twice gives the same graph.
 */
export async function writeSeed(db: Database, seed: Seed): Promise<void> {
  await db.writeTx(async (tx) => {
    await tx.run(WRITE_SOURCES, { rows: sourceRows(seed) });
    await tx.run(WRITE_ENTITIES, { rows: entityRows(seed) });
    await tx.run(WRITE_LINKS, { rows: seed.links });
    await tx.run(WRITE_FINDINGS, { rows: findingRows(seed) });
    await tx.run(WRITE_CLAIMS, { rows: claimRows(seed) });
  }, 120000);
}
