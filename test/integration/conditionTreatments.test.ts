import type { Database } from '../../src/graph/database';
import { findClaimsByEntityIds, findTreatmentClaimsByConditionIds } from '../../src/evidence/repository';
import { treatmentClaims } from '../../src/evidence/treatmentEvidence';
import { CLAIMS_PER_TREATMENT_CAP, TREATMENTS_PER_CONDITION_CAP } from '../../src/domain/listBounds';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

/**
 * Condition.treatments on a hub condition: the bound is applied in Cypher (the strongest 20 treatments, the
 * strongest 10 claims of each), and the answer is exactly what grouping every claim of the condition and
 * cutting it would give.
 */

const TREATMENTS = `query T($id: ID!, $min: EvidenceStrength) {
  entity(id: $id) { ... on Condition { treatments(minStrength: $min) { treatment { id } strongest claims { id strength } } } }
}`;

type Answer = { entity: { treatments: { treatment: { id: string }; strongest: string; claims: { id: string; strength: string }[] }[] } };

const STRENGTHS = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const;

describe('Condition.treatments of a hub condition', () => {
  let db: Database;
  let service: RunningService;

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
    // 30 treatments for plantar fasciitis, each with 12 claims of mixed strength, one retracted.
    await db.write(
      `UNWIND range(1, 30) AS i
       CREATE (t:Entity:Treatment {id: 'hub-test-treatment-' + right('0' + toString(i), 2), kind: 'TREATMENT', name: 'Hub test treatment ' + i, aliases: []})
       WITH t, i
       MATCH (condition:Condition {id: 'plantar-fasciitis'}), (src:Source {id: 'source-article'})
       UNWIND range(1, 12) AS j
       WITH t, i, j, condition, src, $strengths[(i * 7 + j * 3) % 4] AS strength
       CREATE (c:Claim {id: t.id + '-claim-' + right('0' + toString(j), 2), predicate: CASE WHEN j % 3 = 0 THEN 'PREVENTS' ELSE 'TREATS' END,
               strength: strength, strengthRank: 4 - (i * 7 + j * 3) % 4, statement: 'Hub test claim.', sourceCount: 1,
               retractedAt: CASE WHEN j = 1 THEN '2026-01-01T00:00:00Z' ELSE null END})
       CREATE (c)-[:SUBJECT]->(t), (c)-[:OBJECT]->(condition), (c)-[:SUPPORTED_BY]->(src)`,
      { strengths: [...STRENGTHS] },
    );
  });
  afterAll(() => stopService(service, db));

  it.each([null, 'LOW', 'HIGH'] as const)(
    'minStrength %s: the strongest 20 treatments, 10 claims each, as grouping all claims gives',
    async (min) => {
      const all = (await findClaimsByEntityIds(db, ['plantar-fasciitis'])).get('plantar-fasciitis') ?? [];
      const expected = treatmentClaims(all, min)
        .slice(0, TREATMENTS_PER_CONDITION_CAP)
        .map((g) => ({
          treatment: { id: g.treatmentId },
          strongest: g.claims[0]!.strength,
          claims: g.claims.slice(0, CLAIMS_PER_TREATMENT_CAP).map((c) => ({ id: c.id, strength: c.strength })),
        }));
      const { body } = await postGraphQL<Answer>(service, TREATMENTS, { id: 'plantar-fasciitis', min });
      expect(body.errors).toBeUndefined();
      const treatments = body.data!.entity.treatments;
      expect(treatments).toEqual(expected);
      if (min !== 'HIGH') expect(treatments).toHaveLength(TREATMENTS_PER_CONDITION_CAP);
      if (min === null) expect(Math.max(...treatments.map((t) => t.claims.length))).toBe(CLAIMS_PER_TREATMENT_CAP);
      expect(treatments.flatMap((t) => t.claims).some((c) => c.id.endsWith('-claim-01'))).toBe(false);
    },
  );

  it('ships at most 20 x 10 claims from Neo4j, whatever the condition holds', async () => {
    const all = (await findClaimsByEntityIds(db, ['plantar-fasciitis'])).get('plantar-fasciitis') ?? [];
    expect(all.length).toBeGreaterThan(350);
    const shipped = (await findTreatmentClaimsByConditionIds(db, ['plantar-fasciitis'], 0)).get('plantar-fasciitis') ?? [];
    expect(shipped.length).toBe(TREATMENTS_PER_CONDITION_CAP * CLAIMS_PER_TREATMENT_CAP);
  });
});
