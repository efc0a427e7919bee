import type { Database } from '../src/graph/database';
import { GraphWriter, forEachBatch, type WriteRecord } from '../src/interchange/importer';
import { SHAPES, type ClaimData, type FindingData, type SourceData } from '../src/interchange/model';
import { gradeImportedClaim } from '../src/interchange/rubric';
import { seedClaimFields, seedFindingFields, seedSourceFields } from '../src/interchange/seedRecords';
import type { Seed } from './schema';

const BATCH = 5000;

/**
 * The validated seed as the records bulk import writes (src/interchange): the same mapping the seed format
 * reader uses (seedRecords.ts) and the same rubric record (rubric.ts), so that seeding and importing the
 * seed folder give the same graph.
 */
export function seedRecords(seed: Seed): WriteRecord[] {
  const references = new Map(seed.references.map((r) => [r.id, r]));
  const studies = new Map(seed.sources.map((s) => [s.id, s]));
  const findingStudy = new Map(seed.findings.map((f) => [f.id, f.source]));
  const sources = seed.sources.map((s) => SHAPES.source.parse(seedSourceFields(s, references.get(s.id))) as SourceData);
  const findings = seed.findings.map(
    (f, order) => SHAPES.finding.parse(seedFindingFields(f, studies.get(f.source)?.study, order)) as FindingData,
  );
  const claims = seed.claims.map((c) => {
    const claim = SHAPES.claim.parse(seedClaimFields(c, (id) => findingStudy.get(id))) as ClaimData;
    const graded = gradeImportedClaim(
      claim,
      (id) => {
        const study = studies.get(findingStudy.get(id) ?? '');
        return study ? { source: study.id, randomised: study.study?.randomised ?? false } : undefined;
      },
      claim.sources.map((id) => studies.get(id)!.kind),
      true,
    );
    if (graded.problems.length > 0)
      throw new Error(`seed claim ${c.id}: ${graded.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    return graded.claim;
  });
  return [
    ...sources.map((data) => ({ type: 'source' as const, data })),
    ...seed.entities.map((data) => ({ type: 'entity' as const, data })),
    ...findings.map((data) => ({ type: 'finding' as const, data })),
    ...seed.links.map((data) => ({ type: 'link' as const, data })),
    ...claims.map((data) => ({ type: 'claim' as const, data })),
  ];
}

/**
 * Writes the seed in one transaction, through the bulk importer's writer: all of it or, on any failure,
 * nothing. Records are compared with the graph first, so loading twice gives the same graph and a re-seed
 * after an edit rewrites what changed (a claim's findings and sources included).
 */
export async function writeSeed(db: Database, seed: Seed): Promise<void> {
  const records = seedRecords(seed);
  await db.writeTx(async (tx) => {
    const writer = new GraphWriter(tx, { importId: null, at: null, by: 'seed' }, BATCH);
    await writer.start();
    await forEachBatch(records, BATCH, (collection, batch) => writer.write(collection, batch));
    await writer.finish();
  }, 120000);
}
