import type { Database } from '../../src/graph/database';
import type { RunningService } from '../../src/server/app';
import { postGraphQL, startSeededService, stopService } from '../support/testService';

type Related = { condition: { id: string; kind: string }; score: number; shared: { id: string; kind: string }[] };

const RELATED = `
query Related($id: ID!, $first: Int) {
  relatedConditions(id: $id, first: $first) {
    condition { id kind }
    score
    shared { id kind }
  }
}`;

describe('relatedConditions over HTTP against the seeded graph', () => {
  let db: Database;
  let service: RunningService;

  const related = async (id: string, first?: number) => {
    const response = await postGraphQL<{ relatedConditions: Related[] }>(service, RELATED, { id, first });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.relatedConditions;
  };

  beforeAll(async () => {
    ({ db, service } = await startSeededService());
  });
  afterAll(() => stopService(service, db));

  it('ranks the other tendinitis conditions first for Achilles tendinitis, with what they share', async () => {
    const results = await related('achilles-tendinitis');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.condition.id)).not.toContain('achilles-tendinitis');
    // Both share the symptom "tendon irritation" (2) and acupuncture, whose claim about each is VERY_LOW (0.25); a tie, so by id.
    expect(results.slice(0, 2)).toEqual([
      {
        condition: { id: 'patellar-tendinitis', kind: 'CONDITION' },
        score: 2.25,
        shared: [
          { id: 'tendon-irritation', kind: 'SYMPTOM' },
          { id: 'acupuncture', kind: 'TREATMENT' },
        ],
      },
      {
        condition: { id: 'tendinitis', kind: 'CONDITION' },
        score: 2.25,
        shared: [
          { id: 'tendon-irritation', kind: 'SYMPTOM' },
          { id: 'acupuncture', kind: 'TREATMENT' },
        ],
      },
    ]);
    // Plantar fasciitis affects the heel, of which the posterior heel (where the Achilles tendon attaches) is part: 1 + 0.5.
    expect(results[2]).toEqual({
      condition: { id: 'plantar-fasciitis', kind: 'CONDITION' },
      score: 1.5,
      shared: [
        { id: 'heel', kind: 'BODY_REGION' },
        { id: 'acupuncture', kind: 'TREATMENT' },
      ],
    });
  });

  it('counts a region both affect at 3 and not again through its parent region', async () => {
    const results = await related('runners-knee');
    const byId = new Map(results.map((r) => [r.condition.id, r]));
    // Same region (knee 3) + same symptom (knee pain 2) + acupuncture (0.25: its claim about each is VERY_LOW); leg, the knee's parent, adds nothing.
    expect(byId.get('patellar-tendinitis')?.score).toBe(5.25);
    expect(byId.get('patellar-tendinitis')?.shared.map((s) => s.id)).toEqual(['knee', 'knee-pain', 'acupuncture']);
    expect(byId.get('knee-injuries')?.score).toBe(5.25);
    // IT band syndrome affects the outer knee, part of the knee: a shared region one hop up, 1.
    expect(byId.get('it-band-syndrome')).toEqual({
      condition: { id: 'it-band-syndrome', kind: 'CONDITION' },
      score: 1.5,
      shared: [
        { id: 'knee', kind: 'BODY_REGION' },
        { id: 'acupuncture', kind: 'TREATMENT' },
      ],
    });
    expect(results.slice(0, 3).map((r) => r.condition.id)).toEqual(['knee-injuries', 'patellar-tendinitis', 'it-band-syndrome']);
  });

  it('orders by score then id, explains every result, and gives the same order every time', async () => {
    for (const id of ['achilles-tendinitis', 'runners-knee', 'running-injuries', 'muscle-soreness']) {
      const results = await related(id, 50);
      expect(results.map((r) => r.condition.id)).not.toContain(id);
      for (const [i, r] of results.entries()) {
        expect(r.condition.kind).toBe('CONDITION');
        expect(r.score).toBeGreaterThan(0);
        expect(r.shared.length).toBeGreaterThan(0);
        expect(new Set(r.shared.map((s) => s.id)).size).toBe(r.shared.length);
        const previous = results[i - 1];
        if (previous) {
          expect(r.score).toBeLessThanOrEqual(previous.score);
          if (r.score === previous.score) expect(r.condition.id > previous.condition.id).toBe(true);
        }
      }
      expect(await related(id, 50)).toEqual(results);
    }
  });

  it('returns [] for an unknown id and for an entity that is not a condition', async () => {
    expect(await related('no-such-condition')).toEqual([]);
    expect(await related('heel-pain')).toEqual([]);
    expect(await related('acupuncture')).toEqual([]);
  });

  it('returns at most `first` and rejects `first` outside 1..50 with BAD_USER_INPUT', async () => {
    expect(await related('achilles-tendinitis', 1)).toHaveLength(1);
    expect(await related('achilles-tendinitis', 2)).toHaveLength(2);
    expect((await related('achilles-tendinitis')).length).toBeLessThanOrEqual(10);
    for (const first of [0, 51, -1]) {
      const response = await postGraphQL(service, RELATED, { id: 'achilles-tendinitis', first });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.body.data?.relatedConditions ?? null).toBeNull();
    }
  });

  // Runs last: it adds claims and retracts one, as the write path would store them.
  it('weights shared benefits and treatments by the weaker claim, and forgets retracted claims', async () => {
    await db.write(`
      CREATE (b:Entity:Benefit {id: 'test-benefit', kind: 'BENEFIT', name: 'Test benefit', aliases: []})
      CREATE (t:Entity:Treatment {id: 'test-treatment', kind: 'TREATMENT', name: 'Test treatment', aliases: []})
      WITH b, t
      MATCH (achilles:Condition {id: 'achilles-tendinitis'}), (plantar:Condition {id: 'plantar-fasciitis'})
      CREATE (b)-[:HELPS {claimId: 'test-helps-achilles', strength: 'HIGH', strengthRank: 4}]->(achilles)
      CREATE (b)-[:HELPS {claimId: 'test-helps-plantar', strength: 'MODERATE', strengthRank: 3}]->(plantar)
      CREATE (t)-[:TREATS {claimId: 'test-treats-achilles', strength: 'HIGH', strengthRank: 4}]->(achilles)
      CREATE (t)-[:TREATS {claimId: 'test-treats-plantar', strength: 'VERY_LOW', strengthRank: 1}]->(plantar)`);
    // Benefit 2 x MODERATE (0.75) = 1.5; heel one hop up 1; test treatment 1 x VERY_LOW (0.25); acupuncture 1 x LOW (0.5).
    let plantar = (await related('achilles-tendinitis', 50)).find((r) => r.condition.id === 'plantar-fasciitis');
    expect(plantar).toEqual({
      condition: { id: 'plantar-fasciitis', kind: 'CONDITION' },
      score: 3.25,
      shared: [
        { id: 'test-benefit', kind: 'BENEFIT' },
        { id: 'heel', kind: 'BODY_REGION' },
        { id: 'acupuncture', kind: 'TREATMENT' },
        { id: 'test-treatment', kind: 'TREATMENT' },
      ],
    });

    // Retraction deletes the direct relationship; the claim node stays but no longer links the two.
    await db.write(`
      MATCH (:Benefit {id: 'test-benefit'})-[r:HELPS {claimId: 'test-helps-plantar'}]->() DELETE r`);
    plantar = (await related('achilles-tendinitis', 50)).find((r) => r.condition.id === 'plantar-fasciitis');
    expect(plantar?.score).toBe(1.75);
    expect(plantar?.shared.map((s) => s.id)).toEqual(['heel', 'acupuncture', 'test-treatment']);
  });

  it('lists at most 20 shared entities, the heaviest first, and counts them all', async () => {
    // Two new conditions sharing 25 symptoms (2 each) and one region (3): a region outweighs any symptom.
    await db.write(`
      CREATE (a:Entity:Condition {id: 'test-twin-a', kind: 'CONDITION', name: 'Test twin A', aliases: []})
      CREATE (b:Entity:Condition {id: 'test-twin-b', kind: 'CONDITION', name: 'Test twin B', aliases: []})
      CREATE (r:Entity:BodyRegion {id: 'test-twin-region', kind: 'BODY_REGION', name: 'Test twin region', aliases: []})
      CREATE (a)-[:AFFECTS]->(r), (b)-[:AFFECTS]->(r)
      WITH a, b
      UNWIND range(1, 25) AS i
      CREATE (s:Entity:Symptom {id: 'test-twin-symptom-' + right('0' + toString(i), 2), kind: 'SYMPTOM', name: 'Twin symptom ' + i, aliases: []})
      CREATE (a)-[:PRESENTS]->(s), (b)-[:PRESENTS]->(s)`);
    const { body } = await postGraphQL<{ relatedConditions: (Related & { sharedCount: number })[] }>(
      service,
      `{ relatedConditions(id: "test-twin-a") { condition { id } score sharedCount shared { id } } }`,
    );
    const [twin] = body.data!.relatedConditions;
    expect(twin?.condition.id).toBe('test-twin-b');
    expect(twin?.score).toBe(3 + 25 * 2);
    expect(twin?.sharedCount).toBe(26);
    expect(twin?.shared.map((s) => s.id)).toEqual([
      'test-twin-region',
      ...Array.from({ length: 19 }, (_, i) => `test-twin-symptom-${String(i + 1).padStart(2, '0')}`),
    ]);
  });
});
